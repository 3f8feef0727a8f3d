package dev.boucle.net.udp;

import dev.boucle.Task;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;

/**
 * The wait-for-I/O syscall of an {@link AsyncDatagramSocket}, one per side, reused by every wait:
 * parks the sender until the channel is ready for {@link #ops}, and records it as the side's
 * single waiter so that {@link AsyncDatagramSocket#close} can wake it. A cancelled waiter is
 * forgotten through {@link Kernel#onCancel}.
 */
final class DatagramReadiness implements Syscall<Void> {
    private final AsyncDatagramSocket socket;
    final boolean readSide;
    int ops;

    DatagramReadiness(AsyncDatagramSocket socket, boolean readSide) {
        this.socket = socket;
        this.readSide = readSide;
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        AsyncDatagramSocket s = socket;
        String op = readSide ? "receive" : "send";
        s.checkOpen(op);
        s.checkNotBusy(readSide, sender, op);
        s.kernel = kernel;
        kernel.wakeOnReady(sender, s.channel, ops);
        s.setWaiter(readSide, sender);
        kernel.onCancel(sender, () -> s.release(readSide, sender));
    }

    @Override
    public String toString() {
        return "<wait " + (readSide ? "readable " : "writable ") + socket + ">";
    }
}

package dev.boucle.net;

import dev.boucle.Task;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import java.nio.channels.SelectableChannel;

/**
 * The wait-for-I/O syscall of an {@link AsyncSocket}: the loop parks the sender until the socket's
 * channel is ready for {@link #ops} in its selector. A {@link SocketOp} awaits it only after its
 * I/O attempt would block; an operation that succeeds at once never reaches the loop.
 *
 * <p>Invariants: a socket owns exactly two, {@link AsyncSocket#readWait} (recv, accept) and
 * {@link AsyncSocket#writeWait} (send, connect), each reused by every wait on its side, so a wait
 * allocates nothing. {@link #ops} is set by {@link SocketOp#waitFor} just before each await and read
 * only by {@link #handle}, on the loop's thread. {@link #handle} registers the sender as the side's
 * single waiter (failing if the socket is closed or another task already waits on that side) and
 * records the loop's kernel, so that {@link AsyncSocket#close} can wake the waiter.
 */
final class SocketReadiness implements Syscall<Void> {
    private final AsyncSocket socket;
    private final boolean readSide;
    int ops;

    SocketReadiness(AsyncSocket socket, boolean readSide) {
        this.socket = socket;
        this.readSide = readSide;
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        AsyncSocket s = socket;
        s.checkOpen(readSide ? "recv/accept" : "send/connect");
        s.checkNotBusy(readSide, sender, readSide ? "recv/accept" : "send/connect");
        SelectableChannel ch = s.channel();
        s.kernel = kernel;
        kernel.wakeOnReady(sender, ch, ops);
        if (readSide) {
            s.reader = sender;
        } else {
            s.writer = sender;
        }
    }

    @Override
    public String toString() {
        return "<wait " + (readSide ? "readable " : "writable ") + socket + ">";
    }
}

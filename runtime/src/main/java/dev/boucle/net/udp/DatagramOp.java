package dev.boucle.net.udp;

import dev.boucle.Task;
import dev.boucle.internal.Steps;
import dev.boucle.net.SocketClosedException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.util.Arrays;
import java.util.Locale;

/**
 * One awaitable operation of an {@link AsyncDatagramSocket}: try the I/O; if it would block, await
 * the side's {@link DatagramReadiness} and try again. After every wait, woken or failed, the
 * operation releases its side first, so the socket never names a task that no longer waits.
 */
final class DatagramOp extends Steps<Object> {
    static final int SEND = 0;
    static final int SEND_TO = 1;
    static final int RECEIVE = 2;
    static final int RECEIVE_FROM = 3;
    private static final String[] NAMES = {"send", "sendTo", "receive", "receiveFrom"};
    private static final Object WOULD_BLOCK = new Object();

    private final AsyncDatagramSocket s;
    private final int kind;
    private final ByteBuffer data;
    private final SocketAddress target;
    private final int max;
    private boolean waiting;

    DatagramOp(AsyncDatagramSocket s, int kind, ByteBuffer data, SocketAddress target, int max) {
        this.s = s;
        this.kind = kind;
        this.data = data;
        this.target = target;
        this.max = max;
    }

    private boolean readSide() {
        return kind >= RECEIVE;
    }

    @Override
    protected Object step(Object sent) {
        Object me = task();
        if (waiting) {
            waiting = false;
            s.release(readSide(), me);
        }
        String name = NAMES[kind];
        s.checkOpen(name);
        s.checkNotBusy(readSide(), me, name);
        Object r;
        try {
            r = attempt(name);
        } catch (IOException e) {
            throw s.error(name, e);
        }
        if (r != WOULD_BLOCK) {
            return r;
        }
        DatagramReadiness w = readSide() ? s.readWait : s.writeWait;
        w.ops = readSide() ? SelectionKey.OP_READ : SelectionKey.OP_WRITE;
        waiting = true;
        return await(w);
    }

    @Override
    protected Object failed(RuntimeException error) {
        if (waiting) {
            waiting = false;
            s.release(readSide(), task());
        }
        throw error;
    }

    private Object attempt(String name) throws IOException {
        switch (kind) {
            case SEND:
                s.checkConnected(name);
                return sent(s.channel.write(data), name);
            case SEND_TO:
                if (target instanceof InetSocketAddress && ((InetSocketAddress) target).isUnresolved()) {
                    throw new java.net.UnknownHostException("sendTo " + target + ": unknown host");
                }
                return sent(s.channel.send(data, target), name);
            case RECEIVE: {
                s.checkConnected(name);
                ByteBuffer b = s.scratch();
                int n = s.channel.read(b);
                if (n <= 0) {
                    return WOULD_BLOCK;
                }
                return payload(b, n, s.remoteAddress(), name);
            }
            default: {
                ByteBuffer b = s.scratch();
                SocketAddress from = s.channel.receive(b);
                if (from == null) {
                    return WOULD_BLOCK;
                }
                return new Datagram(payload(b, b.position(), from, name), (InetSocketAddress) from);
            }
        }
    }

    private Object sent(int n, String name) throws IOException {
        s.learnLocal();
        return n == 0 && data.hasRemaining() ? WOULD_BLOCK : null;
    }

    private byte[] payload(ByteBuffer b, int n, SocketAddress from, String name) {
        if (n > max) {
            throw new DatagramTooLargeException(name + " on " + s + ": a datagram of " + n + " bytes from " + from
                    + " is larger than max = " + max + "; it was dropped (raise max, up to "
                    + AsyncDatagramSocket.MAX_DATAGRAM + ")", n, max, new IOException("datagram too large"));
        }
        return Arrays.copyOf(b.array(), n);
    }
}

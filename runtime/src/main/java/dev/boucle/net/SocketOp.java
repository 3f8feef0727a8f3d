package dev.boucle.net;

import dev.boucle.internal.Body;
import dev.boucle.internal.Fiber;
import dev.boucle.internal.Frame;
import dev.boucle.internal.Yield;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * An awaitable operation of an {@link AsyncSocket} as a hand-written state machine (the shape the
 * agent gives an {@code @Async} method): try the I/O; if it would block, await the socket's
 * {@link SocketReadiness} for its side and try again. The subclasses, one per operation, only say
 * how to {@link #attempt} the I/O.
 *
 * <p>Invariants: an operation is created by one call of a public {@code AsyncSocket} method and runs
 * as one {@link Frame} (label 0 before the first wait, 1 after), on the loop's thread. The hot path
 * is inline: an attempt that succeeds without waiting returns its result from the first
 * {@link #resume}, with no syscall and no trip through the loop. Only a would-block attempt sets the
 * readiness ops ({@link #waitFor}) and suspends; after every wake-up, woken, failed or cancelled,
 * the operation first releases its side of the socket, so a socket never names a waiter that no
 * longer waits. Before each attempt it checks that no other task waits on the same side. State an
 * attempt keeps across waits (bytes written, a started connect) lives in the subclass's fields.
 */
abstract class SocketOp implements Body {

    /** The frames' owner in stack traces: the public class whose methods these operations implement. */
    private static final String OWNER = "dev/boucle/net/AsyncSocket";
    /** What {@link #attempt} returns when the operation would block. */
    private static final Object WOULD_BLOCK = new Object();
    private static final byte[] EMPTY = new byte[0];
    private static final int MAX_SCRATCH = 256 * 1024;
    /** {@link Frame#label} while the operation yields because its task's budget was spent. */
    private static final int BUDGET_YIELD = 2;
    /**
     * {@link Recv}'s read buffer: one per loop (a loop runs on one thread, and a read copies out of
     * it before anything else can run), instead of one per socket, so an idle connection holds none.
     */
    private static final ThreadLocal<byte[]> SCRATCH = new ThreadLocal<>();

    final AsyncSocket s;
    final boolean readSide;
    final String name;

    SocketOp(AsyncSocket s, boolean readSide, String name) {
        this.s = s;
        this.readSide = readSide;
        this.name = name;
    }

    final Frame frame() {
        return new Frame(this, null, OWNER, name, 0, 0);
    }

    /** The result, or {@link #WOULD_BLOCK} after setting the readiness ops to wait for. */
    abstract Object attempt() throws IOException;

    @Override
    public final Object resume(Object self, Frame f) {
        Fiber me = f.task();
        if (f.label == 0) {
            if (!me.takeBudget()) {
                // The task's turn has done its BUDGET of operations: give the others a turn first.
                f.label = BUDGET_YIELD;
                return Frame.await(Yield.INSTANCE, f);
            }
        } else if (f.label == BUDGET_YIELD) {
            f.takeSent(); // throws a cancellation that came during the yield
            me.takeBudget(); // a fresh turn: this operation takes its unit
        } else {
            s.release(readSide, me);
            f.takeSent(); // throws the cancellation, or the close, sent at the wait
        }
        for (;;) {
            s.checkNotBusy(readSide, me, name);
            Object r;
            try {
                r = attempt();
            } catch (IOException e) {
                throw s.error(name, e);
            }
            if (r != WOULD_BLOCK) {
                return r;
            }
            Object v = Frame.await(readSide ? s.readWait : s.writeWait, f);
            if (v == Frame.SUSPENDED) {
                f.label = 1;
                return v;
            }
            s.release(readSide, me);
        }
    }

    final Object waitFor(int ops) {
        (readSide ? s.readWait : s.writeWait).ops = ops;
        return WOULD_BLOCK;
    }

    /** {@link AsyncSocket#accept}: the next connection as a new connected socket; waits for {@code OP_ACCEPT}. */
    static final class Accept extends SocketOp {
        Accept(AsyncSocket s) {
            super(s, true, "accept");
        }

        @Override
        Object attempt() throws IOException {
            s.checkOpen(name);
            if (s.server == null || !s.listening) {
                throw new IllegalStateException("accept on " + s + ": the socket is not listening (call bind(address) and listen() first)");
            }
            SocketChannel c = s.server.accept();
            if (c == null) {
                return waitFor(SelectionKey.OP_ACCEPT);
            }
            try {
                return new AsyncSocket(s.family, c, s.options);
            } catch (IOException | RuntimeException e) {
                AsyncSocket.closeQuietly(c);
                throw e;
            }
        }
    }

    /**
     * {@link AsyncSocket#connect}: opens the channel and starts the connection on the first attempt,
     * then finishes it once the channel is {@code OP_CONNECT}-ready. {@code started} keeps a retry from
     * opening a second channel.
     */
    static final class Connect extends SocketOp {
        private final SocketAddress remote;
        private boolean started;

        Connect(AsyncSocket s, SocketAddress remote) {
            super(s, false, "connect");
            this.remote = remote;
        }

        @Override
        Object attempt() throws IOException {
            s.checkOpen(name);
            if (!started) {
                if (s.server != null) {
                    throw new IllegalStateException("connect on " + s + ": a bound socket listens; connect with a fresh aiosocket()");
                }
                if (s.channel != null) {
                    throw new IllegalStateException("connect on " + s + ": the socket is already "
                            + (s.connected ? "connected" : "connecting"));
                }
                if (remote instanceof InetSocketAddress && ((InetSocketAddress) remote).isUnresolved()) {
                    throw new NetException("connect to " + remote + " failed: unknown host",
                            new UnknownHostException(((InetSocketAddress) remote).getHostString()));
                }
                started = true;
                SocketChannel c = s.family == null ? SocketChannel.open() : SocketChannel.open(s.family);
                s.channel = c;
                s.remoteAddress = remote;
                c.configureBlocking(false);
                s.applyOptions(c);
                if (c.connect(remote)) {
                    return connected(c);
                }
                return waitFor(SelectionKey.OP_CONNECT);
            }
            return s.channel.finishConnect() ? connected(s.channel) : waitFor(SelectionKey.OP_CONNECT);
        }

        private Object connected(SocketChannel c) throws IOException {
            s.connected = true;
            s.localAddress = c.getLocalAddress();
            s.remoteAddress = c.getRemoteAddress();
            return null;
        }
    }

    /**
     * {@link AsyncSocket#recv} (copies from its loop's read buffer into a new array; {@code into}
     * is {@code null}) and {@link AsyncSocket#recvInto} (reads straight into {@code into}).
     */
    static final class Recv extends SocketOp {
        private final int max;
        private final ByteBuffer into;

        Recv(AsyncSocket s, int max, ByteBuffer into) {
            super(s, true, "recv");
            this.max = max;
            this.into = into;
        }

        @Override
        Object attempt() throws IOException {
            SocketChannel c = s.connectedChannel(name);
            if (into != null) {
                if (!into.hasRemaining()) {
                    return 0;
                }
                int n = c.read(into);
                return n == 0 ? waitFor(SelectionKey.OP_READ) : (Object) n;
            }
            int size = Math.min(max, MAX_SCRATCH);
            byte[] buf = SCRATCH.get();
            if (buf == null || buf.length < size) {
                buf = new byte[Math.max(size, 64 * 1024)];
                SCRATCH.set(buf);
            }
            int n = c.read(ByteBuffer.wrap(buf, 0, size));
            if (n < 0) {
                return EMPTY;
            }
            if (n == 0) {
                return waitFor(SelectionKey.OP_READ);
            }
            return Arrays.copyOf(buf, n);
        }
    }

    /** {@link AsyncSocket#recvExactly}: reads until {@code dst} is full, waiting as often as needed; the end of the stream first is a {@link NetException}. */
    static final class RecvExactly extends SocketOp {
        private final ByteBuffer dst;
        private final boolean array;
        private final int wanted;

        RecvExactly(AsyncSocket s, ByteBuffer dst, boolean array) {
            super(s, true, "recvExactly");
            this.dst = dst;
            this.array = array;
            this.wanted = dst.remaining();
        }

        @Override
        Object attempt() throws IOException {
            SocketChannel c = s.connectedChannel(name);
            while (dst.hasRemaining()) {
                int n = c.read(dst);
                if (n < 0) {
                    throw new NetException(name + " on " + s + ": the stream ended after " + (wanted - dst.remaining())
                            + " of " + wanted + " bytes", new java.io.EOFException());
                }
                if (n == 0) {
                    return waitFor(SelectionKey.OP_READ);
                }
            }
            return array ? dst.array() : null;
        }
    }

    /** {@link AsyncSocket#send} (what fits at once, at least one byte) and {@link AsyncSocket#sendAll} ({@code all}: every remaining byte). */
    static final class Send extends SocketOp {
        private final ByteBuffer src;
        private final boolean all;
        private int written;

        Send(AsyncSocket s, ByteBuffer src, boolean all) {
            super(s, false, all ? "sendAll" : "send");
            this.src = src;
            this.all = all;
        }

        @Override
        Object attempt() throws IOException {
            SocketChannel c = s.connectedChannel(name);
            while (src.hasRemaining()) {
                int n = c.write(src);
                if (n == 0) {
                    return waitFor(SelectionKey.OP_WRITE);
                }
                written += n;
                if (!all) {
                    return written;
                }
            }
            return all ? null : (Object) written;
        }
    }
}

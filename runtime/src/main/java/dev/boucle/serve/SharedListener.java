package dev.boucle.serve;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.net.AsyncSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.function.Function;

/**
 * One listening address served by every loop of a {@link LoopGroup}, in one of two ways:
 * <ul>
 *   <li>{@link Mode#REUSE_PORT}, where the OS offers {@code SO_REUSEPORT} (Linux, the BSDs, macOS):
 *       each loop has its own listening socket on the same address and accepts for itself; the
 *       kernel spreads incoming connections across them (on Linux, by a hash of the client's address
 *       and port), and no connection crosses threads.</li>
 *   <li>{@link Mode#ACCEPTOR} otherwise (and for a group of one loop): loop 0 accepts, and hands each
 *       connection in turn to the next loop through that loop's {@link Loop#callSoonThreadsafe}.</li>
 * </ul>
 * Either way a connection's handler runs on the loop that got it, and stays there.
 */
public final class SharedListener {
    /** How the loops share the address. */
    public enum Mode { REUSE_PORT, ACCEPTOR }

    private final LoopGroup group;
    private final AsyncSocket[] sockets; // one per accepting loop, sockets[i] on loop i
    private final Mode mode;

    private SharedListener(LoopGroup group, AsyncSocket[] sockets, Mode mode) {
        this.group = group;
        this.sockets = sockets;
        this.mode = mode;
    }

    static SharedListener open(LoopGroup group, SocketAddress address, Mode asked,
            Function<AsyncSocket, ? extends Coroutine<?>> handler) {
        int n = group.size();
        if (asked == Mode.REUSE_PORT && !reusePortSupported()) {
            throw new UnsupportedOperationException("LoopGroup.listen(" + address + ", REUSE_PORT): this OS offers no"
                    + " SO_REUSEPORT; pass Mode.ACCEPTOR, or null for the default");
        }
        Mode mode = asked != null ? asked : n > 1 && reusePortSupported() ? Mode.REUSE_PORT : Mode.ACCEPTOR;
        AsyncSocket[] sockets = new AsyncSocket[mode == Mode.REUSE_PORT ? n : 1];
        try {
            SocketAddress at = address;
            for (int i = 0; i < sockets.length; i++) {
                AsyncSocket s = AsyncSocket.aiosocket();
                sockets[i] = s;
                if (mode == Mode.REUSE_PORT) {
                    s.setOption(StandardSocketOptions.SO_REUSEPORT, true);
                }
                s.bind(at).listen();
                if (i == 0 && address instanceof InetSocketAddress) {
                    // port 0 picked a free port: the other loops bind that same one
                    at = new InetSocketAddress(((InetSocketAddress) address).getAddress(), s.localPort());
                }
            }
        } catch (RuntimeException e) {
            for (AsyncSocket s : sockets) {
                if (s != null) {
                    s.close();
                }
            }
            throw e;
        }
        SharedListener l = new SharedListener(group, sockets, mode);
        for (int i = 0; i < sockets.length; i++) {
            AsyncSocket s = sockets[i];
            int loop = i;
            group.execute(i, () -> group.loop(loop).schedule(new AcceptLoop(l, s, loop, handler).coroutine(),
                    "accept " + s.localAddress()));
        }
        return l;
    }

    private static boolean reusePortSupported() {
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            return probe.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The loop that gets the next connection: the accepting loop itself, or in {@link Mode#ACCEPTOR} mode, the next in turn. */
    int target(int acceptingLoop) {
        return mode == Mode.REUSE_PORT ? acceptingLoop : group.nextIndex();
    }

    LoopGroup group() {
        return group;
    }

    public Mode mode() {
        return mode;
    }

    /** The listening address (with the port picked, if port 0 was asked for). */
    public InetSocketAddress localAddress() {
        return sockets[0].localAddress();
    }

    public int localPort() {
        return sockets[0].localPort();
    }

    /** Stops accepting: closes the listening sockets, each on its own loop. Open connections go on. */
    public void close() {
        for (int i = 0; i < sockets.length; i++) {
            AsyncSocket s = sockets[i];
            try {
                group.loop(i).callSoonThreadsafe(s::close);
            } catch (IllegalStateException loopClosed) {
                // that loop has ended, and its accept task closed the socket
            }
        }
    }

    @Override
    public String toString() {
        return "<SharedListener " + localAddress() + " on " + group.size() + " loops, " + mode + ">";
    }
}

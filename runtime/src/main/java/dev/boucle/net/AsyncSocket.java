package dev.boucle.net;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.internal.Args;
import dev.boucle.internal.Frame;
import dev.boucle.syscall.Kernel;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A TCP socket for tasks on a {@link dev.boucle.Loop}: the seeds' {@code AIOSocket}, without the
 * busy polling. The channel is non-blocking; every operation first tries the I/O at once and returns
 * without a trip through the loop when it can, and only when the operation would block does the task
 * wait, in the loop's selector, for the socket to become ready (a wait-for-I/O syscall), then retry.
 *
 * <pre>{@code
 * try (AsyncSocket server = aiosocket()) {
 *     server.bind("localhost", 0).listen();
 *     try (AsyncSocket client = await(server.accept())) {
 *         byte[] msg = await(client.recv(1024));
 *         await(client.sendAll(msg));
 *     }
 * }
 * }</pre>
 *
 * <p>Awaitable operations ({@link #connect}, {@link #accept}, {@link #recv}, {@link #recvInto},
 * {@link #send}, {@link #sendAll}) return a {@link Coroutine}: calling them does nothing, awaiting
 * them (once) does the work, and a failure is thrown at the await as an unchecked
 * {@link NetException} (or {@link IllegalStateException} for misuse). {@link #bind}, {@link #listen},
 * the options and {@link #close} never block and run at once.
 *
 * <p>One socket is used by the tasks of one loop, on the loop's thread (from another thread, close
 * it with {@code loop.callSoonThreadsafe(socket::close)}). At most one task may be reading
 * ({@code recv}, {@code accept}) and one task writing ({@code send}, {@code connect}) at a time; a
 * second task that tries while the first waits gets a clear {@link IllegalStateException}.
 * Closing a socket on which a task waits wakes that task with a {@link SocketClosedException}.
 *
 * <p>This class is the public API and owns the socket's state (channels, options, addresses, the
 * waiting tasks). Each awaitable operation is a package-private {@code SocketOp} state machine, and
 * a wait is the socket's {@code SocketReadiness} syscall for the read or write side.
 */
public final class AsyncSocket implements AutoCloseable {

    /** The listen backlog used unless {@link #setBacklog} says otherwise. */
    public static final int DEFAULT_BACKLOG = 1024;

    // The package-private state and helpers below are shared with SocketOp and SocketReadiness,
    // which read and change them on the loop's thread only; nothing outside this package sees them.
    final ProtocolFamily family;
    /** The connected (or connecting) side; {@code null} until connect, or for a listening socket. */
    SocketChannel channel;
    /** The listening side; {@code null} until bind. */
    ServerSocketChannel server;
    boolean listening;
    boolean connected;
    private boolean closed;
    private int backlog = DEFAULT_BACKLOG;
    /** Options to apply to channels opened later; an accepted socket inherits its listener's. */
    final Map<SocketOption<?>, Object> options = new LinkedHashMap<>();

    SocketAddress localAddress;
    SocketAddress remoteAddress;

    /** The tasks waiting in the loop's selector for this socket: read side (recv, accept), write side (send, connect). */
    Task<?> reader;
    Task<?> writer;
    /** The kernel of the loop this socket waits in, learnt at the first wait; used to wake waiters on close. */
    Kernel kernel;
    /** The socket's two wait-for-I/O syscalls, reused by every wait of its {@link SocketOp}s. */
    final SocketReadiness readWait = new SocketReadiness(this, true);
    final SocketReadiness writeWait = new SocketReadiness(this, false);

    private AsyncSocket(ProtocolFamily family) {
        this.family = family;
        options.put(StandardSocketOptions.SO_REUSEADDR, Boolean.TRUE);
        options.put(StandardSocketOptions.TCP_NODELAY, Boolean.TRUE);
    }

    AsyncSocket(ProtocolFamily family, SocketChannel accepted, Map<SocketOption<?>, Object> inherited)
            throws IOException {
        this.family = family;
        this.options.putAll(inherited);
        this.channel = accepted;
        this.connected = true;
        accepted.configureBlocking(false);
        applyOptions(accepted);
        this.localAddress = accepted.getLocalAddress();
        this.remoteAddress = accepted.getRemoteAddress();
    }

    // ------------------------------------------------------------------ factories

    /**
     * A new TCP socket, the seeds' {@code aiosocket()}: not yet bound or connected. It speaks IPv4 and
     * IPv6 (a dual-stack socket where the platform has one).
     */
    public static AsyncSocket aiosocket() {
        return new AsyncSocket(null);
    }

    /** A new TCP socket of the given family: {@link StandardProtocolFamily#INET} or {@link StandardProtocolFamily#INET6}. */
    public static AsyncSocket aiosocket(ProtocolFamily family) {
        Args.notNull(family, "AsyncSocket.aiosocket(family)", "family", "pass StandardProtocolFamily.INET or INET6, or call aiosocket() for a dual-stack socket");
        if (family != StandardProtocolFamily.INET && family != StandardProtocolFamily.INET6) {
            throw new IllegalArgumentException("AsyncSocket speaks TCP over INET or INET6, not " + family);
        }
        return new AsyncSocket(family);
    }

    /** The same as {@link #aiosocket()}. */
    public static AsyncSocket open() {
        return aiosocket();
    }

    // ------------------------------------------------------------------ options

    /** {@code SO_REUSEADDR}, on by default for listening sockets (a restarted server can rebind at once). */
    public AsyncSocket setReuseAddress(boolean on) {
        return setOption(StandardSocketOptions.SO_REUSEADDR, on);
    }

    /**
     * {@code TCP_NODELAY}, on by default: small writes leave at once instead of waiting for Nagle's
     * algorithm. Set on a listening socket, it applies to the sockets it accepts.
     */
    public AsyncSocket setNoDelay(boolean on) {
        return setOption(StandardSocketOptions.TCP_NODELAY, on);
    }

    /** The listen backlog ({@value #DEFAULT_BACKLOG} by default); set before {@link #bind}. */
    public AsyncSocket setBacklog(int backlog) {
        if (backlog < 1) {
            throw new IllegalArgumentException("backlog must be positive: " + backlog);
        }
        if (server != null) {
            throw new IllegalStateException("setBacklog on " + this + ": set the backlog before bind(), which starts listening");
        }
        this.backlog = backlog;
        return this;
    }

    /**
     * Any socket option ({@link StandardSocketOptions}): applied now to the open channel, and remembered
     * for a channel opened later (by bind or connect) and for the sockets a listening socket accepts.
     * Options the channel does not support (e.g. {@code TCP_NODELAY} on the listening channel itself)
     * are only remembered.
     */
    public <T> AsyncSocket setOption(SocketOption<T> option, T value) {
        Args.notNull(option, "AsyncSocket.setOption(option, value)", "option", "pass a StandardSocketOptions constant");
        Args.notNull(value, "AsyncSocket.setOption(" + option + ", value)", "value", "pass the option's value (a " + option.type().getSimpleName() + ")");
        checkOpen("setOption");
        options.put(option, value);
        NetworkChannel ch = channel != null ? channel : server;
        if (ch != null && ch.supportedOptions().contains(option)) {
            try {
                ch.setOption(option, value);
            } catch (IOException e) {
                throw error("setOption(" + option + ")", e);
            }
        }
        return this;
    }

    /** The value of a socket option on the open channel, or the remembered one. */
    @SuppressWarnings("unchecked")
    public <T> T getOption(SocketOption<T> option) {
        Args.notNull(option, "AsyncSocket.getOption(option)", "option", "pass a StandardSocketOptions constant");
        NetworkChannel ch = channel != null ? channel : server;
        if (ch != null && !closed && ch.supportedOptions().contains(option)) {
            try {
                return ch.getOption(option);
            } catch (IOException e) {
                throw error("getOption(" + option + ")", e);
            }
        }
        return (T) options.get(option);
    }

    // ------------------------------------------------------------------ listening side

    /**
     * Binds the socket to a local address and makes it a listening socket. Port 0 picks a free port;
     * {@link #localPort()} says which. NIO binds and starts listening in one step, with the backlog of
     * {@link #setBacklog}; {@link #listen()} then marks the socket ready to {@link #accept}.
     *
     * @throws AddressInUseException if another socket holds the address
     */
    public AsyncSocket bind(SocketAddress local) {
        Args.notNull(local, "AsyncSocket.bind(local)", "local", "pass an address: new InetSocketAddress(port) for the wildcard address, port 0 for a free port");
        checkOpen("bind");
        if (server != null || channel != null) {
            throw new IllegalStateException("bind on " + this + ": the socket is already "
                    + (server != null ? "bound" : "connected"));
        }
        ServerSocketChannel s = null;
        try {
            s = family == null ? ServerSocketChannel.open() : ServerSocketChannel.open(family);
            s.configureBlocking(false);
            applyOptions(s);
            s.bind(local, backlog);
            server = s;
            localAddress = s.getLocalAddress();
            return this;
        } catch (IOException | UnresolvedAddressException | UnsupportedOperationException e) {
            closeQuietly(s);
            if (e instanceof BindException && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("in use")) {
                throw new AddressInUseException("bind to " + describe(local) + " failed: address already in use"
                        + " (another socket holds that port; bind port 0 for a free one)", (IOException) e);
            }
            if (e instanceof IOException) {
                throw new NetException("bind to " + describe(local) + " failed: " + e.getMessage(), (IOException) e);
            }
            throw new NetException("bind to " + describe(local) + " failed: " + e, new IOException(e));
        }
    }

    /** {@code bind(new InetSocketAddress(host, port))}; {@code host} {@code null} binds the wildcard address. */
    public AsyncSocket bind(String host, int port) {
        Args.inRange(port, 0, 65535, "AsyncSocket.bind(host, port)", "port");
        return bind(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port));
    }

    /** Marks a bound socket as listening, so that {@link #accept} may be awaited (see {@link #bind}). */
    public AsyncSocket listen() {
        checkOpen("listen");
        if (server == null) {
            throw new IllegalStateException("listen on " + this + ": call bind(address) first (port 0 for a free port)");
        }
        listening = true;
        return this;
    }

    /**
     * Awaits the next incoming connection and returns it as a connected socket, which inherits this
     * socket's options.
     */
    public Coroutine<AsyncSocket> accept() {
        return cast(new SocketOp.Accept(this).frame());
    }

    // ------------------------------------------------------------------ connected side

    /**
     * Awaits a connection to {@code remote}.
     *
     * @throws ConnectionRefusedException (at the await) if nothing listens there
     */
    public Coroutine<Void> connect(SocketAddress remote) {
        Args.notNull(remote, "AsyncSocket.connect(remote)", "remote", "pass the peer's address, e.g. new InetSocketAddress(\"localhost\", port)");
        return cast(new SocketOp.Connect(this, remote).frame());
    }

    /**
     * Resolves {@code host} off the loop (on the loop's {@code toThread} pool; an IP literal needs no
     * lookup), then awaits a connection to it. An unknown host fails the await with a
     * {@link NetException} whose cause is the {@code UnknownHostException}.
     */
    public Coroutine<Void> connect(String host, int port) {
        Args.notNull(host, "AsyncSocket.connect(host, port)", "host", "pass a host name or an IP literal, e.g. \"localhost\"");
        Args.inRange(port, 1, 65535, "AsyncSocket.connect(host, port)", "port");
        return cast(ResolvingConnect.frame(this, host, port));
    }

    /**
     * Awaits up to {@code max} bytes: at least one, or an empty array at the end of the stream (the
     * peer closed its side).
     */
    public Coroutine<byte[]> recv(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("recv(" + max + "): max must be positive (an empty result means end of stream)");
        }
        return cast(new SocketOp.Recv(this, max, null).frame());
    }

    /**
     * Awaits bytes into {@code dst} (from its position up to its limit) without copying: the number
     * read, at least one, or {@code -1} at the end of the stream; {@code 0} only if {@code dst} is full.
     */
    public Coroutine<Integer> recvInto(ByteBuffer dst) {
        checkWritable(dst, "AsyncSocket.recvInto(dst)");
        return cast(new SocketOp.Recv(this, 0, dst).frame());
    }

    /**
     * Awaits exactly {@code n} bytes (asyncio's {@code readexactly}).
     *
     * @throws NetException (at the await) if the stream ends first; the message says how many bytes came
     */
    public Coroutine<byte[]> recvExactly(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("recvExactly(" + n + "): n must not be negative");
        }
        return cast(new SocketOp.RecvExactly(this, ByteBuffer.allocate(n), true).frame());
    }

    /** Awaits until {@code dst} is full (from its position up to its limit), without copying; as {@link #recvExactly(int)}. */
    public Coroutine<Void> recvExactly(ByteBuffer dst) {
        checkWritable(dst, "AsyncSocket.recvExactly(dst)");
        return cast(new SocketOp.RecvExactly(this, dst, false).frame());
    }

    /** Awaits room to send, then sends what fits: the number of bytes written, at least one unless {@code data} is empty. */
    public Coroutine<Integer> send(byte[] data) {
        Args.notNull(data, "AsyncSocket.send(data)", "data", "pass the bytes to send (new byte[0] sends nothing)");
        return send(ByteBuffer.wrap(data));
    }

    /** {@link #send(byte[])} from {@code src}'s position up to its limit; advances the position. */
    public Coroutine<Integer> send(ByteBuffer src) {
        Args.notNull(src, "AsyncSocket.send(src)", "src", "pass a buffer whose remaining bytes are to be sent");
        return cast(new SocketOp.Send(this, src, false).frame());
    }

    /** Awaits until every byte of {@code data} is sent (the kernel's buffer accepted it). */
    public Coroutine<Void> sendAll(byte[] data) {
        Args.notNull(data, "AsyncSocket.sendAll(data)", "data", "pass the bytes to send (new byte[0] sends nothing)");
        return sendAll(ByteBuffer.wrap(data));
    }

    /** {@link #sendAll(byte[])} of {@code src}'s remaining bytes; leaves its position at its limit. */
    public Coroutine<Void> sendAll(ByteBuffer src) {
        Args.notNull(src, "AsyncSocket.sendAll(src)", "src", "pass a buffer whose remaining bytes are to be sent");
        return cast(new SocketOp.Send(this, src, true).frame());
    }

    /** Half-closes the connection: the peer reads the end of the stream, while this side can still recv. */
    public void shutdownOutput() {
        checkOpen("shutdownOutput");
        if (channel == null || !connected) {
            throw new IllegalStateException("shutdownOutput on " + this + ": the socket is not connected");
        }
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            throw error("shutdownOutput", e);
        }
    }

    // ------------------------------------------------------------------ state

    /** The bound local address: the listening address, or the local end of the connection; {@code null} before. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) localAddress;
    }

    /** The local port, {@code -1} before bind or connect. */
    public int localPort() {
        return localAddress == null ? -1 : ((InetSocketAddress) localAddress).getPort();
    }

    /** The peer's address of a connected socket, {@code null} otherwise. */
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) remoteAddress;
    }

    public boolean isListening() {
        return listening && !closed;
    }

    public boolean isConnected() {
        return connected && !closed;
    }

    public boolean isClosed() {
        return closed;
    }

    /** The underlying channel (a {@link SocketChannel} or {@link ServerSocketChannel}), {@code null} before bind or connect. */
    public SelectableChannel channel() {
        return channel != null ? channel : server;
    }

    /**
     * Closes the socket and its file descriptor. Harmless if already closed. A task waiting on this
     * socket (in accept, recv, send or connect) is woken with a {@link SocketClosedException}.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if ((reader != null || writer != null) && kernel != null && Loop.current() != kernel.loop()) {
            throw new IllegalStateException("close of " + this + " from thread " + Thread.currentThread().getName()
                    + " while " + (reader != null ? reader : writer) + " waits on it: close it on its loop's thread,"
                    + " with loop.callSoonThreadsafe(socket::close)");
        }
        closed = true;
        listening = false;
        Task<?> r = reader;
        Task<?> w = writer;
        reader = null;
        writer = null;
        closeQuietly(channel);
        closeQuietly(server);
        Kernel k = kernel;
        if (k != null) {
            wakeClosed(k, r);
            if (w != r) {
                wakeClosed(k, w);
            }
        }
    }

    private void wakeClosed(Kernel k, Task<?> waiter) {
        if (waiter == null) {
            return;
        }
        try {
            k.fail(waiter, new SocketClosedException(this + " was closed while " + waiter + " waited on it", new ClosedChannelException()));
        } catch (IllegalStateException alreadyWoken) {
            // The loop had already answered the waiter (it is queued to run): its retry sees the closed socket.
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("<AsyncSocket ");
        if (closed) {
            b.append("closed ");
        }
        if (server != null) {
            b.append("listening ").append(describe(localAddress));
        } else if (channel != null) {
            if (localAddress != null) {
                b.append(describe(localAddress)).append(connected ? " -> " : " connecting to ");
            } else {
                b.append(connected ? "-> " : "connecting to ");
            }
            b.append(describe(remoteAddress));
        } else {
            b.append("unbound");
        }
        return b.append('>').toString();
    }

    // ------------------------------------------------------------------ internals

    /** A buffer to read into: not null, not read-only (a read would otherwise spin or fail inside NIO). */
    private static void checkWritable(ByteBuffer dst, String method) {
        Args.notNull(dst, method, "dst", "pass a buffer with room from its position to its limit, e.g. ByteBuffer.allocate(8192)");
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException(method + ": dst is read-only; pass a writable buffer");
        }
    }

    void checkOpen(String op) {
        if (closed) {
            throw new SocketClosedException(op + " on " + this + ": the socket is closed", new ClosedChannelException());
        }
    }

    SocketChannel connectedChannel(String op) {
        checkOpen(op);
        if (channel == null || !connected) {
            throw new IllegalStateException(op + " on " + this + ": the socket is not connected"
                    + (server != null ? " (it is a listening socket: accept() gives connected ones)" : " (await connect(...) first)"));
        }
        return channel;
    }

    void applyOptions(NetworkChannel ch) throws IOException {
        for (Map.Entry<SocketOption<?>, Object> e : options.entrySet()) {
            if (ch.supportedOptions().contains(e.getKey())) {
                setRaw(ch, e.getKey(), e.getValue());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void setRaw(NetworkChannel ch, SocketOption<T> option, Object value) throws IOException {
        ch.setOption(option, (T) value);
    }

    static void closeQuietly(java.nio.channels.Channel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing: nothing left to do
            }
        }
    }

    private static String describe(SocketAddress a) {
        if (a instanceof InetSocketAddress) {
            InetSocketAddress i = (InetSocketAddress) a;
            String host = i.getAddress() != null ? i.getAddress().getHostAddress() : i.getHostString();
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + i.getPort();
        }
        return String.valueOf(a);
    }

    /** The exception for an {@link IOException} of {@code op}: a named subclass for the usual faults. */
    NetException error(String op, IOException e) {
        if (e instanceof ClosedChannelException) {
            return new SocketClosedException(op + " on " + this + ": the socket is closed", e);
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof ConnectException || m.contains("refused")) {
            return new ConnectionRefusedException(op + " on " + this + ": connection refused (nothing listens there)", e);
        }
        if (m.contains("reset") || m.contains("broken pipe") || m.contains("forcibly closed") || m.contains("connection aborted")) {
            return new ConnectionResetException(op + " on " + this + ": connection reset by peer (" + e.getMessage() + ")", e);
        }
        return new NetException(op + " on " + this + " failed: " + e.getMessage(), e);
    }

    /** Fails if another task than {@code me} waits on this side of the socket. */
    void checkNotBusy(boolean readSide, Object me, String op) {
        Task<?> other = readSide ? reader : writer;
        if (other != null && other != me) {
            throw new IllegalStateException(op + " on " + this + ": " + other + " is already waiting to "
                    + (readSide ? "read from (recv/accept)" : "write to (send/connect)")
                    + " this socket; only one task at a time may " + (readSide ? "read" : "write"));
        }
    }

    /** The waiter {@code me} no longer waits (it was woken, failed or cancelled). */
    void release(boolean readSide, Object me) {
        if (readSide) {
            if (reader == me) {
                reader = null;
            }
        } else if (writer == me) {
            writer = null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Coroutine<T> cast(Frame f) {
        return (Coroutine<T>) (Coroutine<?>) f;
    }
}

package dev.boucle.net.udp;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.internal.Args;
import dev.boucle.net.AddressInUseException;
import dev.boucle.net.ConnectionRefusedException;
import dev.boucle.net.NetException;
import dev.boucle.net.SocketClosedException;
import dev.boucle.syscall.Kernel;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Locale;

/**
 * A UDP socket for tasks on a {@link Loop} (IPv4 and IPv6): bind, then {@link #sendTo} and
 * {@link #receiveFrom} any peer; or {@link #connect} to one peer, then {@link #send} and
 * {@link #receive}. Each operation first tries the I/O at once and waits in the loop's selector
 * only when it would block.
 *
 * <pre>{@code
 * try (AsyncDatagramSocket s = AsyncDatagramSocket.open().bind("127.0.0.1", 0)) {
 *     Datagram d = await(s.receiveFrom());
 *     await(s.sendTo(d.data(), d.sender()));
 * }
 * }</pre>
 *
 * <p>Datagrams are never cut: one larger than the receive's {@code max} is dropped and reported
 * with a {@link DatagramTooLargeException} giving its size. On a connected socket, an ICMP "port
 * unreachable" (nothing listens at the peer) is a {@link ConnectionRefusedException} at the next
 * send or receive. UDP may lose, duplicate and reorder datagrams; nothing here hides that.
 *
 * <p>One task receives and one task sends at a time; the tasks of one loop use the socket, on the
 * loop's thread. Closing wakes a waiting task with a {@link SocketClosedException}.
 */
public final class AsyncDatagramSocket implements AutoCloseable {
    /** The largest UDP payload (IPv6 without jumbograms; IPv4 allows 65,507). */
    public static final int MAX_DATAGRAM = 65_527;

    final DatagramChannel channel;
    private boolean closed;
    private SocketAddress local;
    private SocketAddress remote;
    /** The task waiting on each side, and the kernel it waits in (for close). */
    private Task<?> reader;
    private Task<?> writer;
    Kernel kernel;
    final DatagramReadiness readWait = new DatagramReadiness(this, true);
    final DatagramReadiness writeWait = new DatagramReadiness(this, false);
    /** Every receive lands here first, one byte larger than any datagram, so none is ever cut silently. */
    private ByteBuffer scratch;

    private AsyncDatagramSocket(DatagramChannel channel) {
        this.channel = channel;
    }

    /** A new UDP socket, dual-stack (IPv4 and IPv6) where the platform has one; unbound until {@link #bind} or the first send. */
    public static AsyncDatagramSocket open() {
        return open0(null);
    }

    /** A new UDP socket of {@code family}: {@link StandardProtocolFamily#INET} or {@link StandardProtocolFamily#INET6}. */
    public static AsyncDatagramSocket open(ProtocolFamily family) {
        Args.notNull(family, "AsyncDatagramSocket.open(family)", "family", "pass StandardProtocolFamily.INET or INET6, or call open()");
        if (family != StandardProtocolFamily.INET && family != StandardProtocolFamily.INET6) {
            throw new IllegalArgumentException("AsyncDatagramSocket.open(family): family is " + family + "; UDP speaks INET or INET6");
        }
        return open0(family);
    }

    private static AsyncDatagramSocket open0(ProtocolFamily family) {
        try {
            DatagramChannel c = family == null ? DatagramChannel.open() : DatagramChannel.open(family);
            c.configureBlocking(false);
            return new AsyncDatagramSocket(c);
        } catch (IOException e) {
            throw new NetException("AsyncDatagramSocket.open failed: " + e.getMessage(), e);
        }
    }

    /** Binds to a local address (port 0: a free port, {@link #localPort()} says which). */
    public AsyncDatagramSocket bind(SocketAddress address) {
        Args.notNull(address, "AsyncDatagramSocket.bind(address)", "address", "pass an address: new InetSocketAddress(port) for the wildcard address, port 0 for a free port");
        checkOpen("bind");
        if (local != null) {
            throw new IllegalStateException("bind on " + this + ": the socket is already bound");
        }
        try {
            channel.bind(address);
            local = channel.getLocalAddress();
            return this;
        } catch (IOException e) {
            if (e instanceof BindException && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("in use")) {
                throw new AddressInUseException("bind of " + this + " to " + address + " failed: address already in use (bind port 0 for a free one)", e);
            }
            throw new NetException("bind of " + this + " to " + address + " failed: " + e.getMessage(), e);
        }
    }

    /** {@code bind(new InetSocketAddress(host, port))}; {@code host} {@code null} binds the wildcard address. */
    public AsyncDatagramSocket bind(String host, int port) {
        Args.inRange(port, 0, 65535, "AsyncDatagramSocket.bind(host, port)", "port");
        return bind(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port));
    }

    /**
     * Connects to one peer (never blocks): {@link #send} goes there, {@link #receive} takes only its
     * datagrams, and an ICMP "port unreachable" from it is reported. Binds a free port if unbound.
     */
    public AsyncDatagramSocket connect(SocketAddress peer) {
        Args.notNull(peer, "AsyncDatagramSocket.connect(peer)", "peer", "pass the peer's address, e.g. new InetSocketAddress(\"127.0.0.1\", port)");
        checkOpen("connect");
        if (peer instanceof InetSocketAddress && ((InetSocketAddress) peer).isUnresolved()) {
            throw new NetException("connect of " + this + " to " + peer + " failed: unknown host",
                    new java.net.UnknownHostException(((InetSocketAddress) peer).getHostString()));
        }
        try {
            channel.connect(peer);
            local = channel.getLocalAddress();
            remote = channel.getRemoteAddress();
            return this;
        } catch (IOException e) {
            throw error("connect", e);
        }
    }

    /** {@code connect(new InetSocketAddress(host, port))}. */
    public AsyncDatagramSocket connect(String host, int port) {
        Args.notNull(host, "AsyncDatagramSocket.connect(host, port)", "host", "pass a host name or an IP literal");
        Args.inRange(port, 1, 65535, "AsyncDatagramSocket.connect(host, port)", "port");
        return connect(new InetSocketAddress(host, port));
    }

    /** Awaits room, then sends {@code data} as one datagram to the connected peer. */
    public Coroutine<Void> send(byte[] data) {
        Args.notNull(data, "AsyncDatagramSocket.send(data)", "data", "pass the datagram's bytes");
        return new DatagramOp(this, DatagramOp.SEND, ByteBuffer.wrap(data), null, 0).coroutine(AsyncDatagramSocket.class, "send");
    }

    /** Awaits room, then sends {@code data} as one datagram to {@code target}. */
    public Coroutine<Void> sendTo(byte[] data, SocketAddress target) {
        Args.notNull(data, "AsyncDatagramSocket.sendTo(data, target)", "data", "pass the datagram's bytes");
        Args.notNull(target, "AsyncDatagramSocket.sendTo(data, target)", "target", "pass the receiver's address (a Datagram's sender(), say)");
        return new DatagramOp(this, DatagramOp.SEND_TO, ByteBuffer.wrap(data), target, 0).coroutine(AsyncDatagramSocket.class, "sendTo");
    }

    /** Awaits the next datagram from the connected peer, of any size UDP allows. */
    public Coroutine<byte[]> receive() {
        return receive(MAX_DATAGRAM);
    }

    /**
     * Awaits the next datagram from the connected peer.
     *
     * @throws DatagramTooLargeException (at the await) if it is larger than {@code max}; it is dropped
     */
    public Coroutine<byte[]> receive(int max) {
        Args.inRange(max, 1, MAX_DATAGRAM, "AsyncDatagramSocket.receive(max)", "max");
        return new DatagramOp(this, DatagramOp.RECEIVE, null, null, max).coroutine(AsyncDatagramSocket.class, "receive");
    }

    /** Awaits the next datagram from anyone, with its sender's address. */
    public Coroutine<Datagram> receiveFrom() {
        return receiveFrom(MAX_DATAGRAM);
    }

    /** {@link #receiveFrom()}, refusing datagrams larger than {@code max} as {@link #receive(int)} does. */
    public Coroutine<Datagram> receiveFrom(int max) {
        Args.inRange(max, 1, MAX_DATAGRAM, "AsyncDatagramSocket.receiveFrom(max)", "max");
        return new DatagramOp(this, DatagramOp.RECEIVE_FROM, null, null, max).coroutine(AsyncDatagramSocket.class, "receiveFrom");
    }

    /** Sets a socket option ({@code SO_RCVBUF}, {@code SO_BROADCAST}, ...). */
    public <T> AsyncDatagramSocket setOption(SocketOption<T> option, T value) {
        Args.notNull(option, "AsyncDatagramSocket.setOption(option, value)", "option", "pass a StandardSocketOptions constant");
        Args.notNull(value, "AsyncDatagramSocket.setOption(" + option + ", value)", "value", "pass the option's value");
        checkOpen("setOption");
        try {
            channel.setOption(option, value);
            return this;
        } catch (IOException e) {
            throw error("setOption(" + option + ")", e);
        }
    }

    /** A socket option's value. */
    public <T> T getOption(SocketOption<T> option) {
        Args.notNull(option, "AsyncDatagramSocket.getOption(option)", "option", "pass a StandardSocketOptions constant");
        checkOpen("getOption");
        try {
            return channel.getOption(option);
        } catch (IOException e) {
            throw error("getOption(" + option + ")", e);
        }
    }

    /** The bound local address, {@code null} before bind, connect or the first send. */
    public InetSocketAddress localAddress() {
        if (local == null && !closed) {
            try {
                local = channel.getLocalAddress();
            } catch (IOException ignored) {
                // unbound
            }
        }
        return (InetSocketAddress) local;
    }

    /** The local port, {@code -1} while unbound. */
    public int localPort() {
        InetSocketAddress a = localAddress();
        return a == null ? -1 : a.getPort();
    }

    /** The connected peer, {@code null} if not connected. */
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) remote;
    }

    public boolean isClosed() {
        return closed;
    }

    /** The underlying channel, for options or diagnostics; do not change its blocking mode. */
    public DatagramChannel channel() {
        return channel;
    }

    /** Closes the socket; harmless twice. A task waiting on it is woken with a {@link SocketClosedException}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if ((reader != null || writer != null) && kernel != null && Loop.current() != kernel.loop()) {
            throw new IllegalStateException("close of " + this + " from thread " + Thread.currentThread().getName()
                    + " while a task waits on it: close it on its loop's thread, with loop.callSoonThreadsafe(socket::close)");
        }
        localAddress();
        closed = true;
        Task<?> r = reader;
        Task<?> w = writer;
        reader = null;
        writer = null;
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing: nothing left to do
        }
        wakeClosed(r);
        wakeClosed(w);
    }

    private void wakeClosed(Task<?> waiter) {
        if (waiter != null && kernel != null) {
            try {
                kernel.fail(waiter, new SocketClosedException(this + " was closed while " + waiter + " waited on it", new ClosedChannelException()));
            } catch (IllegalStateException alreadyWoken) {
                // already answered: its retry sees the closed socket
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("<AsyncDatagramSocket ");
        if (closed) {
            b.append("closed ");
        }
        b.append(local == null ? "unbound" : String.valueOf(local));
        if (remote != null) {
            b.append(" -> ").append(remote);
        }
        return b.append('>').toString();
    }

    // ------------------------------------------------------------------ internals, for DatagramOp and DatagramReadiness

    void checkOpen(String op) {
        if (closed) {
            throw new SocketClosedException(op + " on " + this + ": the socket is closed", new ClosedChannelException());
        }
    }

    void checkConnected(String op) {
        if (remote == null) {
            throw new IllegalStateException(op + " on " + this + ": the socket is not connected; call connect(peer) first, or use "
                    + (op.startsWith("send") ? "sendTo(data, target)" : "receiveFrom()"));
        }
    }

    void checkNotBusy(boolean readSide, Object me, String op) {
        Task<?> other = readSide ? reader : writer;
        if (other != null && other != me) {
            throw new IllegalStateException(op + " on " + this + ": " + other + " is already waiting to "
                    + (readSide ? "receive" : "send") + "; only one task at a time may " + (readSide ? "receive" : "send"));
        }
    }

    void setWaiter(boolean readSide, Task<?> t) {
        if (readSide) {
            reader = t;
        } else {
            writer = t;
        }
    }

    void release(boolean readSide, Object me) {
        if (readSide && reader == me) {
            reader = null;
        } else if (!readSide && writer == me) {
            writer = null;
        }
    }

    ByteBuffer scratch() {
        if (scratch == null) {
            scratch = ByteBuffer.allocate(MAX_DATAGRAM + 1);
        }
        return scratch.clear();
    }

    void learnLocal() {
        if (local == null) {
            localAddress();
        }
    }

    /** The exception for an {@link IOException} of {@code op}: a named subclass for the usual faults. */
    NetException error(String op, IOException e) {
        if (e instanceof ClosedChannelException) {
            return new SocketClosedException(op + " on " + this + ": the socket is closed", e);
        }
        if (e instanceof PortUnreachableException) {
            return new ConnectionRefusedException(op + " on " + this + ": port unreachable (ICMP): nothing listens at "
                    + remote + "", e);
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("refused")) {
            return new ConnectionRefusedException(op + " on " + this + ": connection refused (ICMP port unreachable): nothing listens at "
                    + remote, e);
        }
        return new NetException(op + " on " + this + " failed: " + e.getMessage(), e);
    }
}

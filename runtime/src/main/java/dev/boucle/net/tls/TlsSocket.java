package dev.boucle.net.tls;

import dev.boucle.Coroutine;
import dev.boucle.internal.Args;
import dev.boucle.internal.Steps;
import dev.boucle.net.AsyncSocket;
import dev.boucle.net.SocketClosedException;
import dev.boucle.net.stream.Transport;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * TLS over a connected {@link AsyncSocket}, driven by the JDK's {@link SSLEngine} on the loop's
 * thread: a client ({@link #client}) or a server ({@link #server}) connection whose handshake is
 * done when the returned coroutine completes. It is a {@link Transport}, so the buffered streams
 * of {@code dev.boucle.net.stream} work over it.
 *
 * <pre>{@code
 * TlsSocket tls = await(TlsSocket.server(await(listener.accept()), Tls.serverContext(keystore, password)));
 * Streams io = Streams.of(tls);
 * }</pre>
 *
 * <p>Closing: {@link #shutdownOutput()} sends {@code close_notify} (TLS's half-close; the peer's
 * read sees the end of the stream); a {@code close_notify} from the peer makes {@link #read} return
 * {@code -1}; a TCP end of stream without it is a {@link TlsTruncationException}. {@link #close()}
 * sends {@code close_notify} if it can without waiting, then closes the socket.
 *
 * <p>Renegotiation (TLS 1.2) is refused with a {@link TlsRenegotiationException}; TLS 1.3's
 * post-handshake messages (session tickets, key updates) are handled. The engine's delegated
 * tasks (certificate checks, key exchange) run inline on the loop's thread: a handshake costs the
 * loop about a millisecond of CPU.
 *
 * <p>One task reads and one task writes at a time (a reader task and a writer task may run
 * concurrently). Invariants: {@link #netIn} and {@link #appIn} are in read mode between operations
 * (unread bytes from position to limit); {@link #netOut} belongs to the operation that is sending it.
 */
public final class TlsSocket implements Transport {
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final AsyncSocket socket;
    private final SSLEngine engine;
    private final boolean client;
    ByteBuffer netIn;
    ByteBuffer appIn;
    private ByteBuffer netOut;
    private boolean handshaken;
    private boolean sawTls;
    private boolean closed;
    private boolean writing;

    private TlsSocket(AsyncSocket socket, SSLEngine engine, boolean client) {
        this.socket = socket;
        this.engine = engine;
        this.client = client;
        SSLSession s = engine.getSession();
        this.netIn = ByteBuffer.allocate(4 * s.getPacketBufferSize()).flip(); // up to four records per socket read
        this.appIn = ByteBuffer.allocate(s.getApplicationBufferSize()).flip();
        this.netOut = ByteBuffer.allocate(4 * s.getPacketBufferSize());
    }

    /**
     * A TLS client over a connected socket; await it to run the handshake. The server's certificate
     * must chain to a CA that {@code context} trusts and be issued for {@code host} (checked as
     * HTTPS does; {@code host} also goes out as SNI).
     */
    public static Coroutine<TlsSocket> client(AsyncSocket connected, SSLContext context, String host) {
        Args.notNull(connected, "TlsSocket.client(connected, context, host)", "connected", "pass a socket after await(socket.connect(...))");
        Args.notNull(context, "TlsSocket.client(connected, context, host)", "context", "pass SSLContext.getDefault() or Tls.clientContext(...)");
        Args.notNull(host, "TlsSocket.client(connected, context, host)", "host", "pass the server's host name, checked against its certificate");
        checkConnected(connected, "TlsSocket.client");
        SSLEngine e = context.createSSLEngine(host, connected.remoteAddress().getPort());
        e.setUseClientMode(true);
        SSLParameters p = e.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        e.setSSLParameters(p);
        return new TlsSocket(connected, e, true).handshake();
    }

    /** A TLS server over an accepted socket; await it to run the handshake. */
    public static Coroutine<TlsSocket> server(AsyncSocket accepted, SSLContext context) {
        Args.notNull(accepted, "TlsSocket.server(accepted, context)", "accepted", "pass a socket from await(listener.accept())");
        Args.notNull(context, "TlsSocket.server(accepted, context)", "context", "pass Tls.serverContext(keystore, password)");
        checkConnected(accepted, "TlsSocket.server");
        SSLEngine e = context.createSSLEngine();
        e.setUseClientMode(false);
        return new TlsSocket(accepted, e, false).handshake();
    }

    /** A TLS connection over {@code socket} with an engine configured by the caller (client or server mode set); await it to handshake. */
    public static Coroutine<TlsSocket> wrap(AsyncSocket socket, SSLEngine engine) {
        Args.notNull(socket, "TlsSocket.wrap(socket, engine)", "socket", "pass a connected AsyncSocket");
        Args.notNull(engine, "TlsSocket.wrap(socket, engine)", "engine", "pass context.createSSLEngine(...) with its client mode set");
        checkConnected(socket, "TlsSocket.wrap");
        return new TlsSocket(socket, engine, engine.getUseClientMode()).handshake();
    }

    private static void checkConnected(AsyncSocket s, String method) {
        if (!s.isConnected()) {
            throw new IllegalStateException(method + ": " + s + " is not connected; connect (or accept) it first");
        }
    }

    private Coroutine<TlsSocket> handshake() {
        return new Handshake().coroutine(TlsSocket.class, client ? "client" : "server");
    }

    // ------------------------------------------------------------------ Transport

    /** Awaits decrypted bytes into {@code dst}: at least one, or {@code -1} once the peer sent {@code close_notify}. */
    @Override
    public Coroutine<Integer> read(ByteBuffer dst) {
        Args.notNull(dst, "TlsSocket.read(dst)", "dst", "pass a buffer with room, e.g. ByteBuffer.allocate(16384)");
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("TlsSocket.read(dst): dst is read-only; pass a writable buffer");
        }
        return new Read(dst).coroutine(TlsSocket.class, "read");
    }

    /** Awaits until every remaining byte of {@code src} is encrypted and sent. */
    @Override
    public Coroutine<Void> writeAll(ByteBuffer src) {
        Args.notNull(src, "TlsSocket.writeAll(src)", "src", "pass a buffer whose remaining bytes are to be sent");
        return new Write(src, false).coroutine(TlsSocket.class, "writeAll");
    }

    /** {@link #writeAll(ByteBuffer)} of an array. */
    public Coroutine<Void> writeAll(byte[] data) {
        Args.notNull(data, "TlsSocket.writeAll(data)", "data", "pass the bytes to send");
        return writeAll(ByteBuffer.wrap(data));
    }

    /** Sends {@code close_notify}: the peer's read sees the end of the stream; this side can still read. */
    @Override
    public Coroutine<Void> shutdownOutput() {
        return new Write(EMPTY, true).coroutine(TlsSocket.class, "shutdownOutput");
    }

    /** Sends {@code close_notify} if that needs no wait and no write is under way, then closes the socket. Harmless twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (handshaken && !writing && !engine.isOutboundDone() && socket.isConnected()) {
            try {
                engine.closeOutbound();
                ByteBuffer b = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
                engine.wrap(EMPTY, b);
                b.flip();
                ((SocketChannel) socket.channel()).write(b);
            } catch (Exception ignored) {
                // best effort: the socket closes anyway
            }
        }
        socket.close();
    }

    /** The negotiated session: protocol, cipher suite, peer certificates. */
    public SSLSession session() {
        return engine.getSession();
    }

    /** The socket underneath. */
    public AsyncSocket socket() {
        return socket;
    }

    /** The engine, for its parameters. */
    public SSLEngine engine() {
        return engine;
    }

    @Override
    public String toString() {
        return "<TlsSocket " + (client ? "client " : "server ") + (handshaken ? engine.getSession().getProtocol() + " " : "")
                + socket + ">";
    }

    // ------------------------------------------------------------------ engine steps

    private void checkUsable(String op) {
        if (closed) {
            throw new SocketClosedException(op + " on " + this + ": the connection is closed", new ClosedChannelException());
        }
    }

    /** Runs the engine's delegated tasks inline. */
    private void runTasks() {
        for (Runnable t; (t = engine.getDelegatedTask()) != null; ) {
            t.run();
        }
    }

    /** Unwraps what {@link #netIn} holds into {@link #appIn}; both stay in read mode. */
    SSLEngineResult unwrap() throws SSLException {
        appIn.compact();
        try {
            for (;;) {
                SSLEngineResult r = engine.unwrap(netIn, appIn);
                if (r.getStatus() != SSLEngineResult.Status.BUFFER_OVERFLOW) {
                    if (r.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
                        runTasks();
                    }
                    return r;
                }
                ByteBuffer b = ByteBuffer.allocate(appIn.capacity() * 2);
                appIn.flip();
                b.put(appIn);
                appIn = b;
            }
        } finally {
            appIn.flip();
        }
    }

    /** Unwraps records from {@link #netIn} straight into {@code dst} while whole records and room for them remain. */
    SSLEngineResult unwrapInto(ByteBuffer dst) throws SSLException {
        int room = engine.getSession().getApplicationBufferSize();
        for (;;) {
            SSLEngineResult r = engine.unwrap(netIn, dst);
            if (r.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
                runTasks();
            }
            if (r.getStatus() != SSLEngineResult.Status.OK || r.bytesProduced() == 0 || !netIn.hasRemaining()
                    || dst.remaining() < room || wantsHandshake()) {
                return r;
            }
        }
    }

    /** Makes room in {@link #netIn} (write mode) for more bytes from the socket. */
    ByteBuffer netInForRead() {
        netIn.compact();
        if (!netIn.hasRemaining()) {
            ByteBuffer b = ByteBuffer.allocate(Math.max(netIn.capacity() * 2, engine.getSession().getPacketBufferSize()));
            netIn.flip();
            b.put(netIn);
            netIn = b;
        }
        return netIn;
    }

    /** Wraps {@code src} into {@link #netOut} (cleared first, flipped after): as many records as fit. */
    private SSLEngineResult wrapInto(ByteBuffer src) throws SSLException {
        netOut.clear();
        SSLEngineResult last = null;
        int packet = engine.getSession().getPacketBufferSize();
        try {
            do {
                if (netOut.remaining() < packet) {
                    if (netOut.position() > 0) {
                        break;
                    }
                    netOut = ByteBuffer.allocate(packet);
                }
                last = engine.wrap(src, netOut);
                if (last.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
                    runTasks();
                }
                if (last.getStatus() == SSLEngineResult.Status.CLOSED || last.bytesConsumed() == 0) {
                    break;
                }
            } while (src.hasRemaining());
            return last;
        } finally {
            netOut.flip();
        }
    }

    /** Whether the engine, after the first handshake, asks for more handshaking: renegotiation (refused) or a TLS 1.3 key update (answered). */
    private boolean wantsHandshake() {
        HandshakeStatus hs = engine.getHandshakeStatus();
        return hs != HandshakeStatus.NOT_HANDSHAKING && hs != HandshakeStatus.FINISHED;
    }

    private boolean tls13() {
        return "TLSv1.3".equals(engine.getSession().getProtocol());
    }

    /** Fails the connection: best-effort alert, close, and the classified exception. */
    private RuntimeException fail(String op, Exception e) {
        if (e instanceof SSLException && !engine.isOutboundDone() && !writing) {
            try {
                engine.closeOutbound();
                ByteBuffer b = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
                engine.wrap(EMPTY, b);
                b.flip();
                if (socket.isConnected()) {
                    ((SocketChannel) socket.channel()).write(b);
                }
            } catch (Exception ignored) {
                // the alert is a courtesy
            }
        }
        closed = true;
        socket.close();
        if (e instanceof RuntimeException) {
            return (RuntimeException) e;
        }
        return TlsErrors.classify(op, this, (SSLException) e, handshaken);
    }

    // ------------------------------------------------------------------ operations

    /** The handshake: wrap, send, read, unwrap, run tasks, as the engine asks, until it is done. */
    private final class Handshake extends Steps<TlsSocket> {
        private boolean reading;
        private boolean begun;

        @Override
        protected Object step(Object sent) {
            try {
                if (!begun) {
                    begun = true;
                    engine.beginHandshake(); // before this the engine says NOT_HANDSHAKING
                }
                if (reading) {
                    reading = false;
                    netIn.flip();
                    if ((Integer) sent < 0) {
                        throw new SSLException("the peer closed the connection during the handshake");
                    }
                }
                for (;;) {
                    switch (engine.getHandshakeStatus()) {
                        case NOT_HANDSHAKING:
                        case FINISHED:
                            handshaken = true;
                            return TlsSocket.this;
                        case NEED_TASK:
                            runTasks();
                            break;
                        case NEED_WRAP: {
                            SSLEngineResult r = wrapInto(EMPTY);
                            if (netOut.hasRemaining()) {
                                return await(socket.sendAll(netOut));
                            }
                            if (r != null && r.getStatus() == SSLEngineResult.Status.CLOSED) {
                                throw new SSLException("the engine closed during the handshake");
                            }
                            break;
                        }
                        default: { // NEED_UNWRAP, NEED_UNWRAP_AGAIN
                            if (!sawTls && netIn.hasRemaining()) {
                                TlsErrors.checkLooksLikeTls(netIn, TlsSocket.this);
                                sawTls = true;
                            }
                            SSLEngineResult r = unwrap();
                            if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW) {
                                reading = true;
                                return await(socket.recvInto(netInForRead()));
                            }
                            if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                                throw new SSLException("the peer closed the TLS connection during the handshake");
                            }
                            break;
                        }
                    }
                }
            } catch (Exception e) {
                throw fail("handshake", e);
            }
        }

        @Override
        protected Object failed(RuntimeException error) {
            if (reading) {
                reading = false;
                netIn.flip();
            }
            closed = true;
            socket.close();
            throw error;
        }
    }

    /** {@link #read}: decrypted bytes already held, else unwrap what arrived, else await the socket. */
    private final class Read extends Steps<Integer> {
        private final ByteBuffer dst;
        private boolean reading;
        /** The last direct unwrap did not fit dst: the next one goes through appIn, which grows. */
        private boolean overflowed;

        Read(ByteBuffer dst) {
            this.dst = dst;
        }

        @Override
        protected Object step(Object sent) {
            try {
                if (reading) {
                    reading = false;
                    netIn.flip();
                    if ((Integer) sent < 0) {
                        if (engine.isInboundDone()) {
                            return -1;
                        }
                        engine.closeInbound(); // throws: no close_notify came
                        return -1;
                    }
                }
                checkUsable("read");
                for (;;) {
                    if (appIn.hasRemaining()) {
                        if (!dst.hasRemaining()) {
                            return 0;
                        }
                        int n = Math.min(appIn.remaining(), dst.remaining());
                        int lim = appIn.limit();
                        appIn.limit(appIn.position() + n);
                        dst.put(appIn);
                        appIn.limit(lim);
                        return n;
                    }
                    if (engine.isInboundDone()) {
                        return -1;
                    }
                    // A large enough dst takes the plaintext straight from the engine (no copy through appIn).
                    boolean direct = !overflowed && dst.remaining() >= engine.getSession().getApplicationBufferSize();
                    int before = dst.position();
                    SSLEngineResult r = direct ? unwrapInto(dst) : unwrap();
                    overflowed = r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW;
                    if (wantsHandshake()) {
                        if (!tls13()) {
                            throw new TlsRenegotiationException("read on " + TlsSocket.this + ": the peer asked to renegotiate"
                                    + " the TLS session; renegotiation is refused (it was the way to CVE-2009-3555; TLS 1.3 removed it)"
                                    + " and the connection is closed", new SSLException("renegotiation refused"));
                        }
                        if (engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
                            return await(new Write(EMPTY, false).coroutine(TlsSocket.class, "keyUpdate")); // a TLS 1.3 key update's answer
                        }
                    }
                    if (dst.position() > before) {
                        return dst.position() - before;
                    }
                    if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW) {
                        reading = true;
                        return await(socket.recvInto(netInForRead()));
                    }
                }
            } catch (Exception e) {
                throw fail("read", e);
            }
        }

        @Override
        protected Object failed(RuntimeException error) {
            if (reading) {
                reading = false;
                netIn.flip();
            }
            throw error;
        }
    }

    /** {@link #writeAll} ({@code src}), {@link #shutdownOutput} ({@code closing}) and a key update's answer (empty, not closing). */
    private final class Write extends Steps<Void> {
        private final ByteBuffer src;
        private final boolean closing;
        private boolean sending;
        private boolean started;
        private boolean closeWrapped;

        Write(ByteBuffer src, boolean closing) {
            this.src = src;
            this.closing = closing;
        }

        @Override
        protected Object step(Object sent) {
            String op = closing ? "shutdownOutput" : "writeAll";
            try {
                if (!started) {
                    started = true;
                    checkUsable(op);
                    if (writing) {
                        throw new IllegalStateException(op + " on " + TlsSocket.this
                                + ": another task is writing; only one task at a time may write");
                    }
                    if (closing) {
                        if (engine.isOutboundDone()) {
                            return null;
                        }
                        engine.closeOutbound();
                    }
                } else if (sending) {
                    sending = false;
                    writing = false;
                }
                for (;;) {
                    boolean more = src.hasRemaining() || (closing && !closeWrapped)
                            || engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP;
                    if (!more) {
                        return null;
                    }
                    SSLEngineResult r = wrapInto(src);
                    closeWrapped |= closing;
                    if (r != null && r.getStatus() == SSLEngineResult.Status.CLOSED && src.hasRemaining()) {
                        throw new SocketClosedException(op + " on " + TlsSocket.this + ": the TLS output is closed"
                                + " (close_notify was sent)", new ClosedChannelException());
                    }
                    if (netOut.hasRemaining()) {
                        sending = true;
                        writing = true;
                        return await(socket.sendAll(netOut));
                    }
                    if (!src.hasRemaining()) {
                        return null;
                    }
                    if (r == null || r.bytesConsumed() == 0) {
                        throw new IllegalStateException(op + " on " + TlsSocket.this + ": the TLS engine made no progress (" + r + ")");
                    }
                }
            } catch (Exception e) {
                throw fail(op, e);
            }
        }

        @Override
        protected Object failed(RuntimeException error) {
            sending = false;
            writing = false;
            throw error;
        }
    }
}

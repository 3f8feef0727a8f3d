package dev.boucle.net.tls;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.net.AsyncSocket.aiosocket;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.net.AsyncSocket;
import dev.boucle.net.stream.Streams;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link TlsSocket} against the JDK's own SSLSocket/SSLServerSocket, and against itself, with each fault. */
@Timeout(120)
class TlsTest {

    static List<String> randomLines(long seed, int n) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(10) == 0 ? r.nextInt(5000) : r.nextInt(120);
            for (int k = 0; k < len; k++) {
                b.append((char) (r.nextInt(20) == 0 ? 'é' : ' ' + r.nextInt(94)));
            }
            lines.add(b.toString());
        }
        return lines;
    }

    /** Serves one TLS connection: echoes each line until the client closes (close_notify), then closes. Returns the line count. */
    @Async
    static Coroutine<Integer> echoLines(AsyncSocket listener, SSLContext ctx) {
        TlsSocket tls = await(TlsSocket.server(await(listener.accept()), ctx));
        try (Streams io = Streams.of(tls)) {
            int n = 0;
            for (String line; (line = await(io.reader.readLine(1 << 16))) != null; n++) {
                io.writer.write(line + "\n");
                await(io.writer.drain());
            }
            await(io.writer.shutdownOutput()); // close_notify back
            return done(n);
        }
    }

    static SSLSocket jdkClient(int port, SSLContext ctx, String... protocols) throws Exception {
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port);
        if (protocols.length > 0) {
            s.setEnabledProtocols(protocols);
        }
        s.setSoTimeout(60_000);
        return s;
    }

    // ------------------------------------------------------------------ echo against the JDK

    @Test
    void aThousandRandomLinesEchoBetweenABoucleServerAndAJdkClient() throws Exception {
        TestKeys keys = TestKeys.get();
        List<String> lines = randomLines(1, 1000);
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            CompletableFuture<List<String>> client = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket s = jdkClient(listener.localPort(), keys.clientContext())) {
                    Thread writer = new Thread(() -> {
                        try {
                            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(s.getOutputStream(), UTF_8));
                            for (String l : lines) {
                                w.print(l + "\n");
                            }
                            w.flush();
                        } catch (Exception e) {
                            throw new RuntimeException(e);
                        }
                    });
                    writer.start();
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), UTF_8));
                    List<String> back = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        back.add(in.readLine());
                    }
                    writer.join();
                    s.shutdownOutput(); // close_notify: the server's readLine sees the end
                    assertNull(in.readLine(), "the server's close_notify ends the stream");
                    return back;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            assertEquals(1000, Loop.run(echoLines(listener, keys.serverContext())));
            assertEquals(lines, client.get(60, TimeUnit.SECONDS));
        }
    }

    @Async
    static Coroutine<List<String>> boucleClient(int port, SSLContext ctx, List<String> lines) {
        AsyncSocket s = aiosocket();
        await(s.connect("127.0.0.1", port));
        TlsSocket tls = await(TlsSocket.client(s, ctx, "localhost"));
        assertTrue(tls.session().getProtocol().startsWith("TLSv1."), tls.session().getProtocol());
        try (Streams io = Streams.of(tls)) {
            for (String l : lines) {
                io.writer.write(l + "\n");
            }
            await(io.writer.shutdownOutput()); // close_notify
            List<String> back = new ArrayList<>();
            for (String line; (line = await(io.reader.readLine(1 << 16))) != null; ) {
                back.add(line);
            }
            return done(back);
        }
    }

    @Test
    void aThousandRandomLinesEchoBetweenABoucleClientAndAJdkServer() throws Exception {
        TestKeys keys = TestKeys.get();
        List<String> lines = randomLines(2, 1000);
        try (SSLServerSocket server = (SSLServerSocket) keys.serverContext().getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> srv = CompletableFuture.supplyAsync(() -> {
                try (Socket c = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), UTF_8));
                    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(c.getOutputStream(), UTF_8));
                    int n = 0;
                    for (String l; (l = in.readLine()) != null; n++) {
                        out.print(l + "\n");
                        out.flush();
                    }
                    return n; // closing sends close_notify
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            assertEquals(lines, Loop.run(boucleClient(server.getLocalPort(), keys.clientContext(), lines)));
            assertEquals(1000, srv.get(60, TimeUnit.SECONDS));
        }
    }

    // ------------------------------------------------------------------ 100 MB each way

    static final long BIG = 100L << 20;

    /** Reads everything the client sends (hashing it), then sends BIG seeded bytes back and close_notify. */
    @Async
    static Coroutine<byte[]> sinkThenSource(AsyncSocket listener, SSLContext ctx) throws Exception {
        TlsSocket tls = await(TlsSocket.server(await(listener.accept()), ctx));
        try (tls) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            long got = 0;
            for (int n; (n = await(tls.read(buf.clear()))) >= 0; ) {
                sha.update(buf.array(), 0, n);
                got += n;
            }
            assertEquals(BIG, got);
            Random r = new Random(42);
            byte[] chunk = new byte[256 * 1024];
            for (long sent = 0; sent < BIG; sent += chunk.length) {
                r.nextBytes(chunk);
                await(tls.writeAll(chunk));
            }
            await(tls.shutdownOutput());
            return done(sha.digest());
        }
    }

    @Test
    void aHundredMegabytesEachWayKeepTheirSha256() throws Exception {
        TestKeys keys = TestKeys.get();
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            CompletableFuture<byte[][]> client = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket s = jdkClient(listener.localPort(), keys.clientContext())) {
                    MessageDigest up = MessageDigest.getInstance("SHA-256");
                    Random r = new Random(7);
                    byte[] chunk = new byte[256 * 1024];
                    OutputStream out = s.getOutputStream();
                    for (long sent = 0; sent < BIG; sent += chunk.length) {
                        r.nextBytes(chunk);
                        up.update(chunk);
                        out.write(chunk);
                    }
                    out.flush();
                    s.shutdownOutput();
                    MessageDigest down = MessageDigest.getInstance("SHA-256");
                    InputStream in = s.getInputStream();
                    long got = 0;
                    for (int n; (n = in.read(chunk)) >= 0; got += n) {
                        down.update(chunk, 0, n);
                    }
                    assertEquals(BIG, got);
                    return new byte[][] {up.digest(), down.digest()};
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            byte[] serverGot = Loop.run(sinkThenSource(listener, keys.serverContext()));
            byte[][] c = client.get(120, TimeUnit.SECONDS);
            assertArrayEquals(c[0], serverGot, "client to server: SHA-256 of 100 MB");
            MessageDigest expect = MessageDigest.getInstance("SHA-256");
            Random r = new Random(42);
            byte[] chunk = new byte[256 * 1024];
            for (long sent = 0; sent < BIG; sent += chunk.length) {
                r.nextBytes(chunk);
                expect.update(chunk);
            }
            assertArrayEquals(expect.digest(), c[1], "server to client: SHA-256 of 100 MB");
        }
    }

    // ------------------------------------------------------------------ faults

    /** Runs a Boucle client against a Boucle server; returns [client's exception, server's exception] (null if none). */
    @Async
    static Coroutine<List<Throwable>> handshakeBoth(SSLContext serverCtx, SSLEngine clientEngine, SSLContext clientCtx) {
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            Task<TlsSocket> srv = await(ensureFuture(serverSide(listener, serverCtx)));
            List<Throwable> errors = new ArrayList<>();
            AsyncSocket c = aiosocket();
            await(c.connect(listener.localAddress()));
            try {
                TlsSocket t = await(clientEngine != null ? TlsSocket.wrap(c, clientEngine) : TlsSocket.client(c, clientCtx, "localhost"));
                t.close();
                errors.add(null);
            } catch (RuntimeException e) {
                errors.add(e);
            }
            try {
                await(srv).close();
                errors.add(null);
            } catch (RuntimeException e) {
                errors.add(e);
            }
            c.close();
            return done(errors);
        }
    }

    @Async
    static Coroutine<TlsSocket> serverSide(AsyncSocket listener, SSLContext ctx) {
        return TlsSocket.server(await(listener.accept()), ctx);
    }

    @Test
    void anUntrustedCertificateIsNamed() throws Exception {
        TestKeys keys = TestKeys.get();
        List<Throwable> e = Loop.run(handshakeBoth(keys.serverContext(), null, SSLContext.getDefault()));
        TlsCertificateException c = assertInstanceOf(TlsCertificateException.class, e.get(0));
        assertEquals(TlsCertificateException.Reason.UNTRUSTED, c.reason());
        assertTrue(c.getMessage().contains("not trusted"), c.getMessage());
        assertInstanceOf(TlsHandshakeException.class, e.get(1), "the server sees the client's alert");
    }

    @Test
    void anExpiredCertificateIsNamed() throws Exception {
        TestKeys keys = TestKeys.get();
        List<Throwable> e = Loop.run(handshakeBoth(Tls.serverContext(keys.expired, TestKeys.PASSWORD), null,
                Tls.clientContext(keys.caCert)));
        TlsCertificateException c = assertInstanceOf(TlsCertificateException.class, e.get(0));
        assertEquals(TlsCertificateException.Reason.EXPIRED, c.reason(), c.getMessage());
        assertTrue(c.getMessage().contains("expired"), c.getMessage());
    }

    @Test
    void aFailedHandshakeIsNamed() throws Exception {
        TestKeys keys = TestKeys.get();
        SSLContext serverCtx = keys.serverContext();
        SSLEngine client = keys.clientContext().createSSLEngine("localhost", 443);
        client.setUseClientMode(true);
        client.setEnabledProtocols(new String[] {"TLSv1.2"});
        SSLContext only13 = new SSLContextWrapper(serverCtx, "TLSv1.3").context();
        List<Throwable> e = Loop.run(handshakeBoth(only13, client, null));
        TlsHandshakeException h = assertInstanceOf(TlsHandshakeException.class, e.get(0));
        assertTrue(h.getMessage().contains("handshake failed"), h.getMessage());
        assertInstanceOf(TlsHandshakeException.class, e.get(1));
    }

    @Async
    static Coroutine<String> plainServer(AsyncSocket listener) {
        try (AsyncSocket c = await(listener.accept())) {
            await(c.sendAll("220 plain greeting\r\n".getBytes(UTF_8)));
            await(c.recv(100)); // the ClientHello, or the end
            return done("served");
        } catch (RuntimeException e) {
            return done("served");
        }
    }

    @Async
    static Coroutine<Throwable> tlsClientToPlainServer(SSLContext ctx) {
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            Task<String> srv = await(ensureFuture(plainServer(listener)));
            AsyncSocket c = aiosocket();
            await(c.connect(listener.localAddress()));
            try {
                await(TlsSocket.client(c, ctx, "localhost"));
                return done(null);
            } catch (RuntimeException e) {
                await(srv);
                return done(e);
            }
        }
    }

    @Async
    static Coroutine<Throwable> plainClientToTlsServer(SSLContext ctx) {
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            Task<TlsSocket> srv = await(ensureFuture(serverSide(listener, ctx)));
            try (AsyncSocket c = aiosocket()) {
                await(c.connect(listener.localAddress()));
                await(c.sendAll("GET / HTTP/1.0\r\n\r\n".getBytes(UTF_8)));
                try {
                    await(srv);
                    return done(null);
                } catch (RuntimeException e) {
                    return done(e);
                }
            }
        }
    }

    @Test
    void aPeerThatSpeaksPlainTcpIsNamed() throws Exception {
        TestKeys keys = TestKeys.get();
        Throwable client = Loop.run(tlsClientToPlainServer(keys.clientContext()));
        TlsPlainPeerException e = assertInstanceOf(TlsPlainPeerException.class, client);
        assertTrue(e.getMessage().contains("does not speak TLS") && e.getMessage().contains("220 plain greeting"), e.getMessage());
        Throwable server = Loop.run(plainClientToTlsServer(keys.serverContext()));
        e = assertInstanceOf(TlsPlainPeerException.class, server);
        assertTrue(e.getMessage().contains("GET / HTTP/1.0\\r\\n"), e.getMessage());
    }

    /** A server that reads lines until something fails; returns [lines read, the failure]. */
    @Async
    static Coroutine<Object[]> readUntilFailure(AsyncSocket listener, SSLContext ctx) {
        TlsSocket tls = await(TlsSocket.server(await(listener.accept()), ctx));
        try (Streams io = Streams.of(tls)) {
            List<String> lines = new ArrayList<>();
            try {
                for (String l; (l = await(io.reader.readLine())) != null; ) {
                    lines.add(l);
                }
                return done(new Object[] {lines, null});
            } catch (RuntimeException e) {
                return done(new Object[] {lines, e});
            }
        }
    }

    @Test
    void aConnectionCutWithoutCloseNotifyIsATruncation() throws Exception {
        TestKeys keys = TestKeys.get();
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            CompletableFuture<Void> client = CompletableFuture.runAsync(() -> {
                try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.localPort())) {
                    SSLSocket s = (SSLSocket) keys.clientContext().getSocketFactory().createSocket(plain, "localhost", listener.localPort(), false);
                    s.getOutputStream().write("complete line\npartial".getBytes(UTF_8));
                    s.getOutputStream().flush();
                    plain.shutdownOutput(); // TCP FIN, no close_notify
                    plain.getInputStream().read(); // wait for the server to close
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            Object[] r = Loop.run(readUntilFailure(listener, keys.serverContext()));
            assertEquals(List.of("complete line"), r[0]);
            TlsTruncationException t = assertInstanceOf(TlsTruncationException.class, r[1]);
            assertTrue(t.getMessage().contains("without TLS close_notify"), t.getMessage());
            client.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void renegotiationIsRefused() throws Exception {
        TestKeys keys = TestKeys.get();
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            CompletableFuture<Void> client = CompletableFuture.runAsync(() -> {
                try (SSLSocket s = jdkClient(listener.localPort(), keys.clientContext(), "TLSv1.2")) {
                    s.getOutputStream().write("before\n".getBytes(UTF_8));
                    s.getOutputStream().flush();
                    try {
                        s.startHandshake(); // TLS 1.2: a renegotiation
                        s.getOutputStream().write("after\n".getBytes(UTF_8));
                        s.getOutputStream().flush();
                        s.getInputStream().read();
                    } catch (Exception refused) {
                        // the server closed the connection
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            Object[] r = Loop.run(readUntilFailure(listener, keys.serverContext()));
            assertEquals(List.of("before"), r[0]);
            TlsRenegotiationException t = assertInstanceOf(TlsRenegotiationException.class, r[1]);
            assertTrue(t.getMessage().contains("renegotiation is refused"), t.getMessage());
            client.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTls13KeyUpdateIsAnswered() throws Exception {
        TestKeys keys = TestKeys.get();
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            CompletableFuture<List<String>> client = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket s = jdkClient(listener.localPort(), keys.clientContext(), "TLSv1.3")) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), UTF_8));
                    List<String> back = new ArrayList<>();
                    s.getOutputStream().write("before\n".getBytes(UTF_8));
                    back.add(in.readLine());
                    s.startHandshake(); // TLS 1.3: a KeyUpdate (update_requested)
                    s.getOutputStream().write("after\n".getBytes(UTF_8));
                    back.add(in.readLine());
                    s.shutdownOutput();
                    back.add(in.readLine());
                    return back;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            assertEquals(2, Loop.run(echoLines(listener, keys.serverContext())));
            assertEquals(java.util.Arrays.asList("before", "after", null), client.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void badArgumentsAreNamed() throws Exception {
        TestKeys keys = TestKeys.get();
        AsyncSocket unconnected = aiosocket();
        NetArgs.refused(NullPointerException.class, "TlsSocket.client(connected, context, host): connected is null",
                () -> TlsSocket.client(null, keys.clientContext(), "localhost"));
        NetArgs.refused(NullPointerException.class, "host is null", () -> TlsSocket.client(unconnected, keys.clientContext(), null));
        NetArgs.refused(NullPointerException.class, "TlsSocket.server(accepted, context): context is null", () -> TlsSocket.server(unconnected, null));
        NetArgs.refused(IllegalStateException.class, "is not connected", () -> TlsSocket.server(unconnected, keys.serverContext()));
        NetArgs.refused(NullPointerException.class, "Tls.serverContext(keystore, password): keystore is null", () -> Tls.serverContext(null, new char[0]));
        NetArgs.refused(IllegalArgumentException.class, "does not exist", () -> Tls.serverContext(keys.dir.resolve("nope.p12"), new char[0]));
        NetArgs.refused(IllegalArgumentException.class, "server.p12", () -> Tls.serverContext(keys.server, "wrong".toCharArray()));
        unconnected.close();
    }
}

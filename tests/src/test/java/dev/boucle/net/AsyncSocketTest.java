package dev.boucle.net;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.cancel;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.gather;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static dev.boucle.net.AsyncSocket.aiosocket;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.io.ByteArrayOutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The semantics of {@link AsyncSocket}, with real {@code @Async} code on a real loop, over loopback. */
@Timeout(60)
class AsyncSocketTest {

    // ------------------------------------------------------------------ helpers

    /** A listening socket on a free loopback port. */
    static AsyncSocket listener() {
        return aiosocket().bind("127.0.0.1", 0).listen();
    }

    @Async
    static Coroutine<AsyncSocket> connectTo(AsyncSocket server) {
        AsyncSocket c = aiosocket();
        try {
            await(c.connect(server.localAddress()));
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return done(c);
    }

    /** Reads until end of stream. */
    @Async
    static Coroutine<byte[]> readAll(AsyncSocket s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (;;) {
            byte[] b = await(s.recv(8192));
            if (b.length == 0) {
                return done(out.toByteArray());
            }
            out.write(b, 0, b.length);
        }
    }

    @Async
    static Coroutine<Void> echoOnce(AsyncSocket server) {
        try (AsyncSocket c = await(server.accept())) {
            for (;;) {
                byte[] b = await(c.recv(4096));
                if (b.length == 0) {
                    break;
                }
                await(c.sendAll(b));
            }
        }
        return done();
    }

    static byte[] reversed(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    // ------------------------------------------------------------------ the seed's exchange

    @Async
    static Coroutine<String> seedServer(AsyncSocket server) {
        try (AsyncSocket client = await(server.accept())) {
            byte[] msg = await(client.recv(1024));
            int n = await(client.send(reversed(msg)));
            assertEquals(msg.length, n);
            return done(new String(msg, UTF_8));
        }
    }

    @Async
    static Coroutine<String> seedClient(InetSocketAddress address, AsyncSocket... family) {
        try (AsyncSocket client = family.length > 0 ? family[0] : aiosocket()) {
            await(client.connect(address));
            await(client.send("Hello World!".getBytes(UTF_8)));
            byte[] msg = await(client.recv(1024));
            return done(new String(msg, UTF_8));
        }
    }

    @Async
    static Coroutine<List<String>> seedExchange() {
        try (AsyncSocket server = listener()) {
            return done(await(gather(seedServer(server), seedClient(server.localAddress()))));
        }
    }

    @Test
    void theSeedsServerAndClientExchangeOverIPv4() {
        assertEquals(List.of("Hello World!", "!dlroW olleH"), Loop.run(seedExchange()));
    }

    @Async
    static Coroutine<List<String>> seedExchangeV6() {
        try (AsyncSocket server = aiosocket(StandardProtocolFamily.INET6).bind("::1", 0).listen()) {
            assertInstanceOf(Inet6Address.class, server.localAddress().getAddress());
            return done(await(gather(seedServer(server),
                    seedClient(server.localAddress(), aiosocket(StandardProtocolFamily.INET6)))));
        }
    }

    @Test
    void theSeedsServerAndClientExchangeOverIPv6() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(hasIPv6Loopback(), "no IPv6 loopback");
        assertEquals(List.of("Hello World!", "!dlroW olleH"), Loop.run(seedExchangeV6()));
    }

    @Async
    static Coroutine<String> addresses() {
        try (AsyncSocket server = listener()) {
            Task<Void> echo = await(ensureFuture(echoOnce(server)));
            try (AsyncSocket c = await(connectTo(server))) {
                assertTrue(c.isConnected());
                assertEquals(server.localPort(), c.remoteAddress().getPort());
                assertEquals("127.0.0.1", c.localAddress().getAddress().getHostAddress());
                assertTrue(c.localPort() > 0);
                assertEquals(Boolean.TRUE, c.getOption(StandardSocketOptions.TCP_NODELAY), "no-delay is on by default");
                c.setNoDelay(false);
                assertEquals(Boolean.FALSE, c.getOption(StandardSocketOptions.TCP_NODELAY));
                c.shutdownOutput();
                await(echo);
                return done(server + " " + c);
            }
        }
    }

    @Test
    void addressesOptionsAndToString() {
        String s = Loop.run(addresses());
        assertTrue(s.matches("<AsyncSocket listening 127\\.0\\.0\\.1:\\d+> <AsyncSocket 127\\.0\\.0\\.1:\\d+ -> 127\\.0\\.0\\.1:\\d+>"), s);
    }

    @Async
    static Coroutine<List<String>> dualStack() {
        List<String> got = new ArrayList<>();
        try (AsyncSocket server = aiosocket().bind("::", 0).listen()) {
            for (String host : new String[] {"127.0.0.1", "::1"}) {
                Task<Void> echo = await(ensureFuture(echoOnce(server)));
                try (AsyncSocket c = aiosocket()) {
                    await(c.connect(host, server.localPort()));
                    await(c.sendAll(host.getBytes(UTF_8)));
                    c.shutdownOutput();
                    got.add(new String(await(readAll(c)), UTF_8));
                }
                await(echo);
            }
        }
        return done(got);
    }

    @Test
    void aDefaultSocketBoundToTheWildcardServesIPv4AndIPv6Clients() {
        org.junit.jupiter.api.Assumptions.assumeTrue(hasIPv6Loopback(), "no IPv6 loopback");
        assertEquals(List.of("127.0.0.1", "::1"), Loop.run(dualStack()));
    }

    static boolean hasIPv6Loopback() {
        try {
            return java.net.NetworkInterface.getByInetAddress(InetAddress.getByName("::1")) != null;
        } catch (Exception e) {
            return false;
        }
    }

    static final List<String> ORDER = new ArrayList<>();

    @Async
    static Coroutine<Void> mark(String s) {
        ORDER.add(s);
        return done();
    }

    @Async
    static Coroutine<List<String>> fastPath() {
        ORDER.clear();
        try (AsyncSocket server = listener()) {
            AsyncSocket c = await(connectTo(server));
            try (AsyncSocket s = await(server.accept()); c) {
                await(c.sendAll(new byte[] {1, 2, 3}));
                await(sleep(Duration.ofMillis(20))); // the bytes are in s's receive buffer
                Task<Void> other = await(ensureFuture(mark("other task")));
                byte[] b = await(s.recv(10));        // ready: no trip through the loop, so other has not run
                await(c.send(new byte[] {4}));       // room to write: no trip either
                ORDER.add("read " + b.length);
                await(other);
            }
        }
        return done(new ArrayList<>(ORDER));
    }

    @Test
    void anOperationThatNeedNotWaitDoesNotGoThroughTheLoop() {
        assertEquals(List.of("read 3", "other task"), Loop.run(fastPath()));
    }

    @Async
    static Coroutine<Long> idleAccept() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        try (AsyncSocket server = listener()) {
            Task<AsyncSocket> acceptor = await(ensureFuture(server.accept()));
            long cpu0 = mx.getCurrentThreadCpuTime();
            await(sleep(Duration.ofMillis(500))); // the loop has only the acceptor's wait and this timer
            long cpu = mx.getCurrentThreadCpuTime() - cpu0;
            await(cancel(acceptor));
            return done(cpu);
        }
    }

    @Test
    void aTaskWaitingInAcceptCostsNoCpu() {
        long cpuNanos = Loop.run(idleAccept());
        assertTrue(cpuNanos < 100_000_000L, "the loop thread used " + cpuNanos / 1_000_000 + " ms of CPU in 500 ms idle");
    }

    // ------------------------------------------------------------------ end of stream, partial I/O

    @Async
    static Coroutine<Integer> endOfStream() {
        try (AsyncSocket server = listener(); AsyncSocket c = aiosocket()) {
            await(c.connect(server.localAddress()));
            try (AsyncSocket s = await(server.accept())) {
                await(c.sendAll(new byte[] {1, 2, 3}));
                c.shutdownOutput();
                byte[] all = await(readAll(s));
                assertArrayEquals(new byte[] {1, 2, 3}, all);
                assertEquals(0, await(s.recv(10)).length, "recv after end of stream stays empty");
                ByteBuffer into = ByteBuffer.allocate(4);
                return done(await(s.recvInto(into)));
            }
        }
    }

    @Test
    void recvGivesAnEmptyArrayAtEndOfStream() {
        assertEquals(-1, Loop.run(endOfStream()), "recvInto gives -1 at end of stream");
    }

    @Async
    static Coroutine<Void> slowReader(AsyncSocket s, byte[] expected, int[] reads) {
        ByteBuffer buf = ByteBuffer.allocate(expected.length);
        while (buf.hasRemaining()) {
            await(sleep(Duration.ofMillis(1)));
            int n = await(s.recvInto(buf.slice(buf.position(), Math.min(buf.remaining(), 50_000))));
            assertTrue(n > 0);
            buf.position(buf.position() + n);
            reads[0]++;
        }
        assertArrayEquals(expected, buf.array());
        return done();
    }

    @Async
    static Coroutine<int[]> partialWrites() {
        byte[] data = new byte[4 << 20];
        new Random(42).nextBytes(data);
        try (AsyncSocket server = listener(); AsyncSocket c = aiosocket()) {
            c.setOption(StandardSocketOptions.SO_SNDBUF, 16 * 1024);
            await(c.connect(server.localAddress()));
            try (AsyncSocket s = await(server.accept())) {
                int[] reads = {0};
                Task<Void> reader = await(ensureFuture(slowReader(s, data, reads)));
                // send: what fits, at least one byte
                int first = await(c.send(ByteBuffer.wrap(data, 0, data.length)));
                assertTrue(first > 0 && first < data.length, "a 4 MiB send on a 16 KiB buffer is partial: " + first);
                await(c.sendAll(ByteBuffer.wrap(data, first, data.length - first)));
                await(reader);
                return done(new int[] {first, reads[0]});
            }
        }
    }

    @Test
    void partialWritesAndReadsKeepEveryByte() {
        int[] r = Loop.run(partialWrites());
        assertTrue(r[1] > 10, "the reader saw the data in many pieces: " + r[1]);
    }

    @Async
    static Coroutine<List<String>> exactly() {
        List<String> seen = new ArrayList<>();
        try (AsyncSocket server = listener()) {
            AsyncSocket c = await(connectTo(server));
            try (AsyncSocket s = await(server.accept()); c) {
                Task<byte[]> five = await(ensureFuture(s.recvExactly(5)));
                for (byte b = 1; b <= 7; b++) { // one byte at a time, each in its own segment
                    await(c.sendAll(new byte[] {b}));
                    await(sleep(Duration.ofMillis(1)));
                }
                seen.add(java.util.Arrays.toString(await(five)));
                ByteBuffer two = ByteBuffer.allocate(2);
                await(s.recvExactly(two));
                seen.add(java.util.Arrays.toString(two.array()));
                await(c.sendAll(new byte[] {8}));
                c.shutdownOutput();
                try {
                    await(s.recvExactly(3));
                } catch (NetException e) {
                    seen.add(e.getMessage().replaceAll("<.*>", "S"));
                }
                seen.add(await(s.recvExactly(0)).length + "");
            }
        }
        return done(seen);
    }

    @Test
    void recvExactlyWaitsForEveryByteAndSaysWhenTheStreamEndsFirst() {
        assertEquals(List.of("[1, 2, 3, 4, 5]", "[6, 7]", "recvExactly on S: the stream ended after 1 of 3 bytes", "0"),
                Loop.run(exactly()));
    }

    // ------------------------------------------------------------------ faults

    @Async
    static Coroutine<String> refused() {
        int port;
        try (AsyncSocket probe = listener()) {
            port = probe.localPort();
        }
        String message;
        try (AsyncSocket c = aiosocket()) {
            await(c.connect("127.0.0.1", port));
            message = null;
        } catch (ConnectionRefusedException e) {
            message = e.getMessage();
        }
        await(yieldNow()); // the loop goes on
        return done(message);
    }

    @Test
    void connectionRefusedIsThrownAtTheAwait() {
        String m = Loop.run(refused());
        assertNotNull(m, "connect to a closed port must fail");
        assertTrue(m.contains("connection refused"), m);
    }

    @Async
    static Coroutine<String> resetMidStream() {
        try (AsyncSocket server = listener()) {
            AsyncSocket c = await(connectTo(server));
            try (AsyncSocket s = await(server.accept())) {
                await(c.sendAll("partial".getBytes(UTF_8)));
                assertEquals("partial", new String(await(s.recv(100)), UTF_8));
                c.setOption(StandardSocketOptions.SO_LINGER, 0); // close sends RST
                c.close();
                try {
                    for (;;) {
                        byte[] b = await(s.recv(100));
                        if (b.length == 0) {
                            return done("end of stream instead of a reset");
                        }
                    }
                } catch (ConnectionResetException e) {
                    return done(e.getMessage());
                }
            }
        }
    }

    @Test
    void peerResetMidStreamIsThrownAtRecv() {
        String m = Loop.run(resetMidStream());
        assertTrue(m.contains("connection reset by peer"), m);
    }

    @Async
    static Coroutine<String> resetWhileSending() {
        try (AsyncSocket server = listener()) {
            AsyncSocket c = await(connectTo(server));
            try (AsyncSocket s = await(server.accept())) {
                s.setOption(StandardSocketOptions.SO_LINGER, 0);
                s.close();
                byte[] chunk = new byte[64 * 1024];
                try {
                    for (int i = 0; i < 1000; i++) {
                        await(c.sendAll(chunk));
                        await(sleep(Duration.ofMillis(1)));
                    }
                    return done("sent 64 MB to a reset connection");
                } catch (ConnectionResetException e) {
                    return done(e.getMessage());
                } finally {
                    c.close();
                }
            }
        }
    }

    @Test
    void peerResetIsThrownAtSend() {
        String m = Loop.run(resetWhileSending());
        assertTrue(m.contains("connection reset by peer"), m);
    }

    @Async
    static Coroutine<List<String>> useAfterClose() {
        List<String> errors = new ArrayList<>();
        try (AsyncSocket server = listener()) {
            Task<Void> echo = await(ensureFuture(echoOnce(server)));
            AsyncSocket c = await(connectTo(server));
            c.close();
            c.close(); // harmless
            assertTrue(c.isClosed());
            try {
                await(c.recv(10));
            } catch (SocketClosedException e) {
                errors.add(e.getMessage());
            }
            try {
                await(c.send(new byte[] {1}));
            } catch (SocketClosedException e) {
                errors.add(e.getMessage());
            }
            try {
                await(c.sendAll(new byte[] {1}));
            } catch (SocketClosedException e) {
                errors.add(e.getMessage());
            }
            try {
                await(c.connect(server.localAddress()));
            } catch (SocketClosedException e) {
                errors.add(e.getMessage());
            }
            await(echo);
            server.close();
            try {
                await(server.accept());
            } catch (SocketClosedException e) {
                errors.add(e.getMessage());
            }
            server.close();
        }
        return done(errors);
    }

    @Test
    void recvSendAfterCloseFailClearlyAndCloseTwiceIsHarmless() {
        List<String> errors = Loop.run(useAfterClose());
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("recv on <AsyncSocket closed"), errors.get(0));
        assertTrue(errors.get(0).endsWith("the socket is closed"), errors.get(0));
        assertTrue(errors.get(1).startsWith("send on"), errors.get(1));
        assertTrue(errors.get(4).startsWith("accept on <AsyncSocket closed listening"), errors.get(4));
    }

    @Async
    static Coroutine<String> secondReaderIsRefused() {
        try (AsyncSocket server = listener()) {
            AsyncSocket c = await(connectTo(server));
            try (AsyncSocket s = await(server.accept()); c) {
                Task<byte[]> first = await(ensureFuture(s.recv(100)));
                await(yieldNow()); // first now waits in the selector
                String error = null;
                try {
                    await(s.recv(100));
                } catch (IllegalStateException e) {
                    error = e.getMessage();
                }
                await(c.sendAll("for the first".getBytes(UTF_8)));
                assertEquals("for the first", new String(await(first), UTF_8), "the first reader is unharmed");
                return done(error);
            }
        }
    }

    @Test
    void twoTasksReadingOneSocketGetAClearError() {
        String m = Loop.run(secondReaderIsRefused());
        assertNotNull(m, "a second reader must be refused");
        assertTrue(m.contains("is already waiting to read"), m);
        assertTrue(m.contains("only one task at a time may read"), m);
    }

    @Async
    static Coroutine<String> portInUse() {
        try (AsyncSocket server = listener(); AsyncSocket other = aiosocket()) {
            try {
                other.bind("127.0.0.1", server.localPort());
                return done(null);
            } catch (AddressInUseException e) {
                await(yieldNow());
                return done(e.getMessage());
            }
        }
    }

    @Test
    void portInUseIsAClearError() {
        String m = Loop.run(portInUse());
        assertNotNull(m, "binding a port in use must fail");
        assertTrue(m.contains("address already in use"), m);
    }

    @Async
    static Coroutine<String> closeWakesTheWaiter() {
        try (AsyncSocket server = listener()) {
            AsyncSocket c = await(connectTo(server));
            try (AsyncSocket s = await(server.accept()); c) {
                Task<byte[]> reader = await(ensureFuture(s.recv(100)));
                await(yieldNow());
                s.close();
                try {
                    await(reader);
                    return done(null);
                } catch (SocketClosedException e) {
                    return done(e.getMessage());
                }
            }
        }
    }

    @Test
    void closingASocketWakesTheTaskWaitingOnIt() {
        String m = Loop.run(closeWakesTheWaiter());
        assertNotNull(m);
        assertTrue(m.contains("was closed while <Task 'recv'"), m);
    }

    @Async
    static Coroutine<Void> connectOnly(int port) {
        try (AsyncSocket c = aiosocket()) {
            await(c.connect("127.0.0.1", port));
        }
        return done();
    }

    @Async
    static Coroutine<String> faultsThenWork() {
        int closedPort;
        try (AsyncSocket probe = listener()) {
            closedPort = probe.localPort();
        }
        // a task that fails on its own: the loop goes on with the others
        Task<Void> doomed = await(ensureFuture(connectOnly(closedPort)));
        List<String> seen = new ArrayList<>(await(refused()) == null ? List.of() : List.of("refused"));
        seen.add(await(portInUse()) == null ? "bound twice?" : "in use");
        seen.addAll(await(useAfterClose()).isEmpty() ? List.of() : List.of("closed"));
        seen.add(await(resetMidStream()).contains("reset") ? "reset" : "no reset");
        // and real work still flows on the same loop
        seen.addAll(await(seedExchange()));
        assertEquals(Task.Status.ERROR, doomed.status());
        assertInstanceOf(ConnectionRefusedException.class, doomed.exception());
        return done(String.join(",", seen));
    }

    @Test
    void faultsLeaveTheLoopRunning() {
        try (Loop loop = new Loop()) {
            assertEquals("refused,in use,closed,reset,Hello World!,!dlroW olleH", loop.runUntilComplete(faultsThenWork()));
        }
    }

    // ------------------------------------------------------------------ cancellation

    static final List<String> LOG = new ArrayList<>();

    @Async
    static Coroutine<Void> blockedIn(String what, AsyncSocket s) {
        try {
            switch (what) {
                case "accept":
                    await(s.accept());
                    break;
                case "recv":
                    await(s.recv(10));
                    break;
                default:
                    throw new AssertionError(what);
            }
            LOG.add(what + " returned");
        } finally {
            LOG.add(what + " finally");
        }
        return done();
    }

    @Async
    static Coroutine<List<String>> cancelBlocked() {
        LOG.clear();
        try (AsyncSocket server = listener()) {
            Task<Void> acceptor = await(ensureFuture(blockedIn("accept", server)));
            await(yieldNow());
            await(cancel(acceptor));
            await(yieldNow());
            assertEquals(Task.Status.CANCELLED, acceptor.status());
            // the registration was undone: another task may accept now
            AsyncSocket c = await(connectTo(server));
            try (AsyncSocket s = await(server.accept()); c) {
                Task<Void> reader = await(ensureFuture(blockedIn("recv", s)));
                await(yieldNow());
                await(cancel(reader));
                await(yieldNow());
                assertEquals(Task.Status.CANCELLED, reader.status());
                await(c.sendAll(new byte[] {7}));
                assertArrayEquals(new byte[] {7}, await(s.recv(10)), "a new reader gets the data");
            }
        }
        return done(new ArrayList<>(LOG));
    }

    @Test
    void cancellingATaskBlockedInAcceptOrRecvUnregistersAndRunsFinally() {
        assertEquals(List.of("accept finally", "recv finally"), Loop.run(cancelBlocked()));
    }

    @Async
    static Coroutine<Void> connecting(AsyncSocket c, InetSocketAddress to) {
        try {
            await(c.connect(to));
            await(c.recv(10));
        } finally {
            LOG.add("connect finally");
        }
        return done();
    }

    @Async
    static Coroutine<List<String>> cancelConnect() {
        LOG.clear();
        try (AsyncSocket server = listener(); AsyncSocket c = aiosocket()) {
            Task<Void> t = await(ensureFuture(connecting(c, server.localAddress())));
            await(yieldNow()); // t starts connecting and waits
            await(cancel(t));
            await(yieldNow());
            assertEquals(Task.Status.CANCELLED, t.status());
        }
        return done(new ArrayList<>(LOG));
    }

    @Test
    void cancellingATaskInConnectRunsFinally() {
        assertEquals(List.of("connect finally"), Loop.run(cancelConnect()));
    }

    @Async
    static Coroutine<Void> blockedSending(AsyncSocket c) {
        try {
            await(c.sendAll(new byte[64 << 20]));
            LOG.add("sent all");
        } finally {
            LOG.add("send finally");
        }
        return done();
    }

    @Async
    static Coroutine<Long> drain(AsyncSocket s) {
        long n = 0;
        for (;;) {
            byte[] b = await(s.recv(1 << 16));
            if (b.length == 0) {
                return done(n);
            }
            n += b.length;
        }
    }

    @Async
    static Coroutine<List<String>> cancelSend() {
        LOG.clear();
        try (AsyncSocket server = listener(); AsyncSocket c = aiosocket()) {
            c.setOption(StandardSocketOptions.SO_SNDBUF, 16 * 1024);
            await(c.connect(server.localAddress()));
            try (AsyncSocket s = await(server.accept())) {
                Task<Void> writer = await(ensureFuture(blockedSending(c)));
                await(sleep(Duration.ofMillis(20))); // the buffers fill up; the writer waits
                assertFalse(writer.isDone());
                await(cancel(writer));
                await(yieldNow());
                assertEquals(Task.Status.CANCELLED, writer.status());
                Task<Long> reader = await(ensureFuture(drain(s)));
                await(c.sendAll(new byte[] {1, 2, 3})); // the write side is free again
                c.shutdownOutput();
                long got = await(reader);
                assertTrue(got > 3 && got < (64 << 20) + 3, "bytes received: " + got);
            }
        }
        return done(new ArrayList<>(LOG));
    }

    @Test
    void cancellingATaskBlockedInSendUnregistersAndRunsFinally() {
        assertEquals(List.of("send finally"), Loop.run(cancelSend()));
    }

    // ------------------------------------------------------------------ no leaked keys

    @Async
    static Coroutine<List<SelectableChannel>> registeredThenClosed() {
        List<SelectableChannel> channels = new ArrayList<>();
        try (AsyncSocket server = listener()) {
            Task<Void> echo = await(ensureFuture(echoOnce(server)));
            channels.add(server.channel());
            try (AsyncSocket c = await(connectTo(server))) {
                channels.add(c.channel());
                await(c.sendAll(new byte[] {1}));
                assertArrayEquals(new byte[] {1}, await(c.recv(1)));
                assertTrue(c.channel().isRegistered(), "waiting registered the channel with the loop's selector");
                c.shutdownOutput();
            }
            await(echo);
        }
        await(sleep(Duration.ofMillis(20))); // a select deregisters cancelled keys
        return done(channels);
    }

    @Test
    void closingDeregistersFromTheSelector() {
        for (SelectableChannel ch : Loop.run(registeredThenClosed())) {
            assertFalse(ch.isOpen());
            assertFalse(ch.isRegistered(), ch + " still has a selection key");
        }
    }

    @Test
    void misuseGetsClearErrors() {
        try (AsyncSocket s = aiosocket()) {
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, s::listen);
            assertTrue(e.getMessage().contains("call bind(address) first"), e.getMessage());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.recv(0));
            String m = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> Loop.run(s.recv(1))).getMessage();
            assertTrue(m.contains("not connected"), m);
            s.bind("127.0.0.1", 0);
            m = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> Loop.run(s.accept())).getMessage();
            assertTrue(m.contains("listen() first"), m);
        }
    }
}

package dev.boucle.net.udp;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.yieldNow;
import static dev.boucle.Boucle.sleep;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boucle.Async;
import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.net.ConnectionRefusedException;
import dev.boucle.net.SocketClosedException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link AsyncDatagramSocket} over loopback, IPv4 and IPv6, with real {@code @Async} code on a real loop. */
@Timeout(60)
class AsyncDatagramSocketTest {

    static boolean hasIPv6Loopback() {
        try {
            return java.net.NetworkInterface.getByInetAddress(InetAddress.getByName("::1")) != null;
        } catch (Exception e) {
            return false;
        }
    }

    @Async
    static Coroutine<Void> echoForever(AsyncDatagramSocket s) {
        for (;;) {
            Datagram d = await(s.receiveFrom());
            await(s.sendTo(d.data(), d.sender()));
        }
    }

    @Async
    static Coroutine<Void> receiveWindow(AsyncDatagramSocket client, int n, Set<Integer> back) {
        for (int i = 0; i < n; i++) {
            byte[] d = await(client.receive());
            int id = java.nio.ByteBuffer.wrap(d).getInt();
            assertArrayEquals(payload(id), d, "datagram " + id + " intact");
            assertTrue(back.add(id), "datagram " + id + " echoed twice");
        }
        return done();
    }

    @Async
    static Coroutine<Void> cancelAfter(Task<?> t, Duration d) {
        await(sleep(d));
        t.cancel();
        return done();
    }

    /**
     * Sends {@code count} numbered datagrams in windows of 64 (so loopback buffers do not overflow)
     * and checks each echo; returns [sent, came back]. UDP may lose datagrams: a window whose echoes
     * stop coming for 2 s is given up, and the loss is reported; a corrupt or duplicated one fails.
     */
    @Async
    static Coroutine<int[]> echoMany(String host, int count) {
        try (AsyncDatagramSocket server = AsyncDatagramSocket.open().bind(host, 0);
                AsyncDatagramSocket client = AsyncDatagramSocket.open().connect(server.localAddress())) {
            assertEquals(host.contains(":") ? 16 : 4, server.localAddress().getAddress().getAddress().length, "the family asked for");
            Task<Void> srv = await(ensureFuture(echoForever(server)));
            Set<Integer> back = new HashSet<>();
            int window = 64;
            for (int base = 0; base < count; base += window) {
                int end = Math.min(count, base + window);
                for (int i = base; i < end; i++) {
                    await(client.send(payload(i)));
                }
                Task<Void> rx = await(ensureFuture(receiveWindow(client, end - base, back)));
                Task<Void> dog = await(ensureFuture(cancelAfter(rx, Duration.ofSeconds(2))));
                try {
                    await(rx);
                } catch (CancelledException lost) {
                    // reported below, as the difference
                }
                dog.cancel();
            }
            srv.cancel();
            return done(new int[] {count, back.size()});
        }
    }

    static byte[] payload(int id) {
        byte[] b = new byte[4 + (id % 1000)];
        java.nio.ByteBuffer.wrap(b).putInt(id);
        for (int k = 4; k < b.length; k++) {
            b[k] = (byte) (id * 31 + k);
        }
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void tenThousandDatagramsEchoOverLoopback(String host) {
        if (host.contains(":")) {
            Assumptions.assumeTrue(hasIPv6Loopback(), "no IPv6 loopback");
        }
        int[] r = Loop.run(echoMany(host, 10_000));
        System.out.println("UDP echo over " + host + ": " + r[1] + " of " + r[0] + " datagrams came back ("
                + (r[0] - r[1]) + " lost)");
        assertTrue(r[1] >= r[0] * 99 / 100, "more than 1% lost over loopback with a window of 64: " + (r[0] - r[1]));
    }

    @Async
    static Coroutine<String> sendToAndReceiveFrom() {
        try (AsyncDatagramSocket a = AsyncDatagramSocket.open(StandardProtocolFamily.INET).bind("127.0.0.1", 0);
                AsyncDatagramSocket b = AsyncDatagramSocket.open(StandardProtocolFamily.INET).bind("127.0.0.1", 0)) {
            Task<Datagram> got = await(ensureFuture(b.receiveFrom()));
            await(a.sendTo("ping".getBytes(UTF_8), b.localAddress()));
            Datagram d = await(got);
            assertEquals(a.localAddress(), d.sender(), "the sender's address comes with the datagram");
            await(b.sendTo("pong".getBytes(UTF_8), d.sender()));
            Datagram back = await(a.receiveFrom());
            assertEquals(b.localAddress(), back.sender());
            return done(new String(d.data(), UTF_8) + " " + new String(back.data(), UTF_8));
        }
    }

    @Test
    void sendToAndReceiveFromCarryThePeersAddress() {
        assertEquals("ping pong", Loop.run(sendToAndReceiveFrom()));
    }

    @Async
    static Coroutine<String> oversize() {
        try (AsyncDatagramSocket a = AsyncDatagramSocket.open().bind("127.0.0.1", 0);
                AsyncDatagramSocket b = AsyncDatagramSocket.open().bind("127.0.0.1", 0)) {
            a.connect(b.localAddress());
            b.connect(a.localAddress());
            await(a.send(new byte[3000]));
            await(a.send("small".getBytes(UTF_8)));
            try {
                await(b.receive(1000));
                fail("a 3000-byte datagram passed max = 1000");
            } catch (DatagramTooLargeException e) {
                assertEquals(3000, e.size());
                assertEquals(1000, e.max());
                assertTrue(e.getMessage().contains("3000 bytes") && e.getMessage().contains("max = 1000"), e.getMessage());
            }
            // the next datagram is intact: the big one was dropped whole, not cut and mixed in
            String next = new String(await(b.receive(1000)), UTF_8);
            // a datagram too large for UDP is refused at send
            try {
                await(a.send(new byte[70_000]));
                fail("a 70,000-byte datagram was sent");
            } catch (RuntimeException e) {
                assertTrue(e instanceof dev.boucle.net.NetException, e.toString());
            }
            return done(next);
        }
    }

    @Test
    void aDatagramLargerThanMaxIsReportedNotCut() {
        assertEquals("small", Loop.run(oversize()));
    }

    @Async
    static Coroutine<String> unreachable() {
        int closedPort;
        try (AsyncDatagramSocket probe = AsyncDatagramSocket.open().bind("127.0.0.1", 0)) {
            closedPort = probe.localPort(); // bound then closed: nothing listens there now
        }
        try (AsyncDatagramSocket c = AsyncDatagramSocket.open().connect("127.0.0.1", closedPort)) {
            await(c.send("anyone?".getBytes(UTF_8)));
            try {
                await(c.receive());
                return done("no error");
            } catch (ConnectionRefusedException e) {
                return done(e.getMessage());
            }
        }
    }

    @Test
    void portUnreachableOnAConnectedSocketIsAClearException() {
        String m = Loop.run(unreachable());
        assertTrue(m.contains("port unreachable") && m.contains("nothing listens"), m);
    }

    @Async
    static Coroutine<String> closing() {
        AsyncDatagramSocket s = AsyncDatagramSocket.open().bind("127.0.0.1", 0);
        Task<Datagram> waiting = await(ensureFuture(s.receiveFrom()));
        await(yieldNow()); // the loop is FIFO: the receiver runs now, and can only wait (nothing was sent)
        s.close();
        try {
            await(waiting);
            return done("no error");
        } catch (SocketClosedException e) {
            try {
                await(s.receive());
                fail("receive on a closed socket");
            } catch (SocketClosedException again) {
                assertTrue(again.getMessage().contains("the socket is closed"), again.getMessage());
            }
            return done(e.getMessage());
        }
    }

    @Test
    void closeWakesAWaitingReceiver() {
        String m = Loop.run(closing());
        assertTrue(m.contains("was closed while"), m);
    }

    @Test
    void badArgumentsAreNamed() {
        try (AsyncDatagramSocket s = AsyncDatagramSocket.open()) {
            assertMessage(assertThrows(NullPointerException.class, () -> s.send(null)), "AsyncDatagramSocket.send(data): data is null");
            assertMessage(assertThrows(NullPointerException.class, () -> s.sendTo(new byte[1], null)), "sendTo(data, target): target is null");
            assertMessage(assertThrows(NullPointerException.class, () -> s.bind(null)), "bind(address): address is null");
            assertMessage(assertThrows(NullPointerException.class, () -> s.connect((InetSocketAddress) null)), "connect(peer): peer is null");
            assertMessage(assertThrows(IllegalArgumentException.class, () -> s.receive(0)), "receive(max): max is 0");
            assertMessage(assertThrows(IllegalArgumentException.class, () -> s.receiveFrom(70_000)), "max is 70000");
            assertMessage(assertThrows(IllegalStateException.class, () -> Loop.run(s.receive())), "not connected");
            assertNull(s.remoteAddress());
        }
    }

    static void assertMessage(Throwable t, String part) {
        assertTrue(String.valueOf(t.getMessage()).contains(part), "message " + t.getMessage() + " lacks: " + part);
    }
}

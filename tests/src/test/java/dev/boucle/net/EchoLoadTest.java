package dev.boucle.net;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.net.AsyncSocket.aiosocket;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many connections on one loop: every byte echoed intact, and no file descriptor left behind. */
class EchoLoadTest {

    /** The echo server: one task per connection, until {@code connections} were served. */
    @Async
    static Coroutine<Long> serve(AsyncSocket server, int connections) {
        List<Task<Long>> handlers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            AsyncSocket c = await(server.accept());
            handlers.add(await(ensureFuture(handle(c))));
        }
        long total = 0;
        for (Task<Long> h : handlers) {
            total += await(h);
        }
        return done(total);
    }

    @Async
    static Coroutine<Long> handle(AsyncSocket c) {
        long n = 0;
        try (c) {
            for (;;) {
                byte[] b = await(c.recv(64 * 1024));
                if (b.length == 0) {
                    return done(n);
                }
                n += b.length;
                await(c.sendAll(b));
            }
        }
    }

    /** Writes {@code payload} in pieces of random sizes, then half-closes. */
    @Async
    static Coroutine<Void> writeInPieces(AsyncSocket s, byte[] payload, long seed) {
        Random r = new Random(seed);
        int at = 0;
        while (at < payload.length) {
            int piece = Math.min(payload.length - at, 1 + r.nextInt(r.nextBoolean() ? 512 : 96 * 1024));
            if (r.nextBoolean()) {
                await(s.sendAll(ByteBuffer.wrap(payload, at, piece)));
                at += piece;
            } else {
                at += await(s.send(ByteBuffer.wrap(payload, at, piece)));
            }
        }
        s.shutdownOutput();
        return done();
    }

    @Async
    static Coroutine<byte[]> readBack(AsyncSocket s, int expected) {
        byte[] got = new byte[expected];
        ByteBuffer buf = ByteBuffer.wrap(got);
        for (;;) {
            if (!buf.hasRemaining()) {
                assertEquals(0, await(s.recv(1)).length, "nothing echoed beyond the payload");
                break;
            }
            if (await(s.recvInto(buf)) < 0) {
                break;
            }
        }
        assertEquals(expected, buf.position(), "bytes echoed");
        return done(got);
    }

    @Async
    static Coroutine<Integer> client(InetSocketAddress server, int size, long seed) {
        byte[] payload = new byte[size];
        new Random(seed).nextBytes(payload);
        try (AsyncSocket s = aiosocket()) {
            await(s.connect(server));
            Task<Void> writer = await(ensureFuture(writeInPieces(s, payload, seed)));
            byte[] back = await(readBack(s, size));
            await(writer);
            assertArrayEquals(payload, back, "payload of client " + seed);
        }
        return done(size);
    }

    /** Sizes from 1 byte to 1 MiB, log-uniform (most small, a few large), and a few of exactly 1 MiB. */
    static int[] sizes(int n, long seed) {
        Random r = new Random(seed);
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = i % 250 == 7 ? 1 << 20 : (int) Math.min(1 << 20, Math.pow(2, r.nextDouble() * 20.0));
        }
        return sizes;
    }

    @Async
    static Coroutine<long[]> manyClients(int n) {
        int[] sizes = sizes(n, 2024);
        try (AsyncSocket server = aiosocket().bind("127.0.0.1", 0).listen()) {
            Task<Long> served = await(ensureFuture(serve(server, n)));
            List<Task<Integer>> clients = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                clients.add(await(ensureFuture(client(server.localAddress(), sizes[i], i))));
            }
            long sent = 0;
            for (Task<Integer> c : clients) {
                sent += await(c);
            }
            return done(new long[] {sent, await(served)});
        }
    }

    @Test
    @Timeout(120)
    void aThousandConcurrentClientsGetEveryByteBack() {
        long[] r = Loop.run(manyClients(1000));
        long expected = 0;
        for (int s : sizes(1000, 2024)) {
            expected += s;
        }
        assertTrue(expected > 10 << 20, "the run moves real volume: " + expected);
        assertEquals(expected, r[0], "bytes the clients got back");
        assertEquals(expected, r[1], "bytes the server echoed");
    }

    // ------------------------------------------------------------------ file descriptors

    @Async
    static Coroutine<Integer> smallClient(InetSocketAddress server, int i) {
        try (AsyncSocket s = aiosocket()) {
            await(s.connect(server));
            byte[] msg = {(byte) i, (byte) (i >> 8)};
            await(s.sendAll(msg));
            s.shutdownOutput();
            byte[] back = await(s.recv(10));
            assertArrayEquals(msg, back);
            assertEquals(0, await(s.recv(10)).length);
        }
        return done(1);
    }

    @Async
    static Coroutine<Integer> connections(int total, int concurrency) {
        int done = 0;
        try (AsyncSocket server = aiosocket().bind("127.0.0.1", 0).listen()) {
            Task<Long> served = await(ensureFuture(serve(server, total)));
            for (int start = 0; start < total; start += concurrency) {
                List<Task<Integer>> batch = new ArrayList<>();
                for (int i = start; i < Math.min(total, start + concurrency); i++) {
                    batch.add(await(ensureFuture(smallClient(server.localAddress(), i))));
                }
                for (Task<Integer> t : batch) {
                    done += await(t);
                }
            }
            assertEquals(2L * total, await(served));
        }
        await(sleep(Duration.ofMillis(10)));
        return done(done);
    }

    /** The open file descriptors: number to what it is ("socket:[123]", "anon_inode:[eventpoll]", a path). */
    static Map<String, String> openFds() throws IOException {
        Map<String, String> fds = new TreeMap<>();
        try (Stream<Path> list = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) list::iterator) {
                try {
                    fds.put(fd.getFileName().toString(), Files.readSymbolicLink(fd).toString());
                } catch (IOException gone) {
                    // the directory stream's own descriptor, closed by now
                }
            }
        }
        return fds;
    }

    /** Sockets, selectors (epoll, eventfd) and pipes: what a socket layer or a loop could leak. */
    static boolean isNetOrLoop(String target) {
        return target.startsWith("socket:") || target.startsWith("anon_inode:") || target.startsWith("pipe:");
    }

    @Test
    @Timeout(120)
    void noFileDescriptorLeaksAfterTenThousandConnections() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc");
        assertEquals(50, Loop.run(connections(50, 10))); // warm up: classes loaded, JIT threads started
        Map<String, String> before = openFds();
        assertEquals(10_000, Loop.run(connections(10_000, 100)));
        Map<String, String> after = openFds();
        Map<String, String> added = new TreeMap<>(after);
        added.keySet().removeAll(before.keySet());
        long netBefore = before.values().stream().filter(EchoLoadTest::isNetOrLoop).count();
        long netAfter = after.values().stream().filter(EchoLoadTest::isNetOrLoop).count();
        assertEquals(netBefore, netAfter, "sockets, selectors and pipes open before and after 10,000 connections; new: " + added);
        // The JVM may open a file of its own meanwhile (a jar for a class loaded late), never many.
        assertTrue(after.size() <= before.size() + 2, "descriptors before " + before.size() + ", after " + after.size() + "; new: " + added);
    }
}

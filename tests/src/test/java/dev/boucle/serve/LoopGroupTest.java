package dev.boucle.serve;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.net.AsyncSocket;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A loop per core: threads, a shared listening address, connections that stay on their loop, closing. */
@Timeout(60)
class LoopGroupTest {

    /** Echoes lines, recording the thread of every step: a connection must never change loops. */
    @Async
    static Coroutine<Void> echo(AsyncSocket s, Map<AsyncSocket, Set<String>> threads) {
        try (s) {
            for (;;) {
                threads.computeIfAbsent(s, k -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread().getName());
                byte[] b = await(s.recv(1024));
                if (b.length == 0) {
                    break;
                }
                await(s.sendAll(b));
            }
        }
        return done();
    }

    private static void talk(int port, int rounds) throws Exception {
        try (Socket c = new Socket("127.0.0.1", port)) {
            c.setSoTimeout(20_000);
            OutputStream out = c.getOutputStream();
            InputStream in = c.getInputStream();
            for (int i = 0; i < rounds; i++) {
                byte[] msg = ("hello " + i + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(msg);
                assertEquals(new String(msg, StandardCharsets.UTF_8), new String(in.readNBytes(msg.length), StandardCharsets.UTF_8));
            }
        }
    }

    private static void servesOnEveryLoop(SharedListener.Mode mode) throws Exception {
        Map<AsyncSocket, Set<String>> threads = new ConcurrentHashMap<>();
        try (LoopGroup group = new LoopGroup(2)) {
            SharedListener l = group.listen(new InetSocketAddress("127.0.0.1", 0), mode, s -> echo(s, threads));
            assertEquals(mode, l.mode());
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                clients.add(CompletableFuture.runAsync(() -> {
                    try {
                        talk(l.localPort(), 20);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }));
            }
            CompletableFuture.allOf(clients.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);
            assertEquals(40, threads.size());
            Set<String> used = ConcurrentHashMap.newKeySet();
            for (Set<String> ts : threads.values()) {
                assertEquals(1, ts.size(), "a connection stays on its loop: " + ts);
                used.addAll(ts);
            }
            assertTrue(Set.of("boucle-loop-0", "boucle-loop-1").containsAll(used), "only the group's threads: " + used);
            if (mode == SharedListener.Mode.ACCEPTOR) {
                assertEquals(2, used.size(), "round-robin reaches both loops");
            }
        }
    }

    @Test
    void acceptorHandsConnectionsOutRoundRobin() throws Exception {
        servesOnEveryLoop(SharedListener.Mode.ACCEPTOR);
    }

    @Test
    void reusePortGivesEachLoopItsOwnListener() throws Exception {
        // Linux and the BSDs offer SO_REUSEPORT; this suite runs on Linux
        servesOnEveryLoop(SharedListener.Mode.REUSE_PORT);
    }

    @Test
    void defaultModeOnSeveralLoopsIsReusePortWhereOffered() {
        try (LoopGroup group = new LoopGroup(2)) {
            SharedListener l = group.listen(new InetSocketAddress("127.0.0.1", 0), s -> echo(s, new ConcurrentHashMap<>()));
            assertEquals(SharedListener.Mode.REUSE_PORT, l.mode());
        }
        try (LoopGroup group = new LoopGroup(1)) {
            SharedListener l = group.listen(new InetSocketAddress("127.0.0.1", 0), s -> echo(s, new ConcurrentHashMap<>()));
            assertEquals(SharedListener.Mode.ACCEPTOR, l.mode());
        }
    }

    @Async
    static Coroutine<Void> sleepForever(CountDownLatch started, AtomicInteger cleanedUp) {
        try {
            started.countDown();
            await(sleep(Duration.ofDays(1)));
        } finally {
            cleanedUp.incrementAndGet();
        }
        return done();
    }

    @Test
    void closingCancelsAndFinishesEveryLoopsTasks() throws Exception {
        LoopGroup group = new LoopGroup(3);
        CountDownLatch started = new CountDownLatch(6);
        AtomicInteger cleanedUp = new AtomicInteger();
        for (int i = 0; i < 6; i++) {
            group.spawn(i % 3, () -> sleepForever(started, cleanedUp));
        }
        Map<AsyncSocket, Set<String>> threads = new ConcurrentHashMap<>();
        SharedListener l = group.listen(new InetSocketAddress("127.0.0.1", 0), s -> echo(s, threads));
        int port = l.localPort();
        Socket idle = new Socket("127.0.0.1", port); // a connection whose task waits in recv
        talk(port, 1);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        group.close();
        assertEquals(6, cleanedUp.get(), "every task's finally ran");
        assertTrue(group.awaitTermination(Duration.ZERO), "every loop has ended");
        for (int i = 0; i < 3; i++) {
            assertTrue(group.loop(i).isClosed());
        }
        assertEquals(-1, idle.getInputStream().read(), "the connection's task closed its socket");
        idle.close();
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "the listening sockets are closed");
        assertThrows(IllegalStateException.class, () -> group.execute(0, () -> { }));
        group.close(); // harmless twice
    }

    @Test
    void crossLoopWorkRunsOnTheTargetLoopsThread() throws Exception {
        try (LoopGroup group = new LoopGroup(2)) {
            CompletableFuture<String> where = new CompletableFuture<>();
            group.execute(0, () -> {
                assertEquals(0, group.currentIndex());
                Loop mine = Loop.current();
                group.execute(1, () -> where.complete(Thread.currentThread().getName() + " " + (Loop.current() != mine)
                        + " " + group.currentIndex()));
            });
            assertEquals("boucle-loop-1 true 1", where.get(10, TimeUnit.SECONDS));
            assertEquals(-1, group.currentIndex(), "the test thread is not a loop");
        }
    }

    @Test
    void badArgumentsAreRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LoopGroup(0));
        assertTrue(e.getMessage().contains("LoopGroup(0)"), e.getMessage());
        try (LoopGroup group = new LoopGroup(1)) {
            assertThrows(IndexOutOfBoundsException.class, () -> group.loop(1));
            assertThrows(NullPointerException.class, () -> group.listen(null, s -> echo(s, Map.of())));
            IllegalStateException inLoop = assertThrows(IllegalStateException.class, () -> {
                CompletableFuture<RuntimeException> f = new CompletableFuture<>();
                group.execute(0, () -> {
                    try {
                        group.close();
                        f.complete(null);
                    } catch (RuntimeException x) {
                        f.complete(x);
                    }
                });
                throw f.get(10, TimeUnit.SECONDS);
            });
            assertTrue(inLoop.getMessage().contains("would wait for itself"), inLoop.getMessage());
            assertFalse(group.loop(0).isClosed(), "the refused close changed nothing");
        }
    }
}

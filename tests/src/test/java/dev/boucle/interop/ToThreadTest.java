package dev.boucle.interop;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.toThread;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code toThread}: blocking calls run off the loop, which keeps running. */
@Timeout(120)
class ToThreadTest {

    /**
     * Ticks every {@code every} at a fixed rate (a tick that comes late by less than a period does not
     * delay the next; ticks missed by more are skipped, not caught up), until {@code until} is done.
     */
    @Async
    static Coroutine<Integer> ticker(Duration every, Task<?> until) {
        long period = every.toNanos();
        long next = System.nanoTime() + period;
        int ticks = 0;
        while (!until.isDone()) {
            await(sleep(Duration.ofNanos(Math.max(0, next - System.nanoTime()))));
            ticks++;
            long now = System.nanoTime();
            next += period;
            if (next < now) {
                next = now + period; // a stalled loop gets no credit for the ticks it missed
            }
        }
        return done(ticks);
    }

    @Async
    static Coroutine<String> sleepOffTheLoopWhileTicking() {
        Task<String> blocking = await(ensureFuture(toThread(() -> {
            Thread.sleep(1000);
            return "slept on " + Thread.currentThread().getName();
        })));
        Task<Integer> ticks = await(ensureFuture(ticker(Duration.ofMillis(10), blocking)));
        String where = await(blocking);
        int n = await(ticks);
        return done(where + ", " + n + " ticks");
    }

    @Test
    void aOneSecondSleepOnAThreadLetsATenMsTickerTickAtLeast80Times() {
        String got = Loop.run(sleepOffTheLoopWhileTicking());
        assertTrue(got.startsWith("slept on boucle-worker-"), got);
        int ticks = Integer.parseInt(got.replaceAll(".*, (\\d+) ticks", "$1"));
        assertTrue(ticks >= 80, got);
    }

    @Async
    static <T> Coroutine<T> offload(java.util.concurrent.Callable<T> c) {
        T v = await(toThread(c));
        return done(v);
    }

    @Test
    void theCallsExceptionIsThrownAtTheAwait() {
        IOException io = new IOException("disk");
        assertSame(io, assertThrows(IOException.class, () -> Loop.run(offload(() -> {
            throw io;
        }))));
    }

    @Async
    static Coroutine<String> cancelBlocked(CountDownLatch started, List<String> log) {
        Task<String> t = await(ensureFuture(blockedAwaiter(started, log)));
        while (started.getCount() > 0) {
            await(sleep(Duration.ofMillis(1)));
        }
        t.cancel();
        try {
            await(t);
        } catch (CancelledException e) {
            log.add("awaiter cancelled");
        }
        return done("ok");
    }

    @Async
    static Coroutine<String> blockedAwaiter(CountDownLatch started, List<String> log) {
        try {
            return done(await(toThread(() -> {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                    return "not interrupted";
                } catch (InterruptedException e) {
                    synchronized (log) {
                        log.add("worker interrupted");
                    }
                    throw e;
                }
            })));
        } finally {
            synchronized (log) {
                log.add("finally");
            }
        }
    }

    @Test
    void cancellingTheAwaiterInterruptsTheWorkerAndNoThreadOutlivesTheLoop() {
        Set<Thread> before = liveThreads();
        List<String> log = new ArrayList<>();
        long t0 = System.nanoTime();
        assertEquals("ok", Loop.run(cancelBlocked(new CountDownLatch(1), log)));
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "the 60 s sleep was not interrupted");
        // Loop.run closed the loop, which joined its workers: the interrupted one has logged by now
        synchronized (log) {
            assertTrue(log.contains("worker interrupted"), log.toString());
            assertTrue(log.indexOf("finally") < log.indexOf("awaiter cancelled"), log.toString());
        }
        Set<Thread> after = liveThreads();
        after.removeAll(before);
        assertEquals(Set.of(), after, "threads left alive after Loop.run returned");
    }

    @Async
    static Coroutine<Integer> manyCalls(int n) {
        List<Task<Integer>> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            ts.add(await(ensureFuture(toThread(() -> {
                Thread.sleep(5);
                return k;
            }))));
        }
        int sum = 0;
        for (Task<Integer> t : ts) {
            sum += await(t);
        }
        return done(sum);
    }

    @Test
    void theDefaultPoolIsBoundedAndEndsWithTheLoop() {
        Set<Thread> before = liveThreads();
        assertEquals(199 * 200 / 2, Loop.run(manyCalls(200)));
        Set<Thread> after = liveThreads();
        after.removeAll(before);
        assertEquals(Set.of(), after, "threads left alive after Loop.run returned");
    }

    @Test
    void closingALoopWithoutCancellingStillStopsItsWorkers() throws Exception {
        Set<Thread> before = liveThreads();
        CountDownLatch started = new CountDownLatch(1);
        Loop loop = new Loop();
        Task<String> t = loop.schedule(offload(() -> {
            started.countDown();
            Thread.sleep(60_000);
            return "slept";
        }));
        while (started.getCount() > 0) {
            loop.runUntilComplete(offload(() -> "turn"));
        }
        loop.close(); // drops t, interrupts and joins its worker
        assertTrue(!t.isDone());
        Set<Thread> after = liveThreads();
        after.removeAll(before);
        assertEquals(Set.of(), after);
    }

    @Async
    static Coroutine<String> onExecutor(ExecutorService ex) {
        String a = await(Interop.toThread(ex, () -> Thread.currentThread().getName()));
        return done(a);
    }

    @Test
    void theExecutorFormRunsOnTheGivenExecutorAndARefusalFailsTheAwait() throws Exception {
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> new Thread(r, "mine"));
        try {
            assertEquals("mine", Loop.run(onExecutor(ex)));
        } finally {
            ex.shutdown();
            assertTrue(ex.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertThrows(RejectedExecutionException.class, () -> Loop.run(onExecutor(ex)));
    }

    @Test
    void theWorkerIsNotTheLoopThread() {
        assertNotEquals(Thread.currentThread().getName(), Loop.run(offload(() -> Thread.currentThread().getName())));
    }

    @Async
    static Coroutine<Void> spin() {
        await(yieldNow());
        return done();
    }

    static Set<Thread> liveThreads() {
        return new HashSet<>(Thread.getAllStackTraces().keySet());
    }
}

package dev.boucle.interop;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code await(CompletionStage)}: futures completed on any thread resume their task on its loop. */
@Timeout(120)
class FuturesTest {

    @Async
    static <T> Coroutine<T> awaitIt(CompletionStage<T> f) {
        T v = await(f);
        return done(v);
    }

    /** The value, and the thread the task resumed on. */
    @Async
    static Coroutine<String> awaitAndSayWhere(CompletableFuture<String> f) {
        String v = await(f);
        return done(v + " on " + Thread.currentThread().getName());
    }

    @Test
    void anAlreadyCompletedFutureGivesItsValueWithoutSuspending() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.schedule(logAfter(CompletableFuture.completedFuture("now"), "a", log));
            loop.schedule(logAfter(CompletableFuture.completedFuture("now"), "b", log));
            loop.runUntilEmpty();
        }
        // a does not suspend at its await, so it finishes before b starts
        assertEquals(List.of("a start", "a now", "b start", "b now"), log);
    }

    @Async
    static Coroutine<Void> logAfter(CompletionStage<String> f, String name, List<String> log) {
        log.add(name + " start");
        String v = await(f);
        log.add(name + " " + v);
        return done();
    }

    @Test
    void aFutureCompletedFromAnotherThreadResumesTheTaskOnItsLoopThread() throws Exception {
        CompletableFuture<String> f = new CompletableFuture<>();
        Thread completer = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            f.complete("hello");
        }, "completer");
        String loopThread = Thread.currentThread().getName();
        completer.start();
        long t0 = System.nanoTime();
        String got = Loop.run(awaitAndSayWhere(f));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        completer.join();
        assertEquals("hello on " + loopThread, got);
        assertTrue(ms < 10_000, "woken " + ms + " ms later");
    }

    @Test
    void aFutureCompletedWhileTheLoopSleepsOnALongTimerWakesItAtOnce() throws Exception {
        CompletableFuture<String> f = new CompletableFuture<>();
        try (Loop loop = new Loop()) {
            loop.callLater(Duration.ofSeconds(60), () -> { }); // an unrelated timer: the loop blocks until it
            Thread completer = new Thread(() -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                f.complete("x");
            });
            completer.start();
            long t0 = System.nanoTime();
            assertEquals("x", loop.runUntilComplete(awaitIt(f)));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            completer.join();
            assertTrue(ms < 30_000, "woken after " + ms + " ms: by the timer, not by the future");
        }
    }

    @Test
    void theCauseOfACompletionExceptionIsThrownUnwrapped() {
        CompletableFuture<String> f = CompletableFuture.supplyAsync(() -> {
            throw new IllegalArgumentException("boom");
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Loop.run(awaitIt(f)));
        assertEquals("boom", e.getMessage());
        IOException io = new IOException("io");
        CompletableFuture<String> failed = CompletableFuture.failedFuture(io);
        assertSame(io, assertThrows(IOException.class, () -> Loop.run(awaitIt(failed))));
        CompletableFuture<String> later = new CompletableFuture<>();
        new Thread(() -> later.completeExceptionally(new java.util.concurrent.CompletionException(io))).start();
        assertSame(io, assertThrows(IOException.class, () -> Loop.run(awaitIt(later))));
    }

    @Test
    void aCancelledFutureThrowsCancellationExceptionAtTheAwait() {
        CompletableFuture<String> f = new CompletableFuture<>();
        f.cancel(true);
        assertThrows(CancellationException.class, () -> Loop.run(awaitIt(f)));
    }

    @Test
    void anyCompletionStageCanBeAwaited() {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        CompletionStage<Integer> minimal = f.minimalCompletionStage().thenApply(x -> x * 2);
        new Thread(() -> f.complete(21)).start();
        assertEquals(42, Loop.run(awaitIt(minimal)));
    }

    @Async
    static Coroutine<String> cancelAfterStart(CompletableFuture<String> f, boolean cancelling, List<String> log) {
        Task<String> t = await(ensureFuture(awaiter(f, cancelling, log)));
        await(yieldNow());
        t.cancel();
        try {
            await(t);
        } catch (CancelledException e) {
            log.add("joined cancelled");
        }
        return done("cancelled=" + f.isCancelled());
    }

    @Async
    static Coroutine<String> awaiter(CompletableFuture<String> f, boolean cancelling, List<String> log) {
        try {
            return done(cancelling ? await(Interop.cancelling(f)) : await(f));
        } finally {
            log.add("finally");
        }
    }

    @Test
    void cancellingTheAwaiterLeavesTheFutureAloneByDefault() {
        CompletableFuture<String> f = new CompletableFuture<>();
        List<String> log = new ArrayList<>();
        assertEquals("cancelled=false", Loop.run(cancelAfterStart(f, false, log)));
        assertEquals(List.of("finally", "joined cancelled"), log);
        assertFalse(f.isDone());
        f.complete("late"); // the link left on the future finds nobody waiting: nothing happens
    }

    @Test
    void interopCancellingCancelsTheFutureWithTheAwaiter() {
        CompletableFuture<String> f = new CompletableFuture<>();
        List<String> log = new ArrayList<>();
        assertEquals("cancelled=true", Loop.run(cancelAfterStart(f, true, log)));
        assertEquals(List.of("finally", "joined cancelled"), log);
    }

    /** Awaits {@code fs[from..to)} in order; adds each value's check to {@code sum}. */
    @Async
    static Coroutine<Void> awaitMany(CompletableFuture<Integer>[] fs, int from, int to, Thread loopThread, AtomicInteger wrong,
            long[] sum) {
        for (int i = from; i < to; i++) {
            int v = await(fs[i]);
            if (v != i || Thread.currentThread() != loopThread) {
                wrong.incrementAndGet();
            }
            sum[0] += v;
        }
        return done();
    }

    @Async
    static Coroutine<Void> one(CompletableFuture<Integer> f, int i, Thread loopThread, AtomicInteger wrong, int[] resumed) {
        int v = await(f);
        if (v != i || Thread.currentThread() != loopThread) {
            wrong.incrementAndGet();
        }
        resumed[i]++;
        return done();
    }

    @Test
    void aMillionFuturesCompletedFromEightThreadsEachResumeTheirTaskOnceOnTheLoopThread() throws Exception {
        int n = 1_000_000;
        int threads = 8;
        @SuppressWarnings("unchecked")
        CompletableFuture<Integer>[] fs = new CompletableFuture[n];
        for (int i = 0; i < n; i++) {
            fs[i] = new CompletableFuture<>();
        }
        int[] resumed = new int[n];
        AtomicInteger wrong = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Thread[] completers = new Thread[threads];
        for (int k = 0; k < threads; k++) {
            int first = k;
            completers[k] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = first; i < n; i += threads) {
                    fs[i].complete(i);
                }
            }, "completer-" + k);
            completers[k].start();
        }
        try (Loop loop = new Loop()) {
            Thread me = Thread.currentThread();
            for (int i = 0; i < n; i++) {
                loop.schedule(one(fs[i], i, me, wrong, resumed));
            }
            loop.callSoon(go::countDown); // complete them while the tasks wait, and while some still start
            loop.runUntilEmpty();
        }
        for (Thread c : completers) {
            c.join();
        }
        assertEquals(0, wrong.get(), "tasks resumed with a wrong value or on a wrong thread");
        for (int i = 0; i < n; i++) {
            if (resumed[i] != 1) {
                throw new AssertionError("task " + i + " resumed " + resumed[i] + " times");
            }
        }
    }
}

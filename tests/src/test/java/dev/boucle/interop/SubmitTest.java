package dev.boucle.interop;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code Loop.submit}, {@code Task.toCompletableFuture} and a loop on its own thread. */
@Timeout(60)
class SubmitTest {

    @Async
    static Coroutine<String> where(String tag) {
        await(sleep(Duration.ofMillis(1)));
        return done(tag + "@" + Thread.currentThread().getName());
    }

    @Async
    static Coroutine<String> sleepsLong(List<String> log, CountDownLatch started) {
        started.countDown();
        try {
            await(sleep(Duration.ofSeconds(60)));
            return done("woke");
        } finally {
            log.add("finally on " + Thread.currentThread().getName());
        }
    }

    @Async
    static Coroutine<String> fails() {
        await(sleep(Duration.ofMillis(1)));
        throw new IllegalStateException("boom");
    }

    @Test
    void submitFromManyThreadsRunsOnTheLoopThread() throws Exception {
        try (LoopThread lt = LoopThread.start("looper")) {
            CompletableFuture<?>[] fs = new CompletableFuture<?>[4];
            Thread[] ts = new Thread[4];
            for (int i = 0; i < ts.length; i++) {
                int k = i;
                ts[i] = new Thread(() -> fs[k] = lt.submit(where("t" + k)));
                ts[i].start();
            }
            for (int i = 0; i < ts.length; i++) {
                ts[i].join();
                assertEquals("t" + i + "@looper", fs[i].get(10, TimeUnit.SECONDS));
            }
            ExecutionException e = assertThrows(ExecutionException.class, () -> lt.submit(fails()).get(10, TimeUnit.SECONDS));
            assertEquals("boom", e.getCause().getMessage());
        }
    }

    @Test
    void cancellingTheFutureCancelsTheTaskAndItsFinallyRuns() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        try (LoopThread lt = LoopThread.start("looper")) {
            CompletableFuture<String> f = lt.submit(sleepsLong(log, started));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertTrue(f.cancel(true));
            assertThrows(CancellationException.class, f::join);
            CompletableFuture<String> probe = lt.submit(where("probe"));
            probe.get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 1000 && log.isEmpty(); i++) {
                lt.submit(where("again")).get(10, TimeUnit.SECONDS); // the cancellation is a post: let it run
            }
            assertEquals(List.of("finally on looper"), log);
        }
    }

    @Test
    void stoppingTheLoopThreadCancelsPendingTasksAndLetsThemFinish() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(2);
        LoopThread lt = LoopThread.start("looper");
        CompletableFuture<String> a = lt.submit(sleepsLong(log, started));
        CompletableFuture<String> b = lt.submit(sleepsLong(log, started));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        lt.stop(); // returns once the thread has ended
        assertEquals(List.of("finally on looper", "finally on looper"), log);
        assertTrue(a.isCancelled() && b.isCancelled());
        assertTrue(lt.loop().isClosed());
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> lt.submit(where("late")));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        lt.stop(); // a second stop does nothing
    }

    @Async
    static Coroutine<Integer> value(int v) {
        await(sleep(Duration.ofMillis(1)));
        return done(v);
    }

    @Test
    void toCompletableFutureCompletesWithTheTask() {
        try (Loop loop = new Loop()) {
            Task<Integer> t = loop.schedule(value(7));
            CompletableFuture<Integer> f = t.toCompletableFuture();
            Task<String> bad = loop.schedule(fails());
            CompletableFuture<String> g = bad.toCompletableFuture();
            loop.runUntilEmpty();
            assertEquals(7, f.join());
            assertEquals("boom", assertThrows(java.util.concurrent.CompletionException.class, g::join).getCause().getMessage());
        }
    }

    @Test
    void aSubmissionTheLoopNeverRunsFailsWhenItCloses() {
        Loop loop = new Loop();
        CompletableFuture<String> f = loop.submit(where("never"));
        loop.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
    }
}

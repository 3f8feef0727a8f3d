package dev.boucle.interop;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Task;
import dev.boucle.Waiter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A task of loop B awaits a task of loop A, each loop on its own thread. */
@Timeout(60)
class CrossLoopJoinTest {

    @Async
    static Coroutine<String> slow(String v, Duration d) {
        await(sleep(d));
        return done(v + "@" + Thread.currentThread().getName());
    }

    @Async
    static Coroutine<String> failing(Duration d) {
        await(sleep(d));
        throw new IllegalArgumentException("A failed");
    }

    @Async
    static Coroutine<String> join(Task<String> other) {
        String v = await(other);
        return done(v + " joined@" + Thread.currentThread().getName());
    }

    @Async
    static Coroutine<String> joinCounting(Task<String> other, List<String> log) {
        try {
            return done(await(other));
        } finally {
            log.add("finally@" + Thread.currentThread().getName());
        }
    }

    @Test
    void aTaskOfLoopBWakesWhenTheTaskOfLoopAItJoinsFinishes() throws Exception {
        try (LoopThread a = LoopThread.start("A"); LoopThread b = LoopThread.start("B")) {
            // B idles in its selector (its next timer is a minute away) while A's task runs
            b.submit(slow("far", Duration.ofMinutes(1)));
            Task<String> onA = taskOf(a, slow("x", Duration.ofMillis(200)));
            long t0 = System.nanoTime();
            String got = b.submit(join(onA)).get(30, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("x@A joined@B", got);
            assertTrue(ms < 20_000, "B woke " + ms + " ms later");
            // already done when B joins: answered at once, through A
            assertEquals("x@A joined@B", b.submit(join(onA)).get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void theJoinRethrowsTheFailureOfTheOtherLoopsTask() throws Exception {
        try (LoopThread a = LoopThread.start("A"); LoopThread b = LoopThread.start("B")) {
            Task<String> onA = taskOf(a, failing(Duration.ofMillis(50)));
            ExecutionException e = assertThrows(ExecutionException.class, () -> b.submit(join(onA)).get(30, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void cancellingTheJoinerDetachesItAndTheTargetFinishesUntroubled() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        try (LoopThread a = LoopThread.start("A"); LoopThread b = LoopThread.start("B")) {
            Waiter release = new Waiter(1);
            Task<String> onA = taskOf(a, waitFor(release));
            CompletableFuture<String> joiner = b.submit(joinCounting(onA, log));
            Thread.sleep(50); // not an ordering the test relies on: both outcomes below hold either way
            assertTrue(joiner.cancel(true));
            for (int i = 0; i < 2000 && log.isEmpty(); i++) {
                b.submit(slow("tick", Duration.ZERO)).get(10, TimeUnit.SECONDS);
            }
            assertEquals(List.of("finally@B"), log);
            a.loop().callSoonThreadsafe(release::set);
            assertEquals("released@A", onA.toCompletableFuture().get(10, TimeUnit.SECONDS));
            assertTrue(onA.isDone());
            // A's task has no listener left from the cancelled join: it finished without waking B's dead task
            assertThrows(CancelledException.class, () -> rethrow(joiner));
        }
    }

    private static void rethrow(CompletableFuture<?> f) throws Throwable {
        try {
            f.join();
        } catch (java.util.concurrent.CancellationException e) {
            throw new CancelledException("cancelled");
        }
    }

    @Async
    static Coroutine<String> waitFor(Waiter w) {
        await(w);
        return done("released@" + Thread.currentThread().getName());
    }

    @Test
    void manyJoinsAcrossTwoLoopsEachResumeOnce() throws Exception {
        try (LoopThread a = LoopThread.start("A"); LoopThread b = LoopThread.start("B")) {
            int n = 2000;
            @SuppressWarnings("unchecked")
            CompletableFuture<String>[] fs = new CompletableFuture[n];
            for (int i = 0; i < n; i++) {
                Task<String> onA = taskOf(a, slow("v" + i, Duration.ofMillis(i % 7)));
                fs[i] = b.submit(join(onA));
            }
            for (int i = 0; i < n; i++) {
                assertEquals("v" + i + "@A joined@B", fs[i].get(30, TimeUnit.SECONDS));
            }
        }
    }

    /** Schedules {@code c} on {@code lt}'s loop and returns the task, from this thread. */
    private static <T> Task<T> taskOf(LoopThread lt, Coroutine<T> c) throws Exception {
        CompletableFuture<Task<T>> made = new CompletableFuture<>();
        CountDownLatch done = new CountDownLatch(1);
        lt.loop().callSoonThreadsafe(() -> {
            made.complete(lt.loop().schedule(c));
            done.countDown();
        });
        return made.get(10, TimeUnit.SECONDS);
    }
}

package dev.boucle;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The loop's order and life cycle, with real {@code @Async} methods under the agent. */
@Timeout(60)
class LoopSemanticsTest {

    @Async
    static Coroutine<String> turns(String name, int n, List<String> log) {
        for (int i = 0; i < n; i++) {
            log.add(name + i);
            await(yieldNow());
        }
        return done(name);
    }

    @Test
    void tasksRunRoundRobinInFifoOrder() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> a = loop.schedule(turns("a", 3, log));
            Task<String> b = loop.schedule(turns("b", 1, log));
            Task<String> c = loop.schedule(turns("c", 2, log));
            loop.runUntilEmpty();
            assertEquals(List.of("a0", "b0", "c0", "a1", "c1", "a2"), log);
            assertEquals("<Task 'turns' [FINISHED] (a)>", a.toString());
            assertEquals("b", b.result());
            assertEquals("c", c.result());
        }
    }

    @Async
    static Coroutine<Void> spawner(List<String> log) {
        log.add("parent before");
        Task<String> child = await(ensureFuture(turns("child", 2, log)));
        log.add("parent after");
        await(yieldNow());
        log.add("parent joins");
        String r = await(child);
        log.add("parent got " + r);
        return done();
    }

    @Test
    void theSenderOfScheduleRunsAgainBeforeTheTaskItSpawned() {
        List<String> log = new ArrayList<>();
        Loop.run(spawner(log));
        assertEquals(List.of("parent before", "parent after", "child0", "parent joins", "child1", "parent got child"), log);
    }

    @Async
    static Coroutine<Void> sleeper(String name, long millis, List<String> log) {
        await(sleep(Duration.ofMillis(millis)));
        log.add(name);
        return done();
    }

    @Test
    void sleepsEndInDeadlineOrder() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.schedule(sleeper("300", 300, log));
            loop.schedule(sleeper("100", 100, log));
            loop.schedule(sleeper("200", 200, log));
            loop.schedule(sleeper("0", 0, log));
            long t0 = System.nanoTime();
            loop.runUntilEmpty();
            assertTrue(System.nanoTime() - t0 >= 300_000_000L);
        }
        assertEquals(List.of("0", "100", "200", "300"), log);
    }

    @Async
    static Coroutine<Void> sleepUntil(String name, java.time.Instant when, List<String> log) {
        await(Boucle.sleepUntil(when));
        log.add(name);
        return done();
    }

    @Test
    void sleepsWithTheSameDeadlineEndInSchedulingOrder() {
        List<String> log = new ArrayList<>();
        java.time.Instant when = java.time.Instant.now().plusMillis(50);
        try (Loop loop = new Loop()) {
            for (int i = 0; i < 10; i++) {
                loop.schedule(sleepUntil("t" + i, when, log));
            }
            loop.runUntilEmpty();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expected.add("t" + i);
        }
        assertEquals(expected, log);
    }

    @Async
    static Coroutine<Integer> counter(int[] total) {
        total[0]++;
        await(yieldNow());
        total[0]++;
        await(sleep(Duration.ofMillis(1)));
        total[0]++;
        return done(1);
    }

    @Test
    void aHundredThousandTasks() {
        int n = 100_000;
        int[] total = {0};
        int[] finished = {0};
        try (Loop loop = new Loop()) {
            loop.onTaskDone(t -> finished[0] += (Integer) t.result());
            for (int i = 0; i < n; i++) {
                loop.schedule(counter(total));
            }
            loop.runUntilEmpty();
        }
        assertEquals(3 * n, total[0]);
        assertEquals(n, finished[0]);
    }

    @Async
    static Coroutine<String> fails(String message) {
        await(yieldNow());
        throw new IllegalStateException(message);
    }

    @Async
    static Coroutine<String> catches(Task<String> other) {
        try {
            return done(await(other));
        } catch (IllegalStateException e) {
            return done("caught " + e.getMessage());
        }
    }

    @Test
    void oneTasksExceptionLeavesTheOthersRunningAndCrossesAwait() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> bad = loop.schedule(fails("Boum!"));
            Task<String> good = loop.schedule(turns("good", 5, log));
            Task<String> catcher = loop.schedule(catches(bad));
            loop.runUntilEmpty();
            assertEquals(Task.Status.ERROR, bad.status());
            assertEquals("<Task 'fails' [ERROR] (java.lang.IllegalStateException: Boum!)>", bad.toString());
            assertEquals("good", good.result());
            assertEquals(5, log.size());
            assertEquals("caught Boum!", catcher.result());
        }
    }

    @Test
    void runUntilCompleteRethrowsTheCoroutinesOwnException() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Loop.run(fails("from run")));
        assertEquals("from run", e.getMessage());
    }

    @Async
    static Coroutine<Loop> whichLoop() {
        await(yieldNow());
        return done(Loop.current());
    }

    @Test
    void currentIsTheLoopRunningTheTask() {
        try (Loop loop = new Loop()) {
            assertSame(loop, loop.runUntilComplete(whichLoop()));
        }
    }

    @Async
    static Coroutine<Integer> deep(int n) {
        if (n == 0) {
            await(yieldNow());
            return done(0);
        }
        return done(await(deep(n - 1)) + 1);
    }

    @Test
    void joinsFromManyTasksBeforeAndAfterTheEnd() {
        try (Loop loop = new Loop()) {
            Task<Integer> target = loop.schedule(deep(1000));
            List<Task<Integer>> early = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                early.add(loop.schedule(join(target)));
            }
            loop.runUntilEmpty();
            Task<Integer> late = loop.schedule(join(target));
            loop.runUntilEmpty();
            for (Task<Integer> t : early) {
                assertEquals(1000, t.result());
            }
            assertEquals(1000, late.result());
        }
    }

    @Async
    static <T> Coroutine<T> join(Task<T> t) {
        return done(await(t));
    }
}

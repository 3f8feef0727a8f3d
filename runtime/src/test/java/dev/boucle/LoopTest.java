package dev.boucle;

import static dev.boucle.Script.await;
import static dev.boucle.Script.check;
import static dev.boucle.Script.coroutine;
import static dev.boucle.Script.yielder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop's order and life cycle, with hand-written state machines (no agent). */
class LoopTest {

    /** Seed 002's tic_tac. */
    static Coroutine<String> ticTac(List<String> out) {
        return coroutine("ticTac", (label, v, e) -> {
            check(e);
            switch (label) {
                case 0: out.add("Tic"); return await(Boucle.yieldNow());
                case 1: out.add("Tac"); return await(Boucle.yieldNow());
                default: return "Boum!";
            }
        });
    }

    static Coroutine<String> spam(List<String> out) {
        return coroutine("spam", (label, v, e) -> {
            check(e);
            switch (label) {
                case 0: out.add("spam"); return await(Boucle.yieldNow());
                case 1: out.add("eggs"); return await(Boucle.yieldNow());
                case 2: out.add("bacon"); return await(Boucle.yieldNow());
                default: return "spam";
            }
        });
    }

    @Test
    void ticTacAndSpamPrintTheSeedsLines() {
        List<String> out = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.onTaskDone(t -> out.add(t.toString()));
            loop.schedule(ticTac(out));
            loop.schedule(spam(out));
            loop.runUntilEmpty();
        }
        assertEquals(List.of("Tic", "spam", "Tac", "eggs", "<Task 'ticTac' [FINISHED] (Boum!)>", "bacon",
                "<Task 'spam' [FINISHED] (spam)>"), out);
    }

    @Test
    void roundRobinInFifoOrder() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.schedule(yielder("a", 3, log));
            loop.schedule(yielder("b", 1, log));
            loop.schedule(yielder("c", 2, log));
            loop.runUntilEmpty();
        }
        assertEquals(List.of("a0", "b0", "c0", "a1", "c1", "a2"), log);
    }

    @Test
    void aHundredThousandTasks() {
        int n = 100_000;
        int[] finished = {0};
        List<String> sink = new ArrayList<>() {
            @Override
            public boolean add(String s) {
                return true;
            }
        };
        try (Loop loop = new Loop()) {
            List<Task<String>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tasks.add(loop.schedule(yielder("t", 3, sink)));
            }
            loop.onTaskDone(t -> finished[0]++);
            loop.runUntilEmpty();
            assertEquals(n, finished[0]);
            for (Task<String> t : tasks) {
                assertEquals(Task.Status.FINISHED, t.status());
            }
        }
    }

    @Test
    void runUntilCompleteReturnsTheResultAndStopsAtOnce() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> other = loop.schedule(yielder("other", 10, log));
            assertEquals("main", loop.runUntilComplete(yielder("main", 2, log)));
            assertEquals(List.of("other0", "main0", "other1", "main1", "other2"), log);
            assertEquals(Task.Status.RUNNING, other.status());
            loop.runUntilEmpty();
            assertEquals("other", other.result());
        }
    }

    @Test
    void runUntilCompleteRethrowsTheCoroutinesException() {
        IllegalStateException boom = new IllegalStateException("boom");
        Coroutine<String> c = coroutine("fails", (label, v, e) -> {
            if (label == 0) {
                return await(Boucle.yieldNow());
            }
            throw boom;
        });
        assertSame(boom, assertThrows(IllegalStateException.class, () -> Loop.run(c)));
    }

    @Test
    void aFailingTaskLeavesTheOthersRunningAndKeepsItsException() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> bad = loop.schedule(coroutine("bad", (label, v, e) -> {
                if (label == 0) {
                    return await(Boucle.yieldNow());
                }
                throw new IllegalArgumentException("Boum!");
            }));
            Task<String> good = loop.schedule(yielder("good", 4, log));
            loop.runUntilEmpty();
            assertEquals(Task.Status.ERROR, bad.status());
            assertEquals("Boum!", bad.exception().getMessage());
            assertEquals("<Task 'bad' [ERROR] (java.lang.IllegalArgumentException: Boum!)>", bad.toString());
            assertThrows(IllegalArgumentException.class, bad::result);
            assertEquals("good", good.result());
            assertEquals(4, log.size());
        }
    }

    @Test
    void doneCoroutinesAndStatusesAndNames() {
        try (Loop loop = new Loop()) {
            Task<Integer> t = loop.schedule(Boucle.done(42));
            assertEquals("<Task 'done' [NEW] (null)>", t.toString());
            assertEquals(Task.Status.NEW, t.status());
            assertThrows(IllegalStateException.class, t::result);
            Task<String> named = loop.schedule(ticTac(new ArrayList<>()), "tic");
            loop.runUntilEmpty();
            assertEquals(42, t.result());
            assertNull(t.exception());
            assertEquals("<Task 'tic' [FINISHED] (Boum!)>", named.toString());
            assertTrue(named.isDone());
        }
    }

    @Test
    void aCoroutineCannotBeScheduledTwice() {
        try (Loop loop = new Loop()) {
            Coroutine<String> c = ticTac(new ArrayList<>());
            loop.schedule(c);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.schedule(c));
            assertTrue(e.getMessage().contains("already started"), e.getMessage());
        }
    }

    @Test
    void callbacksRunInFifoOrderWithTasksAndCallLaterInDeadlineOrder() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            // far enough that the task's second turn comes first even on a loaded machine (10 ms did not)
            loop.callLater(Duration.ofMillis(600), () -> log.add("later30"));
            loop.callLater(Duration.ofMillis(300), () -> log.add("later10"));
            loop.schedule(yielder("t", 2, log));
            loop.callSoon(() -> log.add("soon"));
            loop.callSoon(() -> {
                throw new RuntimeException("a failing callback is reported, the loop goes on");
            });
            loop.runUntilEmpty();
        }
        assertEquals(List.of("t0", "soon", "t1", "later10", "later30"), log);
    }

    @Test
    void currentIsTheRunningLoop() {
        Loop[] seen = new Loop[1];
        try (Loop loop = new Loop()) {
            loop.callSoon(() -> seen[0] = Loop.current());
            assertNull(Loop.current());
            loop.runUntilEmpty();
            assertSame(loop, seen[0]);
            assertNull(Loop.current());
        }
    }

    @Test
    void aClosedLoopRefusesWork() {
        Loop loop = new Loop();
        loop.close();
        assertThrows(IllegalStateException.class, () -> loop.schedule(Boucle.done(1)));
        assertThrows(IllegalStateException.class, () -> loop.callSoonThreadsafe(() -> {}));
    }

    @Test
    void theLoopCannotRunInsideItself() {
        try (Loop loop = new Loop()) {
            Throwable[] got = new Throwable[1];
            loop.callSoon(() -> {
                try {
                    loop.runUntilEmpty();
                } catch (IllegalStateException e) {
                    got[0] = e;
                }
            });
            loop.runUntilEmpty();
            assertTrue(got[0].getMessage().contains("already running"));
        }
    }
}

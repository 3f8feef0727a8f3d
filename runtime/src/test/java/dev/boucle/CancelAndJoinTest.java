package dev.boucle;

import static dev.boucle.Script.await;
import static dev.boucle.Script.awaiting;
import static dev.boucle.Script.check;
import static dev.boucle.Script.coroutine;
import static dev.boucle.Script.sleeper;
import static dev.boucle.Script.yielder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cancellation and joins, with hand-written state machines (no agent). */
class CancelAndJoinTest {

    /** Seed 004's example: ensure_future(subtask), three (example) turns, then maybe cancel(sub). */
    static Coroutine<Void> example(List<String> out, int subTurns, boolean cancel) {
        Task<?>[] sub = new Task<?>[1];
        return coroutine("example", (label, v, e) -> {
            check(e);
            if (label == 0) {
                out.add("Task 'example'");
                out.add("Starting task 'subtask'");
                return await(Boucle.ensureFuture(subtask(out, subTurns)));
            }
            if (label == 1) {
                sub[0] = (Task<?>) v;
                out.add("Back in 'example'");
            }
            if (label <= 3) {
                out.add("(example)");
                return await(Boucle.yieldNow());
            }
            if (label == 4 && cancel) {
                return await(Boucle.cancel(sub[0]));
            }
            return null;
        });
    }

    static Coroutine<Void> subtask(List<String> out, int turns) {
        return coroutine("subtask", (label, v, e) -> {
            check(e);
            if (label == 0) {
                out.add("Task 'subtask'");
            }
            if (label < turns) {
                out.add("(subtask)");
                return await(Boucle.yieldNow());
            }
            return null;
        });
    }

    @Test
    void ensureFutureQueuesTheSenderBeforeTheNewTask() {
        List<String> out = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.onTaskDone(t -> out.add(t.toString()));
            loop.runUntilComplete(example(out, 2, false));
        }
        assertEquals(List.of("Task 'example'", "Starting task 'subtask'", "Back in 'example'", "(example)",
                "Task 'subtask'", "(subtask)", "(example)", "(subtask)", "(example)",
                "<Task 'subtask' [FINISHED] (null)>", "<Task 'example' [FINISHED] (null)>"), out);
    }

    @Test
    void aSubtaskOutlivesItsParentAndTheLoopDrainsIt() {
        List<String> out = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.onTaskDone(t -> out.add(t.toString()));
            loop.runUntilComplete(example(out, 5, false));
            out.add("-- draining the loop");
            loop.runUntilEmpty();
        }
        assertEquals(List.of("Task 'example'", "Starting task 'subtask'", "Back in 'example'", "(example)",
                "Task 'subtask'", "(subtask)", "(example)", "(subtask)", "(example)", "(subtask)",
                "<Task 'example' [FINISHED] (null)>", "-- draining the loop", "(subtask)", "(subtask)",
                "<Task 'subtask' [FINISHED] (null)>"), out);
    }

    @Test
    void cancelSyscallCancelsTheSubtaskAtItsNextTurn() {
        List<String> out = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.onTaskDone(t -> out.add(t.toString()));
            loop.runUntilComplete(example(out, 5, true));
        }
        assertEquals(List.of("Task 'example'", "Starting task 'subtask'", "Back in 'example'", "(example)",
                "Task 'subtask'", "(subtask)", "(example)", "(subtask)", "(example)", "(subtask)",
                "<Task 'subtask' [CANCELLED]>", "<Task 'example' [FINISHED] (null)>"), out);
    }

    @Test
    void cancellingASleepingTaskRunsItsFinallyAtOnce() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> sleeping = loop.schedule(sleeper("sleepy", 60_000, log));
            loop.callLater(Duration.ofMillis(20), sleeping::cancel);
            long t0 = System.nanoTime();
            loop.runUntilEmpty();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5_000, "the cancelled sleep did not keep the loop: " + ms + " ms");
            assertEquals(List.of("sleepy.finally"), log);
            assertEquals(Task.Status.CANCELLED, sleeping.status());
            assertEquals("<Task 'sleepy' [CANCELLED]>", sleeping.toString());
            assertTrue(sleeping.isCancelled());
            assertInstanceOf(CancelledException.class, sleeping.exception());
            assertThrows(CancelledException.class, sleeping::result);
            assertEquals(0, loop.timers.size(), "the timer left the heap");
            assertFalse(sleeping.cancel(), "a done task cannot be cancelled");
        }
    }

    @Test
    void aTaskCancelledBeforeItStartedNeverRuns() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> t = loop.schedule(yielder("never", 3, log));
            assertTrue(t.cancel());
            loop.runUntilEmpty();
            assertEquals(List.of(), log);
            assertEquals(Task.Status.CANCELLED, t.status());
        }
    }

    @Test
    void cancellingAJoiningTaskLeavesTheJoinedOneRunning() {
        List<String> log = new ArrayList<>();
        // A virtual clock: on a loaded machine, real timers 10 ms and 50 ms apart can fire in one turn.
        try (Loop loop = Loop.withVirtualClock()) {
            Task<String> target = loop.schedule(sleeper("target", 50, log));
            Task<Object> joiner = loop.schedule(awaiting("joiner", target, log));
            loop.callSoon(joiner::cancel); // runs after both first steps: the joiner is parked on the join
                                           // (a 10 ms timer here raced the 50 ms sleep on a loaded machine)
            loop.runUntilEmpty();
            assertEquals(List.of("joiner caught CancelledException", "target"), log);
            assertEquals(Task.Status.CANCELLED, joiner.status());
            assertEquals("target", target.result());
        }
    }

    @Test
    void cancellingAWaitingTaskForgetsItInTheWaiter() {
        List<String> log = new ArrayList<>();
        Waiter w = new Waiter(1);
        try (Loop loop = new Loop()) {
            Task<Object> a = loop.schedule(awaiting("a", w, log));
            Task<Object> b = loop.schedule(awaiting("b", w, log));
            loop.callLater(Duration.ofMillis(5), a::cancel);
            loop.callLater(Duration.ofMillis(10), w::set);
            loop.runUntilEmpty();
            assertEquals(List.of("a caught CancelledException"), log);
            assertEquals(Task.Status.CANCELLED, a.status());
            assertEquals(Task.Status.FINISHED, b.status());
        }
    }

    @Test
    void aTaskThatCatchesTheCancellationGoesOn() {
        try (Loop loop = new Loop()) {
            Task<String> stubborn = loop.schedule(coroutine("stubborn", (label, v, e) -> {
                if (label == 0) {
                    return await(Boucle.sleep(Duration.ofSeconds(60)));
                }
                if (label == 1) {
                    assertInstanceOf(CancelledException.class, e);
                    return await(Boucle.yieldNow());
                }
                return "survived";
            }));
            loop.callLater(Duration.ofMillis(1), stubborn::cancel);
            loop.runUntilEmpty();
            assertEquals("survived", stubborn.result());
        }
    }

    @Test
    void aTaskCanCancelItself() {
        try (Loop loop = new Loop()) {
            Task<?>[] self = new Task<?>[1];
            List<String> log = new ArrayList<>();
            self[0] = loop.schedule(coroutine("self", (label, v, e) -> {
                if (label == 0) {
                    return await(Boucle.cancel(self[0]));
                }
                log.add(String.valueOf(e));
                check(e);
                return "not cancelled";
            }));
            loop.runUntilEmpty();
            assertEquals(Task.Status.CANCELLED, self[0].status());
            assertEquals(1, log.size());
            assertTrue(log.get(0).contains("CancelledException"), log.get(0));
        }
    }

    @Test
    void joinsFromManyAwaitersBeforeAndAfterCompletion() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> target = loop.schedule(yielder("target", 3, log));
            List<Task<Object>> joiners = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                joiners.add(loop.schedule(awaiting("early" + i, target, log)));
            }
            loop.runUntilEmpty();
            Task<Object> late = loop.schedule(awaiting("late", target, log));
            loop.runUntilEmpty();
            for (Task<Object> j : joiners) {
                assertEquals("target", j.result());
            }
            assertEquals("target", late.result());
        }
    }

    @Test
    void joiningAFailedTaskRethrowsItsExceptionAndRetrievesIt() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> bad = loop.schedule(coroutine("bad", (label, v, e) -> {
                if (label == 0) {
                    return await(Boucle.yieldNow());
                }
                throw new UnsupportedOperationException("nope");
            }));
            Task<Object> before = loop.schedule(awaiting("before", bad, log));
            loop.runUntilEmpty();
            Task<Object> after = loop.schedule(awaiting("after", bad, log));
            loop.runUntilEmpty();
            assertEquals(List.of("before caught UnsupportedOperationException", "after caught UnsupportedOperationException"), log);
            assertEquals(Task.Status.ERROR, before.status());
            assertEquals(Task.Status.ERROR, after.status());
        }
    }

    @Test
    void joiningACancelledTaskThrowsCancelled() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> target = loop.schedule(sleeper("target", 60_000, log));
            Task<Object> joiner = loop.schedule(awaiting("joiner", target, log));
            loop.callLater(Duration.ofMillis(5), target::cancel);
            loop.runUntilEmpty();
            assertEquals(List.of("target.finally", "joiner caught CancelledException"), log);
            assertEquals(Task.Status.CANCELLED, joiner.status());
        }
    }

    @Test
    void aTaskAwaitingItselfGetsAClearError() {
        try (Loop loop = new Loop()) {
            Task<?>[] self = new Task<?>[1];
            self[0] = loop.schedule(coroutine("narcissus", (label, v, e) -> {
                if (label == 0) {
                    return await(self[0]);
                }
                check(e);
                return null;
            }));
            loop.runUntilEmpty();
            assertEquals(Task.Status.ERROR, self[0].status());
            assertTrue(self[0].exception().getMessage().contains("awaits itself"));
        }
    }

    @Test
    void doneCallbacksRunInOrderAndAtOnceWhenAlreadyDone() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.onTaskDone(t -> log.add("loop " + t.name()));
            Task<String> t = loop.schedule(yielder("t", 1, new ArrayList<>()));
            t.onDone(x -> log.add("first " + x.result()));
            t.onDone(x -> {
                throw new RuntimeException("reported, and the next callback still runs");
            });
            t.onDone(x -> log.add("second"));
            loop.runUntilEmpty();
            t.onDone(x -> log.add("late"));
        }
        assertEquals(List.of("first t", "second", "loop t", "late"), log);
    }
}

package dev.boucle;

import static dev.boucle.Script.await;
import static dev.boucle.Script.check;
import static dev.boucle.Script.coroutine;
import static dev.boucle.Script.sleeper;
import static dev.boucle.Script.yielder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Sleep;
import dev.boucle.syscall.Syscall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Built-in and user syscalls, sleeping, gather, Waiter (no agent). */
class SyscallTest {

    /** A user's own message: replies with the loop's clock, without touching the loop. */
    static final class Now implements Syscall<Long> {
        @Override
        public void handle(Kernel kernel, Task<?> sender) {
            kernel.reply(sender, kernel.nanoTime());
        }
    }

    /** A user's message that replies later, from a timer it sets itself. */
    static final class Echo implements Syscall<String> {
        final String text;

        Echo(String text) {
            this.text = text;
        }

        @Override
        public void handle(Kernel kernel, Task<?> sender) {
            kernel.loop().callLater(Duration.ofMillis(5), () -> kernel.reply(sender, text + "!"));
        }
    }

    @Test
    void aUserSyscallIsAnsweredLikeABuiltIn() {
        long before = System.nanoTime();
        Object[] got = new Object[2];
        Loop.run(coroutine("user", (label, v, e) -> {
            check(e);
            if (label == 0) {
                return await(new Now());
            }
            if (label == 1) {
                got[0] = v;
                return await(new Echo("hello"));
            }
            got[1] = v;
            return null;
        }));
        assertTrue((Long) got[0] >= before);
        assertEquals("hello!", got[1]);
    }

    @Test
    void answeringTwiceIsAClearErrorAndOnCancelUndoesAPendingSyscall() {
        List<String> log = new ArrayList<>();
        Syscall<String> twice = (kernel, sender) -> {
            kernel.reply(sender, "first");
            try {
                kernel.reply(sender, "second");
            } catch (IllegalStateException e) {
                log.add(e.getMessage().contains("answered twice") ? "refused" : e.getMessage());
            }
        };
        Syscall<String> forever = (kernel, sender) -> kernel.onCancel(sender, () -> log.add("undone"));
        try (Loop loop = new Loop()) {
            Task<Object> a = loop.schedule(Script.awaiting("a", twice, log));
            Task<Object> b = loop.schedule(Script.awaiting("b", forever, log));
            loop.callLater(Duration.ofMillis(5), b::cancel);
            loop.runUntilEmpty();
            assertEquals("first", a.result());
            assertEquals(Task.Status.CANCELLED, b.status());
        }
        assertEquals(List.of("refused", "undone", "b caught CancelledException"), log);
    }

    @Test
    void tasksSpawnedByAHandlerAreQueuedAfterTheSenderWhateverTheCallOrder() {
        List<String> log = new ArrayList<>();
        Syscall<Void> spawnThenReply = (kernel, sender) -> {
            kernel.spawn(Script.yielder("child", 1, log));
            kernel.reply(sender, null);
        };
        Loop.run(coroutine("parent", (label, v, e) -> {
            check(e);
            if (label == 0) {
                return await(spawnThenReply);
            }
            if (label == 1) {
                log.add("parent");
                return await(Boucle.yieldNow());
            }
            return null;
        }));
        assertEquals(List.of("parent", "child0"), log);
    }

    @Test
    void anUnknownMessageFailsTheSenderClearlyAndTheLoopGoesOn() {
        Awaitable<String> stranger = new Awaitable<>() {
            @Override
            public String toString() {
                return "stranger";
            }
        };
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<Object> t = loop.schedule(coroutine("asker", (label, v, e) -> {
                if (label == 0) {
                    return await(stranger);
                }
                check(e);
                return v;
            }));
            Task<String> other = loop.schedule(yielder("other", 3, log));
            loop.runUntilEmpty();
            assertEquals(Task.Status.ERROR, t.status());
            String msg = t.exception().getMessage();
            assertTrue(msg.contains("does not know") && msg.contains("stranger") && msg.contains("Syscall"), msg);
            assertEquals("other", other.result());
        }
    }

    @Test
    void aFailingHandlerFailsTheSender() {
        Syscall<Void> broken = (kernel, sender) -> {
            throw new java.io.IOException("handler broke");
        };
        try (Loop loop = new Loop()) {
            Task<Object> t = loop.schedule(coroutine("s", (label, v, e) -> {
                if (label == 0) {
                    return await(broken);
                }
                check(e);
                return v;
            }));
            loop.runUntilEmpty();
            assertInstanceOf(java.io.IOException.class, t.exception());
        }
    }

    @Test
    void sleepsEndInDeadlineOrderAndTiesInSchedulingOrder() {
        List<String> log = new ArrayList<>();
        try (Loop loop = Loop.withVirtualClock()) { // deadlines, not the machine's load, decide the order
            loop.schedule(sleeper("c", 60, log));
            loop.schedule(sleeper("a", 20, log));
            loop.schedule(sleeper("b", 40, log));
            long deadline = loop.nanoTime() + 30_000_000L;
            for (String name : List.of("tie1", "tie2", "tie3")) {
                loop.schedule(coroutine(name, (label, v, e) -> {
                    check(e);
                    if (label == 0) {
                        return await(Sleep.until(deadline));
                    }
                    log.add(name);
                    return null;
                }));
            }
            long t0 = loop.nanoTime();
            loop.runUntilEmpty();
            assertTrue(loop.nanoTime() - t0 >= 60_000_000L, "slept at least the longest sleep");
        }
        assertEquals(List.of("a", "tie1", "tie2", "tie3", "b", "c"), log);
    }

    @Test
    void sleepUntilAnInstant() {
        Instant when = Instant.now().plusMillis(50);
        Loop.run(coroutine("until", (label, v, e) -> {
            check(e);
            return label == 0 ? await(Boucle.sleepUntil(when)) : null;
        }));
        assertTrue(!Instant.now().isBefore(when.minusMillis(2)));
    }

    @Test
    void sleepZeroIsAYield() {
        assertSame(Boucle.yieldNow(), Boucle.sleep(Duration.ZERO));
        assertSame(Boucle.yieldNow(), Boucle.sleep(Duration.ofMillis(-5)));
    }

    @Test
    void gatherGivesResultsInArgumentOrder() {
        List<String> log = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> results = Loop.run(coroutine("main", (label, v, e) -> {
            check(e);
            if (label == 0) {
                return await(Boucle.gather(sleeper("slow", 40, log), sleeper("fast", 10, log), yielder("yields", 2, log)));
            }
            return v;
        }));
        assertEquals(List.of("slow", "fast", "yields"), results);
        assertEquals(List.of("yields0", "yields1", "fast", "slow"), log);
    }

    @Test
    void gatherRethrowsTheFirstFailureAndCancelsTheOthers() {
        List<String> log = new ArrayList<>();
        List<Task<?>> seen = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.onTaskDone(seen::add);
            Task<Object> main = loop.schedule(coroutine("main", (label, v, e) -> {
                if (label == 0) {
                    return await(Boucle.gather(sleeper("long", 60_000, log), coroutine("failing", (l, v2, e2) -> {
                        if (l == 0) {
                            return await(Boucle.sleep(Duration.ofMillis(10)));
                        }
                        throw new IllegalStateException("first failure");
                    }), sleeper("longer", 120_000, log)));
                }
                log.add("main caught " + e.getMessage());
                check(e);
                return v;
            }));
            long t0 = System.nanoTime();
            loop.runUntilEmpty();
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
            assertEquals("first failure", main.exception().getMessage());
        }
        assertEquals(List.of("long.finally", "longer.finally", "main caught first failure"), log);
        assertEquals(List.of("failing", "long", "longer", "main"), seen.stream().map(Task::name).toList());
        assertEquals(Task.Status.CANCELLED, seen.get(1).status());
    }

    @Test
    void cancellingAGatheringTaskCancelsItsChildren() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<Object> main = loop.schedule(coroutine("main", (label, v, e) -> {
                if (label == 0) {
                    return await(Boucle.gather(sleeper("x", 60_000, log), sleeper("y", 60_000, log)));
                }
                check(e);
                return v;
            }));
            loop.callLater(Duration.ofMillis(10), main::cancel);
            loop.runUntilEmpty();
            assertEquals(Task.Status.CANCELLED, main.status());
        }
        assertEquals(List.of("x.finally", "y.finally"), log);
    }

    @Test
    void gatherOfNothingIsAnEmptyList() {
        assertEquals(List.of(), Loop.run(coroutine("main", (label, v, e) -> label == 0 ? await(Boucle.gather()) : v)));
    }

    @Test
    void waiterWakesEveryWaiterAfterNSets() {
        List<String> log = new ArrayList<>();
        Waiter w = new Waiter(3);
        try (Loop loop = new Loop()) {
            for (String name : List.of("w1", "w2")) {
                loop.schedule(coroutine(name, (label, v, e) -> {
                    check(e);
                    if (label == 0) {
                        log.add(name + " waits");
                        return await(w);
                    }
                    log.add(name + " woke");
                    return null;
                }));
            }
            loop.schedule(coroutine("setter", (label, v, e) -> {
                check(e);
                if (label < 3) {
                    log.add("set" + label);
                    w.set();
                    return await(Boucle.yieldNow());
                }
                return null;
            }));
            loop.runUntilEmpty();
        }
        assertEquals(List.of("w1 waits", "w2 waits", "set0", "set1", "set2", "w1 woke", "w2 woke"), log);
        assertEquals(0, w.remaining());
    }

    @Test
    void anOpenWaiterDoesNotSuspend() {
        Waiter w = new Waiter(0);
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.schedule(coroutine("a", (label, v, e) -> {
                check(e);
                log.add("a" + label);
                return label == 0 ? await(w) : null;
            }));
            loop.schedule(yielder("b", 1, log));
            loop.runUntilEmpty();
        }
        assertEquals(List.of("a0", "a1", "b0"), log);
    }
}

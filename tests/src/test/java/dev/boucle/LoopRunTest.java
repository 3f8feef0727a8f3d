package dev.boucle;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.interop.LoopThread;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Regressions of issue 7's bug list: shutdown, nested runs, self-cancel, cross-thread misuse, cross-loop joins. */
@Timeout(60)
class LoopRunTest {

    @Async
    static Coroutine<Void> spawnsInFinally(List<String> log, int depth) {
        try {
            await(sleep(Duration.ofHours(1)));
        } finally {
            log.add("finally " + depth);
            if (depth < 3) {
                await(ensureFuture(spawnsInFinally(log, depth + 1)));
            }
        }
        return done();
    }

    @Async
    static Coroutine<String> leavesATaskBehind(List<String> log) {
        await(ensureFuture(spawnsInFinally(log, 1)));
        await(yieldNow());
        return done("main done");
    }

    @Test
    void runCancelsTheTasksStartedByFinallyBlocksAtShutdownAndReturns() {
        List<String> log = new ArrayList<>();
        assertEquals("main done", Loop.run(leavesATaskBehind(log)));
        assertEquals(List.of("finally 1", "finally 2", "finally 3"), log);
    }

    @Async
    static Coroutine<String> nestedRun() {
        try {
            Loop.run(LoopRunTest.plain());
            return done("nested run accepted?!");
        } catch (IllegalStateException e) {
            return done(e.getMessage());
        }
    }

    @Async
    static Coroutine<String> plain() {
        return done("inner");
    }

    @Test
    void aNestedRunIsRefused() {
        String m = Loop.run(nestedRun());
        assertTrue(m.contains("Loop.run called from inside a running loop"), m);
    }

    @Async
    static Coroutine<String> nestedRunUntilComplete(Loop other, Coroutine<String> c) {
        try {
            other.runUntilComplete(c);
            return done("accepted?!");
        } catch (IllegalStateException e) {
            return done(e.getMessage());
        }
    }

    @Test
    void aNestedRunUntilCompleteIsRefusedAndLeavesTheCoroutineUnstarted() {
        try (Loop other = new Loop()) {
            Coroutine<String> c = plain();
            String m = Loop.run(nestedRunUntilComplete(other, c));
            assertTrue(m.contains("runUntilComplete called from inside a running loop"), m);
            assertEquals("inner", other.runUntilComplete(c), "the refused call did not start the coroutine");
        }
    }

    @Async
    static Coroutine<String> cancelsItself(AtomicReference<Task<?>> self) {
        self.get().cancel();
        return done("value");
    }

    @Test
    void aTaskThatCancelsItselfAndReturnsWithoutSuspendingEndsCancelled() {
        AtomicReference<Task<?>> self = new AtomicReference<>();
        try (Loop loop = new Loop()) {
            Task<String> t = loop.schedule(cancelsItself(self));
            self.set(t);
            loop.runUntilEmpty();
            assertEquals(Task.Status.CANCELLED, t.status());
            assertThrows(CancelledException.class, t::result);
        }
    }

    @Async
    static Coroutine<String> waits(Waiter w) {
        await(w);
        return done("woken");
    }

    @Test
    void waiterSetFromAnotherThreadIsRefusedAndChangesNothing() throws Exception {
        Waiter w = new Waiter(1);
        AtomicReference<Throwable> refused = new AtomicReference<>();
        CountDownLatch tried = new CountDownLatch(1);
        try (Loop loop = new Loop()) {
            Task<String> t = loop.schedule(waits(w));
            loop.callLater(Duration.ofMillis(1), () -> new Thread(() -> {
                try {
                    w.set();
                } catch (Throwable e) {
                    refused.set(e);
                }
                tried.countDown();
                // the advice of the error: post the call to the loop
                loop.callSoonThreadsafe(w::set);
            }).start());
            loop.runUntilEmpty();
            assertTrue(tried.await(10, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(refused.get() instanceof IllegalStateException, String.valueOf(refused.get()));
            assertTrue(refused.get().getMessage().contains("Waiter.set()"), refused.get().getMessage());
            assertEquals("woken", t.result(), "the refused set() counted nothing and kept the waiting task");
            assertEquals(0, w.remaining());
        }
    }

    @Async
    static Coroutine<String> joinsForeignTask(Task<String> foreign, Loop itsLoop, Waiter release) {
        itsLoop.callSoonThreadsafe(release::set); // the foreign task finishes on its own loop's thread
        return done(await(foreign) + " on " + foreign.loop() + " joined on " + Thread.currentThread().getName());
    }

    @Test
    void joiningATaskOfAnotherLoopWaitsForItThroughBothLoopsThreadSafeDoors() throws Exception {
        // the decision for issues 7 and 8: a cross-loop join works (dev.boucle.interop.CrossLoopJoinTest has more)
        Waiter release = new Waiter(1);
        try (LoopThread a = LoopThread.start("A")) {
            CompletableFuture<Task<String>> made = new CompletableFuture<>();
            a.loop().callSoonThreadsafe(() -> made.complete(a.loop().schedule(waits(release))));
            Task<String> foreign = made.get(10, TimeUnit.SECONDS);
            String m = Loop.run(joinsForeignTask(foreign, a.loop(), release));
            assertTrue(m.startsWith("woken on ") && m.endsWith(" joined on " + Thread.currentThread().getName()), m);
            assertTrue(foreign.toCompletableFuture().get(10, TimeUnit.SECONDS).equals("woken"));
        }
    }
}

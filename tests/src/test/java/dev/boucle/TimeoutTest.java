package dev.boucle;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.nonCancellable;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.withDeadline;
import static dev.boucle.Boucle.withDeadlineOrNull;
import static dev.boucle.Boucle.withTimeout;
import static dev.boucle.Boucle.withTimeoutOrNull;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * withTimeout and its family: a cancel scope around a coroutine run inline. One test per rule of
 * the scope (see CancelScope and docs/SEMANTICS.md).
 */
@Timeout(60)
class TimeoutTest {
    static final Duration HOUR = Duration.ofHours(1);

    @Async
    static Coroutine<String> sleepyWithCleanup(Duration d, List<String> log) {
        try {
            log.add("body starts");
            await(sleep(d));
            log.add("body woke");
            return done("slept");
        } catch (CancelledException e) {
            log.add("body cancelled: " + e.getMessage());
            throw e;
        } finally {
            log.add("finally runs");
            await(nonCancellable(cleanup(log)));   // a finally that awaits: shielded from the expired scope
            log.add("finally done");
        }
    }

    @Async
    static Coroutine<Void> cleanup(List<String> log) {
        await(sleep(Duration.ofMillis(5)));
        log.add("cleanup awaited");
        return done();
    }

    @Async
    static Coroutine<String> timedOut(List<String> log) {
        try {
            return done(await(withTimeout(Duration.ofMillis(20), sleepyWithCleanup(HOUR, log))));
        } catch (DeadlineExceededException e) {
            log.add("awaiter: " + e.getMessage().substring(0, e.getMessage().indexOf(" expired")) + " expired");
            return done("timed out");
        }
    }

    @Test
    void theScopeCancelsTheBodyWhichFinishesBeforeTheAwaiterGetsTheTimeout() {
        List<String> log = new ArrayList<>();
        assertEquals("timed out", Loop.run(timedOut(log)));
        assertEquals(List.of("body starts", "body cancelled: withTimeout(PT0.02S) expired", "finally runs",
                "cleanup awaited", "finally done", "awaiter: withTimeout(PT0.02S) expired"), log);
    }

    @Test
    void aBodyThatFinishesInTimeReturnsItsValueAndLeavesNoTimer() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            assertEquals("slept", loop.runUntilComplete(withTimeout(HOUR, sleepyWithCleanup(Duration.ofMillis(1), log))));
            assertEquals(0, loop.timers.size(), "the deadline's timer left the heap");
        }
    }

    @Async
    static Coroutine<String> blocksTheLoopThenProduces() {
        sleepBlocking(150); // the loop is busy: the deadline passes while the value is on its way
        return done("value");
    }

    @Async
    static Coroutine<String> join(Task<String> t) {
        return done(await(t));
    }

    @Async
    static Coroutine<String> joinsTheProducerUnderATimeout() {
        // The producer is queued right behind this task: in the next turn this task enters the scope
        // and parks on the join, then the producer blocks the loop past the deadline and finishes,
        // all in that one turn; the deadline fires in the turn after, with the value on its way.
        Task<String> producer = await(ensureFuture(blocksTheLoopThenProduces()));
        return done(await(withTimeout(Duration.ofMillis(50), join(producer))));
    }

    @Test
    void finishedWorkWinsOverADeadlineThatPassedWhileTheLoopWasBusy() {
        assertEquals("value", Loop.run(joinsTheProducerUnderATimeout()));
    }

    @Async
    static Coroutine<String> nested(Duration inner, Duration outer, List<String> log) {
        return nested(inner, outer, log, sleepForever());
    }

    @Async
    static Coroutine<String> nested(Duration inner, Duration outer, List<String> log, Coroutine<String> body) {
        try {
            return done(await(withTimeout(outer, innerScope(inner, log, body))));
        } catch (DeadlineExceededException e) {
            return done("outer awaiter got: " + e.getMessage().substring(0, e.getMessage().indexOf(" expired")));
        }
    }

    @Async
    static Coroutine<String> innerScope(Duration inner, List<String> log, Coroutine<String> body) {
        try {
            return done(await(withTimeout(inner, body)));
        } catch (DeadlineExceededException e) {
            log.add("inner awaiter got: " + e.getMessage().substring(0, e.getMessage().indexOf(" expired")));
            throw e;
        } catch (CancelledException e) {
            log.add("inner awaiter got a cancellation");
            throw e;
        }
    }

    @Async
    static Coroutine<String> sleepForever() {
        await(sleep(HOUR));
        return done("never");
    }

    @Test
    void theInnerScopeOwnsItsTimeoutAndTheOuterOneDoesNotReportIt() {
        List<String> log = new ArrayList<>();
        assertEquals("outer awaiter got: withTimeout(PT0.01S)", Loop.run(nested(Duration.ofMillis(10), HOUR, log)));
        assertEquals(List.of("inner awaiter got: withTimeout(PT0.01S)"), log);
    }

    @Test
    void theOuterScopeOwnsItsTimeoutAndTheInnerOneLetsItPass() {
        List<String> log = new ArrayList<>();
        assertEquals("outer awaiter got: withTimeout(PT0.01S)", Loop.run(nested(HOUR, Duration.ofMillis(10), log)));
        assertEquals(List.of("inner awaiter got a cancellation"), log);
    }

    @Test
    void whenBothExpireTheOutermostOwnsTheException() {
        List<String> log = new ArrayList<>();
        // the body blocks the loop past both deadlines: they fire in the same turn, and the
        // exception belongs to the outer scope
        assertEquals("outer awaiter got: withTimeout(PT0.03S)",
                Loop.run(nested(Duration.ofMillis(20), Duration.ofMillis(30), log, blocksPastBothDeadlines())));
        assertEquals(List.of("inner awaiter got a cancellation"), log);
    }

    @Async
    static Coroutine<String> blocksPastBothDeadlines() {
        await(sleep(Duration.ofMillis(1)));
        sleepBlocking(100);
        await(sleep(HOUR));
        return done("never");
    }

    @Async
    static Coroutine<String> cancelledInsideATimeout() {
        Task<String> t = await(ensureFuture(withTimeout(HOUR, sleepForever())));
        await(yieldNow());
        t.cancel();
        try {
            await(t);
            return done("not cancelled?!");
        } catch (CancelledException e) {
            return done(t.status() + " " + e.getClass().getSimpleName());
        }
    }

    @Test
    void theTasksOwnCancellationIsNeverATimeout() {
        assertEquals("CANCELLED CancelledException", Loop.run(cancelledInsideATimeout()));
    }

    @Async
    static Coroutine<String> stubborn(List<String> log) {
        for (int i = 0; i < 3; i++) {
            try {
                await(sleep(HOUR));
            } catch (CancelledException e) {
                log.add("caught " + i); // carries on: the next await in the expired scope is cancelled again
            }
        }
        return done("gave up");
    }

    @Test
    void aBodyThatSwallowsTheCancellationIsCancelledAgainAtEachAwait() {
        List<String> log = new ArrayList<>();
        long t0 = System.nanoTime();
        // it returned a value: finished work wins, even though the scope expired
        assertEquals("gave up", Loop.run(withTimeout(Duration.ofMillis(10), stubborn(log))));
        assertEquals(List.of("caught 0", "caught 1", "caught 2"), log);
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L);
    }

    @Test
    void orNullFormsReturnNullWhenTheTimeRunsOut() {
        assertNull(Loop.run(withTimeoutOrNull(Duration.ofMillis(5), sleepForever())));
        assertNull(Loop.run(withDeadlineOrNull(Instant.now().plusMillis(5), sleepForever())));
        assertEquals("slept", Loop.run(withTimeoutOrNull(HOUR, sleepyWithCleanup(Duration.ZERO, new ArrayList<>()))));
    }

    @Test
    void aDeadlineAsAnInstant() {
        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> Loop.run(withDeadline(Instant.now().plusMillis(10), sleepForever())));
        assertTrue(e.getMessage().startsWith("withDeadline("), e.getMessage());
        assertTrue(e.getCause() instanceof CancelledException);
    }

    @Test
    void aDeadlineInThePastCancelsAtTheFirstSuspension() {
        List<String> log = new ArrayList<>();
        assertThrows(DeadlineExceededException.class, () -> Loop.run(withTimeout(Duration.ZERO, sleepyWithCleanup(HOUR, log))));
        assertEquals("body starts", log.get(0));
        assertTrue(log.get(1).startsWith("body cancelled"), log.toString());
    }

    @Async
    static Coroutine<Integer> manyTimeouts(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += await(withTimeout(HOUR, Boucle.done(1)));
        }
        return done(sum);
    }

    @Test
    void aMillionTimeoutsThatDoNotFireLeaveTheHeapEmptyAndFlat() {
        try (Loop loop = new Loop()) {
            loop.runUntilComplete(manyTimeouts(10_000)); // warm up
            long before = usedAfterGc();
            assertEquals(1_000_000, loop.runUntilComplete(manyTimeouts(1_000_000)));
            assertEquals(0, loop.timers.size());
            long grown = usedAfterGc() - before;
            assertTrue(grown < 8 * 1024 * 1024, "the heap grew by " + grown + " bytes");
        }
    }

    @Test
    void badArgumentsAreNamed() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> withTimeout(null, sleepForever()));
        assertTrue(e.getMessage().contains("withTimeout") && e.getMessage().contains("duration"), e.getMessage());
        e = assertThrows(NullPointerException.class, () -> withTimeout(HOUR, null));
        assertTrue(e.getMessage().contains("coroutine"), e.getMessage());
        e = assertThrows(NullPointerException.class, () -> withDeadline(null, sleepForever()));
        assertTrue(e.getMessage().contains("deadline"), e.getMessage());
    }

    static long usedAfterGc() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }

    static void sleepBlocking(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.boucle;

import static dev.boucle.Boucle.asCompleted;
import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.firstCompleted;
import static dev.boucle.Boucle.gather;
import static dev.boucle.Boucle.gatherSettled;
import static dev.boucle.Boucle.shield;
import static dev.boucle.Boucle.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** gather of a list, gatherSettled, asCompleted, shield and firstCompleted. */
@Timeout(60)
class CombinatorsTest {

    @Async
    static Coroutine<String> after(String value, long millis) {
        await(sleep(Duration.ofMillis(millis)));
        return done(value);
    }

    @Async
    static Coroutine<String> failsAfter(String message, long millis) {
        await(sleep(Duration.ofMillis(millis)));
        throw new IllegalArgumentException(message);
    }

    @Async
    static Coroutine<List<String>> gatherList() {
        return done(await(gather(List.of(after("a", 30), after("b", 10), after("c", 20)))));
    }

    @Test
    void gatherOfAListKeepsArgumentOrder() {
        assertEquals(List.of("a", "b", "c"), Loop.run(gatherList()));
    }

    @Async
    static Coroutine<String> settled() {
        List<Task<String>> ts = await(gatherSettled(List.of(after("ok", 20), failsAfter("bad", 5), after("late", 30))));
        StringBuilder s = new StringBuilder();
        for (Task<String> t : ts) {
            s.append(t.status()).append(':').append(t.status() == Task.Status.ERROR ? t.exception().getMessage() : t.result()).append(' ');
        }
        return done(s.toString().trim());
    }

    @Test
    void gatherSettledWaitsForAllAndFailsNone() {
        assertEquals("FINISHED:ok ERROR:bad FINISHED:late", Loop.run(settled()));
    }

    @Async
    static Coroutine<List<String>> inCompletionOrder() {
        List<String> out = new ArrayList<>();
        for (Awaitable<String> next : asCompleted(List.of(after("slow", 30), after("fast", 5), failsAfter("boom", 15)))) {
            try {
                out.add(await(next));
            } catch (IllegalArgumentException e) {
                out.add("failed: " + e.getMessage());
            }
        }
        return done(out);
    }

    @Test
    void asCompletedGivesResultsInCompletionOrder() {
        assertEquals(List.of("fast", "failed: boom", "slow"), Loop.run(inCompletionOrder()));
    }

    @Test
    void asCompletedOutsideALoopIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> asCompleted(List.of(after("x", 1))));
        assertTrue(e.getMessage().contains("asCompleted"), e.getMessage());
    }

    @Async
    static Coroutine<String> shielded(List<String> log) {
        Waiter release = new Waiter(1); // the protected work ends after the awaiter's cancellation, whatever the load
        Task<String> awaiter = await(ensureFuture(awaitsShielded(log, release)));
        await(sleep(Duration.ofMillis(5)));
        awaiter.cancel();
        try {
            await(awaiter);
        } catch (CancelledException e) {
            log.add("awaiter cancelled");
        }
        release.set();
        await(sleep(Duration.ofMillis(40)));
        return done("done");
    }

    @Async
    static Coroutine<String> awaitsShielded(List<String> log, Waiter release) {
        return done(await(shield(protectedWork(log, release))));
    }

    @Async
    static Coroutine<String> protectedWork(List<String> log, Waiter release) {
        await(release);
        log.add("protected work finished");
        return done("w");
    }

    @Test
    void shieldKeepsTheInnerWorkRunningWhenTheAwaiterIsCancelled() {
        List<String> log = new ArrayList<>();
        // A virtual clock: on a loaded machine, real timers 20 ms and 40 ms apart can fire in one turn.
        try (Loop loop = Loop.withVirtualClock()) {
            loop.runUntilComplete(shielded(log));
            loop.runUntilEmpty();
        }
        assertEquals(List.of("awaiter cancelled", "protected work finished"), log);
    }

    @Async
    static Coroutine<String> first() {
        Task<String> slow = await(ensureFuture(after("slow", 50)));
        Task<String> fast = await(ensureFuture(after("fast", 5)));
        Task<String> winner = await(firstCompleted(List.of(slow, fast)));
        String s = winner.result() + " first, slow " + slow.status();
        Task<String> again = await(firstCompleted(List.of(slow, fast)));  // one is done: no suspension
        return done(s + ", again " + again.result());
    }

    @Test
    void firstCompletedReturnsTheFirstTaskDoneAndCancelsNothing() {
        // A virtual clock: on a loaded machine, real timers 5 ms and 50 ms apart can fire in one turn.
        try (Loop loop = Loop.withVirtualClock()) {
            assertEquals("fast first, slow RUNNING, again fast", loop.runUntilComplete(first()));
            loop.runUntilEmpty();
        }
    }

    @Test
    void firstCompletedOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> firstCompleted(List.of()));
    }
}

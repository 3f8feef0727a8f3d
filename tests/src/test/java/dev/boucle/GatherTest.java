package dev.boucle;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.gather;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** gather: results in argument order; the first failure rethrown, the others cancelled. */
@Timeout(60)
class GatherTest {

    @Async
    static Coroutine<String> after(String value, long millis, List<String> log) {
        try {
            await(sleep(Duration.ofMillis(millis)));
            log.add(value);
            return done(value);
        } finally {
            log.add(value + " finally");
        }
    }

    @Async
    static Coroutine<List<String>> gatherThree(List<String> log) {
        List<String> results = await(gather(after("slow", 60, log), after("fast", 10, log), after("mid", 30, log)));
        return done(results);
    }

    @Test
    void resultsComeInArgumentOrder() {
        List<String> log = new ArrayList<>();
        assertEquals(List.of("slow", "fast", "mid"), Loop.run(gatherThree(log)));
        assertEquals(List.of("fast", "fast finally", "mid", "mid finally", "slow", "slow finally"), log);
    }

    @Async
    static Coroutine<String> failsAfter(long millis) {
        await(sleep(Duration.ofMillis(millis)));
        throw new IllegalArgumentException("failed after " + millis);
    }

    @Async
    static Coroutine<String> gatherFailing(List<String> log) {
        try {
            await(gather(after("long", 60_000, log), failsAfter(20), failsAfter(40), after("short", 5, log)));
            return done("no failure?!");
        } catch (IllegalArgumentException e) {
            return done("caught " + e.getMessage());
        }
    }

    @Test
    void theFirstFailureIsRethrownAndTheOthersAreCancelled() {
        List<String> log = new ArrayList<>();
        List<Task<?>> ended = new ArrayList<>();
        long t0 = System.nanoTime();
        // A virtual clock: on a loaded machine, real timers 20 ms and 40 ms apart can fire in one turn.
        try (Loop loop = Loop.withVirtualClock()) {
            loop.onTaskDone(ended::add);
            assertEquals("caught failed after 20", loop.runUntilComplete(gatherFailing(log)));
            loop.runUntilEmpty();
        }
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
        assertEquals(List.of("short", "short finally", "long finally"), log);
        List<String> statuses = new ArrayList<>();
        for (Task<?> t : ended) {
            statuses.add(t.name() + " " + t.status());
        }
        assertEquals(List.of("after FINISHED", "failsAfter ERROR", "after CANCELLED", "failsAfter CANCELLED", "gatherFailing FINISHED"),
                statuses);
    }

    @Async
    static Coroutine<Integer> value(int v) {
        await(yieldNow());
        return done(v);
    }

    @Async
    static Coroutine<Integer> sumOfMany(int n) {
        @SuppressWarnings("unchecked")
        Coroutine<Integer>[] cs = new Coroutine[n];
        for (int i = 0; i < n; i++) {
            cs[i] = value(i);
        }
        List<Integer> all = await(gather(cs));
        int sum = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(i, all.get(i));
            sum += all.get(i);
        }
        return done(sum);
    }

    @Test
    void gatherOfManyCoroutines() {
        assertEquals(4999 * 5000 / 2, Loop.run(sumOfMany(5000)));
    }
}

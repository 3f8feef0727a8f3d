package dev.boucle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A turn spends a bounded time on posts from other threads, and runs only those that came before it. */
@Timeout(60)
class PostBudgetTest {

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aDueTimerRunsBetweenPostsWhenThePostsTakeLongerThanTheBudget() {
        int posts = 4_000; // 10 µs each: 40 ms of posts, 40 times the budget
        int[] ran = new int[1];
        int[] ranBeforeTimer = {-1};
        try (Loop loop = new Loop()) {
            for (int i = 0; i < posts; i++) {
                loop.callSoonThreadsafe(() -> {
                    spin(10_000);
                    ran[0]++;
                });
            }
            loop.callLater(Duration.ofMillis(1), () -> ranBeforeTimer[0] = ran[0]);
            loop.runUntilEmpty();
        }
        assertEquals(posts, ran[0], "every post ran once");
        // without a budget, the turn would run all 4,000 posts (40 ms) before the due timer
        assertTrue(ranBeforeTimer[0] >= 0 && ranBeforeTimer[0] < posts / 2, "the timer ran after " + ranBeforeTimer[0] + " posts");
    }

    @Test
    void aPostMadeDuringATurnRunsInTheNextOne() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            loop.callSoonThreadsafe(() -> {
                log.add("post 1");
                loop.callSoonThreadsafe(() -> log.add("post 2, posted by post 1"));
                loop.callSoon(() -> log.add("callSoon by post 1"));
            });
            loop.runUntilEmpty();
        }
        // the second post was not there when the first turn began: the ready callback runs first
        assertEquals(List.of("post 1", "callSoon by post 1", "post 2, posted by post 1"), log);
    }
}

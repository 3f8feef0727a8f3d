package dev.boucle;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Posts from other threads cannot starve the loop: a turn runs only the posts that were there when
 * it began, for a bounded time, then timers, I/O and tasks get their turn.
 */
@Timeout(60)
class PostFloodTest {

    /** Ticks every 5 ms {@code n} times; the worst lateness of a tick, in nanoseconds. */
    @Async
    static Coroutine<Long> ticker(int n) {
        long worst = 0;
        for (int i = 0; i < n; i++) {
            long due = System.nanoTime() + 5_000_000;
            await(sleep(Duration.ofMillis(5)));
            worst = Math.max(worst, System.nanoTime() - due);
        }
        return done(worst);
    }

    @Test
    void twoThreadsFloodingPostsDoNotStarveATicker() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong posts = new AtomicLong();
        AtomicLong ran = new AtomicLong();
        long worst;
        long t0;
        long t1;
        Thread[] flooders = new Thread[2];
        try (Loop loop = new Loop()) {
            for (int i = 0; i < flooders.length; i++) {
                flooders[i] = new Thread(() -> {
                    Runnable r = ran::incrementAndGet;
                    while (!stop.get()) {
                        loop.callSoonThreadsafe(r);
                        posts.incrementAndGet();
                    }
                }, "flooder-" + i);
                flooders[i].start();
            }
            try {
                while (posts.get() < 100_000) {
                    Thread.onSpinWait(); // the flood is on before the ticker starts
                }
                t0 = System.nanoTime();
                worst = loop.runUntilComplete(ticker(100));
                t1 = System.nanoTime();
            } finally {
                stop.set(true);
                for (Thread f : flooders) {
                    f.join();
                }
            }
            long t2 = System.nanoTime();
            loop.runUntilEmpty(); // the backlog of posts drains once the flood stops
            System.out.println("PostFloodTest: ticker " + (t1 - t0) / 1_000_000 + " ms, flood end " + (t2 - t1) / 1_000_000
                    + " ms, drain " + (System.nanoTime() - t2) / 1_000_000 + " ms, backlog " + (posts.get() - ran.get()));
            assertEquals(posts.get(), ran.get(), "every post runs exactly once");
        }
        System.out.println("PostFloodTest: worst tick lateness " + worst / 1_000_000 + " ms, " + posts.get() + " posts");
        assertTrue(worst < 5_000_000_000L, "a 5 ms tick came " + worst / 1_000_000 + " ms late under the flood");
        assertTrue(ran.get() > 0, "posts ran while the ticker ticked");
    }
}

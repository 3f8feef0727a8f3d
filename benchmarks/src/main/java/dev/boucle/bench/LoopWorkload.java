package dev.boucle.bench;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Task;
import java.time.Duration;

/** The {@code @Async} side of {@link LoopBench} and {@link MemoryPerTask}. */
final class LoopWorkload {
    private LoopWorkload() {}

    /** Sleeps once, on the loop's timers. */
    @Async
    static Coroutine<Void> sleeper(Duration d) {
        await(sleep(d));
        return done();
    }

    /** A task that finishes at its first step. */
    @Async
    static Coroutine<Integer> child(int x) {
        return done(x + 1);
    }

    /** {@code n} SCHEDULE round trips: spawn a task, join it. */
    @Async
    static Coroutine<Long> spawnJoin(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            Task<Integer> t = await(ensureFuture(child(i & 63)));
            s += await(t);
        }
        return done(s);
    }

    /** Runs {@code r} at its first step: scheduled after other tasks, it runs once they all have run a step. */
    @Async
    static Coroutine<Void> then(Runnable r) {
        r.run();
        return done();
    }
}

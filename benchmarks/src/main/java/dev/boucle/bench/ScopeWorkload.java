package dev.boucle.bench;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.withTimeout;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.time.Duration;

/** The {@code @Async} side of {@link ScopeBench}. */
final class ScopeWorkload {
    private ScopeWorkload() {}

    private static final Duration HOUR = Duration.ofHours(1);

    /** {@code n} timeouts that do not fire, around a child that finishes inline. */
    @Async
    static Coroutine<Long> timeouts(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += await(withTimeout(HOUR, YieldWorkload.child(i & 63)));
        }
        return done(s);
    }
}

package dev.boucle.junit;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** docs/TESTING.md's first example: a retry loop with 30 s of back-offs, tested in milliseconds. */
class RetryTest {

    /** Calls {@code op} until it succeeds, sleeping 2 s, 4 s, 8 s... between attempts. */
    @Async
    static Coroutine<String> retry(Supplier<Coroutine<String>> op, int attempts, List<String> log) {
        Duration backOff = Duration.ofSeconds(2);
        for (int i = 1; ; i++) {
            try {
                return done(await(op.get()));
            } catch (UncheckedIOException e) {
                if (i == attempts) {
                    throw new IllegalStateException("gave up after " + attempts + " attempts", e);
                }
                log.add(String.format("t=%5.1fs attempt %d failed (%s); retrying in %ds",
                        Loop.current().nanoTime() / 1e9, i, e.getCause().getMessage(), backOff.toSeconds()));
                await(sleep(backOff));
                backOff = backOff.multipliedBy(2);
            }
        }
    }

    /** Fails {@code failures} times, then answers. */
    static final class Flaky {
        int calls;
        final int failures;

        Flaky(int failures) {
            this.failures = failures;
        }

        @Async
        Coroutine<String> call() {
            await(sleep(Duration.ofMillis(1))); // a network round trip, say
            if (++calls <= failures) {
                throw new UncheckedIOException(new ConnectException("connection refused"));
            }
            return done("ok");
        }
    }

    @AsyncTest
    @VirtualTime
    @Async
    Coroutine<Void> retriesWithBackOffInVirtualTime() {
        long wall0 = System.nanoTime();
        List<String> log = new ArrayList<>();
        Flaky server = new Flaky(4);
        String r = await(retry(server::call, 5, log));
        long virtualMs = Loop.current().nanoTime() / 1_000_000;
        long wallMs = (System.nanoTime() - wall0) / 1_000_000;
        log.forEach(System.out::println);
        System.out.printf("result %s after %d calls: %d ms of virtual time, %d ms of wall time%n", r, server.calls, virtualMs, wallMs);
        assertEquals("ok", r);
        assertEquals(5, server.calls);
        assertEquals(2_000 + 4_000 + 8_000 + 16_000 + 5, virtualMs, "30 s of back-offs and 5 round trips of 1 ms");
        assertTrue(wallMs < 10_000, "virtual time did not wait for real: " + wallMs + " ms");
        return done();
    }
}

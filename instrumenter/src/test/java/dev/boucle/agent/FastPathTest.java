package dev.boucle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast path allocates nothing beyond the child's frame (PEERS lesson 3). Measured with the
 * HotSpot per-thread allocation counter; timings are printed, not asserted.
 */
class FastPathTest {
    static Class<?> smoke;

    @BeforeAll
    static void load() throws Exception {
        smoke = new SmokeLoader("dev.boucle.agent.samples.").loadClass("dev.boucle.agent.samples.Smoke");
    }

    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    static Object run(String name, int n) throws Exception {
        return Loop.run((Coroutine<?>) smoke.getMethod(name, int.class).invoke(null, n));
    }

    static double bytesPerAwait(String name, int n) throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(n, run(name, n)); // warm up, let the JIT compile
        }
        long t0 = System.nanoTime();
        long a0 = allocatedBytes();
        assertEquals(n, run(name, n));
        long bytes = allocatedBytes() - a0;
        long ns = System.nanoTime() - t0;
        System.out.printf("%s: %.1f bytes and %.1f ns per await%n", name, (double) bytes / n, (double) ns / n);
        return (double) bytes / n;
    }

    @Test
    void awaitingSomethingCompleteAllocatesNothing() throws Exception {
        int n = 2_000_000;
        // a loop, a task and a frame per run: a few hundred bytes in all, nothing per await
        assertTrue(bytesPerAwait("sumCompleted", n) < 0.01);
    }

    @Test
    void awaitingAChildThatFinishesInlineAllocatesOnlyItsFrame() throws Exception {
        int n = 2_000_000;
        // the child's Frame (no arguments: no arrays) is 56 bytes with compressed oops
        assertTrue(bytesPerAwait("sumLeaves", n) <= 64);
    }
}

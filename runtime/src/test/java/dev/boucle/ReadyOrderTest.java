package dev.boucle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The seeded turn order: its PRNG is a fixed function of the seed, and a turn is a permutation. */
class ReadyOrderTest {

    @Test
    void theSeedIsMixedBySplitMix64AsPublished() {
        // SplittableRandom(seed).nextLong() is SplitMix64's first output from state = seed (JDK 8+).
        for (long seed : new long[] {0, 1, 42, -1, Long.MIN_VALUE, 0x9E3779B97F4A7C15L}) {
            assertEquals(new SplittableRandom(seed).nextLong(), ReadyOrder.Rng.splitMix64(seed), "seed " + seed);
        }
        // And the reference implementation's first output for seed 0 (Vigna's splitmix64.c).
        assertEquals(0xE220A8397B1DCDAFL, ReadyOrder.Rng.splitMix64(0));
    }

    @Test
    void theDrawsAreTheLcgsHighBitsScaled() {
        // Written out once more here, from the constants: a change to the generator must be deliberate.
        long state = ReadyOrder.Rng.splitMix64(7);
        ReadyOrder.Rng r = new ReadyOrder.Rng(7);
        for (int i = 0; i < 1000; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int bound = 1 + i;
            assertEquals((int) (((state >>> 32) * bound) >>> 32), r.nextInt(bound), "draw " + i);
        }
    }

    @Test
    void nextIntStaysInItsBoundAndCoversIt() {
        ReadyOrder.Rng r = new ReadyOrder.Rng(3);
        for (int bound : new int[] {1, 2, 3, 7, 1000, Integer.MAX_VALUE}) {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < 5000; i++) {
                int x = r.nextInt(bound);
                assertTrue(x >= 0 && x < bound, x + " out of [0, " + bound + ")");
                seen.add(x);
            }
            if (bound <= 7) {
                assertEquals(bound, seen.size(), "every value of [0, " + bound + ") drawn");
            }
        }
    }

    @Test
    void aTurnIsAPermutationOfItsEntriesAndTheTraceNamesThem() {
        ReadyOrder order = new ReadyOrder(new ReadyOrder.Rng(9));
        List<String> trace = new ArrayList<>();
        order.trace(trace::add);
        ArrayDeque<Object> ready = new ArrayDeque<>();
        List<Runnable> entries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int k = i;
            Runnable r = () -> entries.get(k); // capturing: one object per entry
            entries.add(r);
            ready.addLast(r);
        }
        Object[] b = order.arrange(ready, 1_500_000);
        assertEquals(50, order.size());
        assertEquals(0, ready.size(), "the turn's entries are taken out of the queue");
        List<Object> drawn = java.util.Arrays.asList(b).subList(0, 50);
        assertEquals(new HashSet<>(entries), new HashSet<>(drawn));
        assertTrue(!drawn.equals(entries), "50 entries left in FIFO order by a shuffle");
        assertEquals(1, trace.size());
        assertTrue(trace.get(0).startsWith("turn 1 @1.500ms: callback#"), trace.get(0));
        assertEquals(50, trace.get(0).split(" ").length - 3);
    }

    @Test
    void millisPrintsTheSameTextEverywhere() {
        assertEquals("0.000ms", ReadyOrder.millis(0));
        assertEquals("3600000.000ms", ReadyOrder.millis(3_600_000_000_000L));
        assertEquals("1.005ms", ReadyOrder.millis(1_005_000));
        assertEquals("0.042ms", ReadyOrder.millis(42_999));
    }
}

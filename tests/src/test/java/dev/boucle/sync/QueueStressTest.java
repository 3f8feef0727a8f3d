package dev.boucle.sync;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 100 producers and 100 consumers move 1,000,000 items through a bounded queue while a chaos task
 * cancels producers and consumers at random (seeded) and starts replacements. Because a put that
 * throws put nothing and a get that throws took nothing, a cancelled producer hands its item to
 * its replacement and nothing is lost or doubled: every item is consumed exactly once, and
 * {@code join()} returns.
 */
@Timeout(300)
class QueueStressTest {
    static final int PRODUCERS = 100;
    static final int CONSUMERS = 100;

    final Queue<Integer> queue = new Queue<>(64);
    Random random = new Random(20261127);
    int items = 1_000_000;
    byte[] seen;
    final ArrayDeque<Integer> retry = new ArrayDeque<>();
    final Event allPut = new Event();
    final List<Task<Void>> producers = new ArrayList<>();
    final List<Task<Void>> consumers = new ArrayList<>();
    int next;
    int put;
    int consumed;
    int doubled;
    int cancelledPuts;
    int cancellations;
    boolean chaos = true;

    @Async
    Coroutine<Void> producer() {
        for (;;) {
            Integer item = retry.pollFirst();
            if (item == null) {
                if (next == items) {
                    return done();
                }
                item = next++;
            }
            try {
                await(queue.put(item));
            } catch (CancelledException e) {
                retry.addLast(item); // not put: the replacement puts it
                cancelledPuts++;
                throw e;
            }
            if (++put == items) {
                allPut.set();
            }
        }
    }

    @Async
    Coroutine<Void> consumer() {
        for (;;) {
            int item = await(queue.get());
            if (seen[item]++ != 0) {
                doubled++;
            }
            consumed++;
            try {
                if (random.nextInt(4) == 0) {
                    await(yieldNow()); // a window where a cancellation lands after the get
                }
            } finally {
                queue.taskDone();
            }
        }
    }

    @Async
    Coroutine<Void> chaos() {
        Loop loop = Loop.current();
        while (chaos) {
            await(yieldNow());
            List<Task<Void>> side = random.nextBoolean() ? producers : consumers;
            int i = random.nextInt(side.size());
            Task<Void> victim = side.get(i);
            if (!victim.isDone()) {
                victim.cancel();
                cancellations++;
                side.set(i, loop.schedule(side == producers ? producer() : consumer()));
            }
        }
        return done();
    }

    @Async
    Coroutine<String> run() {
        seen = new byte[items];
        Loop loop = Loop.current();
        for (int i = 0; i < PRODUCERS; i++) {
            producers.add(loop.schedule(producer()));
        }
        for (int i = 0; i < CONSUMERS; i++) {
            consumers.add(loop.schedule(consumer()));
        }
        Task<Void> c = loop.schedule(chaos());
        await(allPut);
        chaos = false;
        await(c);
        await(queue.join());
        for (Task<Void> t : consumers) {
            t.cancel();
        }
        return done("joined");
    }

    @Test
    void everyItemIsConsumedExactlyOnce() {
        assertEquals("joined", Loop.run(run()));
        check(1_000, 100);
        System.out.println("QueueStressTest: " + cancellations + " cancellations, " + cancelledPuts + " cancelled puts");
    }

    /**
     * The same with 100,000 items on seeded loops, where the tasks ready in one turn run in an order
     * drawn from the seed: other interleavings of wake-ups and cancellations, each reproducible.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void everyItemIsConsumedExactlyOnceInSeededOrders(long seed) {
        items = 100_000;
        random = new Random(seed);
        try (Loop loop = Loop.withVirtualClock(seed)) {
            assertEquals("joined", loop.runUntilComplete(run()));
        }
        check(100, 10);
    }

    void check(int minCancellations, int minCancelledPuts) {
        assertEquals(0, doubled, "items consumed twice");
        assertEquals(items, put);
        assertEquals(items, consumed);
        for (int i = 0; i < items; i++) {
            if (seen[i] != 1) {
                throw new AssertionError("item " + i + " consumed " + seen[i] + " times");
            }
        }
        assertEquals(0, queue.size());
        assertTrue(retry.isEmpty());
        assertTrue(cancellations > minCancellations, "the chaos task cancelled only " + cancellations + " tasks");
        assertTrue(cancelledPuts > minCancelledPuts, "only " + cancelledPuts + " puts were cancelled");
    }
}

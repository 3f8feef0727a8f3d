package dev.boucle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimersTest {
    private static final class Entry {
        final long deadline;
        final long order;
        final Runnable target;

        Entry(long deadline, long order, Runnable target) {
            this.deadline = deadline;
            this.order = order;
            this.target = target;
        }
    }

    @Test
    void firesInDeadlineOrderAndTiesInInsertionOrder() {
        Timers timers = new Timers();
        Random rnd = new Random(42);
        PriorityQueue<Entry> reference = new PriorityQueue<>(
                Comparator.<Entry>comparingLong(e -> e.deadline).thenComparingLong(e -> e.order));
        for (int i = 0; i < 5000; i++) {
            long d = rnd.nextInt(100); // many ties
            Runnable r = () -> {};
            timers.add(d, r);
            reference.add(new Entry(d, i, r));
        }
        assertNull(timers.pollDue(-1), "nothing is due before the first deadline");
        List<Object> got = new ArrayList<>();
        Object t;
        while ((t = timers.pollDue(1000)) != null) {
            got.add(t);
        }
        List<Object> expected = new ArrayList<>();
        while (!reference.isEmpty()) {
            expected.add(reference.poll().target);
        }
        assertEquals(expected, got);
        assertTrue(timers.isEmpty());
    }

    @Test
    void deadlinesCompareByDifferenceAcrossNanoTimeOverflow() {
        Timers timers = new Timers();
        Runnable late = () -> {};
        Runnable early = () -> {};
        timers.add(Long.MIN_VALUE + 5, late); // after the overflow
        timers.add(Long.MAX_VALUE - 5, early);
        assertEquals(early, timers.pollDue(Long.MAX_VALUE));
        assertNull(timers.pollDue(Long.MAX_VALUE));
        assertEquals(late, timers.pollDue(Long.MIN_VALUE + 10));
    }

    @Test
    void removingTaskTimersKeepsTheHeapOrdered() {
        Loop loop = new Loop();
        Timers timers = new Timers();
        Random rnd = new Random(7);
        List<Task<?>> tasks = new ArrayList<>();
        java.util.Map<Task<?>, Long> deadline = new java.util.IdentityHashMap<>();
        for (int i = 0; i < 2000; i++) {
            Task<?> t = loop.newTask(Boucle.done(i), null);
            long d = rnd.nextInt(1000);
            timers.add(d, t);
            tasks.add(t);
            deadline.put(t, d);
        }
        for (Task<?> t : tasks) {
            assertTrue(t.timerIndex >= 0);
        }
        List<Task<?>> removed = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Task<?> t = tasks.get(rnd.nextInt(tasks.size()));
            if (t.timerIndex >= 0) {
                timers.removeAt(t.timerIndex);
                removed.add(t);
                assertEquals(-1, t.timerIndex);
            }
        }
        long previous = Long.MIN_VALUE;
        int count = 0;
        Object o;
        while ((o = timers.pollDue(Long.MAX_VALUE / 2)) != null) {
            Task<?> t = (Task<?>) o;
            assertTrue(!removed.contains(t), "a removed timer fired");
            assertEquals(-1, t.timerIndex);
            long d = deadline.get(t);
            assertTrue(previous <= d, "out of order");
            previous = d;
            count++;
        }
        assertEquals(tasks.size() - removed.size(), count);
    }
}

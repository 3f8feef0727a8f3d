package dev.boucle;

import dev.boucle.syscall.Parking;
import java.util.Arrays;

/**
 * The loop's timers: a binary min-heap on (deadline, order of insertion), so timers with equal
 * deadlines fire in the order they were set. Stored in parallel arrays (20 bytes per timer, no
 * object per timer). A target is a {@link Task} to wake or a {@link CancelScope} to cancel (both
 * record their index, so a cancelled sleep or a timeout that did not fire leaves the heap in
 * O(log n)), or a {@link Runnable} to run.
 *
 * <p>Deadlines are {@link System#nanoTime()} values, compared by difference, as nanoTime requires.
 */
final class Timers implements Parking {
    private long[] deadlines = new long[16];
    private long[] orders = new long[16];
    private Object[] targets = new Object[16];
    private int size;
    private long nextOrder;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest deadline; only when not empty. */
    long firstDeadline() {
        return deadlines[0];
    }

    void add(long deadline, Object target) {
        if (size == targets.length) {
            int n = size * 2;
            deadlines = Arrays.copyOf(deadlines, n);
            orders = Arrays.copyOf(orders, n);
            targets = Arrays.copyOf(targets, n);
        }
        int i = size++;
        siftUp(i, deadline, nextOrder++, target);
    }

    /** Removes and returns the earliest target if its deadline is at or before {@code now}, else null. */
    Object pollDue(long now) {
        if (size == 0 || deadlines[0] - now > 0) {
            return null;
        }
        Object t = targets[0];
        removeAt(0);
        return t;
    }

    /** Removes the timer at heap index {@code i} (a task's {@code timerIndex}). */
    void removeAt(int i) {
        Object gone = targets[i];
        if (gone instanceof Task) {
            ((Task<?>) gone).timerIndex = -1;
        } else if (gone instanceof CancelScope) {
            ((CancelScope) gone).timerIndex = -1;
        }
        int last = --size;
        if (i != last) {
            long d = deadlines[last];
            long o = orders[last];
            Object t = targets[last];
            targets[last] = null;
            siftDown(i, d, o, t);
            if (targets[i] == t) {
                siftUp(i, d, o, t);
            }
        } else {
            targets[last] = null;
        }
        if (size == 0) {
            nextOrder = 0;
        }
    }

    /** A sleeping task cancelled or woken otherwise: its timer leaves the heap. */
    @Override
    public void unpark(Task<?> task, boolean cancelled) {
        if (task.timerIndex >= 0) {
            removeAt(task.timerIndex);
        }
    }

    @Override
    public String describeWait(Task<?> task) {
        int i = task.timerIndex;
        if (i < 0) {
            return "a timer";
        }
        long ms = (deadlines[i] - task.loop.clock.nanoTime()) / 1_000_000; // the loop's clock: virtual on a test loop
        return "sleep, " + (ms >= 0 ? ms + " ms left" : -ms + " ms overdue");
    }

    private static boolean before(long d1, long o1, long d2, long o2) {
        long diff = d1 - d2;
        return diff < 0 || (diff == 0 && o1 < o2);
    }

    private void siftUp(int i, long d, long o, Object t) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(d, o, deadlines[parent], orders[parent])) {
                break;
            }
            set(i, deadlines[parent], orders[parent], targets[parent]);
            i = parent;
        }
        set(i, d, o, t);
    }

    private void siftDown(int i, long d, long o, Object t) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(deadlines[right], orders[right], deadlines[child], orders[child])) {
                child = right;
            }
            if (!before(deadlines[child], orders[child], d, o)) {
                break;
            }
            set(i, deadlines[child], orders[child], targets[child]);
            i = child;
        }
        set(i, d, o, t);
    }

    private void set(int i, long d, long o, Object t) {
        deadlines[i] = d;
        orders[i] = o;
        targets[i] = t;
        if (t instanceof Task) {
            ((Task<?>) t).timerIndex = i;
        } else if (t instanceof CancelScope) {
            ((CancelScope) t).timerIndex = i;
        }
    }
}

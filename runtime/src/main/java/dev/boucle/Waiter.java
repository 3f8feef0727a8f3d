package dev.boucle;

import java.util.ArrayList;

/**
 * A countdown that tasks can await: awaiting it suspends until {@link #set()} was called
 * {@code n} times (the seeds' {@code Waiter}), then every waiting task resumes, in the order it
 * began to wait. Awaiting an open waiter (counted down to zero) does not suspend.
 *
 * <p>Not thread-safe: call {@link #set()} on the loop's thread (from another thread, through
 * {@link Loop#callSoonThreadsafe}).
 */
public final class Waiter implements Awaitable<Void> {
    private int remaining;
    /** null, one task, or a list of them. */
    private Object waiting;

    public Waiter(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Boucle: Waiter(" + n + "): the count cannot be negative");
        }
        this.remaining = n;
    }

    /** A waiter set once: {@code new Waiter(1)}. */
    public Waiter() {
        this(1);
    }

    /** Counts down by one; at zero, wakes the waiting tasks. */
    public void set() {
        if (remaining > 0 && --remaining == 0) {
            Object w = waiting;
            waiting = null;
            if (w instanceof Task) {
                wake((Task<?>) w);
            } else if (w != null) {
                @SuppressWarnings("unchecked")
                ArrayList<Task<?>> all = (ArrayList<Task<?>>) w;
                for (Task<?> t : all) {
                    wake(t);
                }
            }
        }
    }

    private static void wake(Task<?> t) {
        t.loop.checkThread();
        t.blockers = null;
        t.loop.wake(t, null, null);
    }

    /** How many {@link #set()} calls are still needed. */
    public int remaining() {
        return remaining;
    }

    boolean isOpen() {
        return remaining == 0;
    }

    void park(Task<?> t) {
        Object w = waiting;
        if (w == null) {
            waiting = t;
        } else if (w instanceof Task) {
            ArrayList<Task<?>> all = new ArrayList<>(4);
            all.add((Task<?>) w);
            all.add(t);
            waiting = all;
        } else {
            @SuppressWarnings("unchecked")
            ArrayList<Task<?>> all = (ArrayList<Task<?>>) w;
            all.add(t);
        }
        t.addBlocker(this);
    }

    void unpark(Task<?> t) {
        Object w = waiting;
        if (w == t) {
            waiting = null;
        } else if (w instanceof ArrayList) {
            ((ArrayList<?>) w).remove(t);
        }
    }

    @Override
    public String toString() {
        return "<Waiter " + remaining + " left>";
    }
}

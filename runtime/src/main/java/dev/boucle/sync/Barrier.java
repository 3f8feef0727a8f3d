package dev.boucle.sync;

import dev.boucle.Awaitable;
import dev.boucle.Coroutine;
import dev.boucle.Task;
import dev.boucle.internal.Body;
import dev.boucle.internal.Frame;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Parking;
import dev.boucle.syscall.Syscall;
import java.util.ArrayDeque;

/**
 * A meeting point for a fixed number of tasks (asyncio 3.11's {@code Barrier}): each task awaits
 * {@link #arrive()} (asyncio's {@code wait()}, a name Java's {@code Object} keeps), and once
 * {@code parties} tasks have arrived they all go on, each with its arrival index, 0 to
 * {@code parties - 1}. The barrier then serves the next round; tasks arriving while the last
 * round's tasks are still leaving wait for them to have left (asyncio's "draining").
 *
 * <pre>{@code
 * Barrier ready = new Barrier(3);
 * // in each of 3 tasks:
 * int index = await(ready.arrive());   // returns in all three once the third has arrived
 * }</pre>
 *
 * <p>{@link #abort()} breaks the barrier: every waiting task, and every later arrival, gets a
 * {@link BarrierBrokenException}. {@link #reset()} throws it into the waiting tasks and returns the
 * barrier to its empty state once they have left. A task cancelled while it waits leaves, and the
 * barrier does not break (asyncio's rule; Java's {@code CyclicBarrier} would break).
 *
 * <p>Bound to one loop: a call from another thread is refused with an {@link IllegalStateException}
 * and changes nothing.
 */
public final class Barrier {
    private enum State { FILLING, DRAINING, RESETTING, BROKEN }

    private static final Body ARRIVE = (self, f) -> ((Barrier) self).arriveStep(f);
    /** What a blocked arrival is woken with: the barrier changed, arrive again (asyncio re-checks its predicate). */
    private static final Object AGAIN = new Object();

    private final Affinity affinity = new Affinity();
    private final int parties;
    private State state = State.FILLING;
    /** Tasks in the barrier: arrived in this round and not left yet (asyncio's {@code _count}). */
    private int count;
    /** Arrivals counted in this round, waiting for the last party. */
    private final ArrayDeque<Arrival> filling = new ArrayDeque<>();
    /** Arrivals waiting for the barrier to drain or finish resetting before they count. */
    private final ArrayDeque<Arrival> blocked = new ArrayDeque<>();
    private Kernel kernel;

    public Barrier(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("Boucle: Barrier(" + parties + "): parties must be at least 1");
        }
        this.parties = parties;
    }

    /**
     * Arrives at the barrier (asyncio's {@code wait()}): awaiting it returns this task's arrival
     * index once {@code parties} tasks have arrived, or throws {@link BarrierBrokenException} if the
     * barrier is or gets aborted or reset.
     */
    @SuppressWarnings("unchecked")
    public Awaitable<Integer> arrive() {
        affinity.check("Barrier", "arrive()");
        return (Coroutine<Integer>) (Coroutine<?>) new Frame(ARRIVE, this, "dev/boucle/sync/Barrier", "arrive", 0, 0);
    }

    /** arrive(): one arrival after another, as long as the barrier sends a blocked one back to arrive again. */
    private Object arriveStep(Frame f) {
        Object v = f.label == 0 ? AGAIN : f.takeSent();
        while (v == AGAIN) {
            v = Frame.await(new Arrival(), f);
            if (v == Frame.SUSPENDED) {
                f.label = 1;
                return v;
            }
        }
        return v;
    }

    /**
     * Empties the barrier: the waiting tasks get {@link BarrierBrokenException}, and once they have
     * left it accepts new arrivals again. Also repairs an aborted barrier.
     */
    public void reset() {
        affinity.check("Barrier", "reset()");
        if (count > 0) {
            state = State.RESETTING;
        } else {
            state = State.FILLING;
        }
        wakeAll();
    }

    /** Breaks the barrier: waiting tasks and later arrivals get {@link BarrierBrokenException}. */
    public void abort() {
        affinity.check("Barrier", "abort()");
        state = State.BROKEN;
        wakeAll();
    }

    /** How many tasks must arrive for the barrier to let them go. */
    public int parties() {
        return parties;
    }

    /** How many tasks wait in the current round (0 while draining or resetting, as asyncio). */
    public int waiting() {
        return state == State.FILLING ? count : 0;
    }

    /** Whether {@link #abort()} broke the barrier. */
    public boolean isBroken() {
        return state == State.BROKEN;
    }

    /**
     * Wakes every waiting arrival (asyncio's {@code notify_all}); each decides what it gets when it
     * runs (see {@link Arrival#delivered}): a blocked one arrives again then.
     */
    private void wakeAll() {
        wake(filling);
        wake(blocked);
    }

    private void wake(ArrayDeque<Arrival> q) {
        Arrival a;
        while ((a = q.pollFirst()) != null) {
            kernel.reply(a.task, null, a);
        }
    }

    /** The last party arrived: the round's arrivals go, and the barrier drains. */
    private void release() {
        state = State.DRAINING;
        wake(filling);
    }

    /** A task of the round left; the last one out opens the barrier for the next round. */
    private void exit() {
        count--;
        if (count == 0) {
            if (state == State.RESETTING || state == State.DRAINING) {
                state = State.FILLING;
            }
            wakeAll();
        }
    }

    @Override
    public String toString() {
        return "<Barrier " + state.name().toLowerCase(java.util.Locale.ROOT)
                + (state == State.BROKEN ? "" : ", waiters:" + waiting() + "/" + parties) + ">";
    }

    /** One task's arrival: its message, what it is parked on, and its index once it counts. */
    private final class Arrival implements Syscall<Integer>, Parking {
        Task<?> task;
        int index;
        /** Whether it counts in {@link #count} (it is in the round, not blocked). */
        boolean counted;

        @Override
        public Object poll(Task<?> sender) {
            affinity.bind("Barrier", sender);
            if (state == State.BROKEN) {
                throw new BarrierBrokenException("Barrier aborted");
            }
            if (state == State.FILLING && count + 1 == parties) {
                index = count++; // the last party: the round goes, this task first
                release();
                exit();
                return index;
            }
            return NOT_READY;
        }

        @Override
        public void handle(Kernel k, Task<?> sender) {
            kernel = k;
            task = sender;
            k.park(sender, this);
            if (state == State.FILLING) {
                index = count++;
                counted = true;
                filling.addLast(this);
            } else {
                blocked.addLast(this);
            }
        }

        /** Cancelled while it waits: it leaves, and the barrier is not broken. */
        @Override
        public void unpark(Task<?> t, boolean cancelled) {
            if (counted) {
                filling.remove(this);
                exit();
            } else {
                blocked.remove(this);
            }
        }

        /**
         * Woken: a counted arrival leaves the round with its index, or with the exception of a broken
         * or reset barrier; a blocked one arrives again.
         */
        @Override
        public Object delivered(Task<?> t, Object value) {
            if (!counted) {
                return AGAIN;
            }
            State s = state;
            exit();
            if (s == State.BROKEN || s == State.RESETTING) {
                throw new BarrierBrokenException("Abort or reset of barrier");
            }
            return index;
        }

        /** Woken, then cancelled before it ran: it leaves all the same. */
        @Override
        public void refund(Task<?> t, Object value) {
            if (counted) {
                exit();
            }
        }

        @Override
        public String describeWait(Task<?> t) {
            return "arrive at " + Barrier.this;
        }

        @Override
        public String toString() {
            return "arrive at " + Barrier.this;
        }
    }
}

package dev.boucle.sync;

import dev.boucle.Awaitable;
import dev.boucle.Task;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import dev.boucle.syscall.WaitQueue;

/**
 * A mutual-exclusion lock for the tasks of one loop (asyncio's {@code Lock}): not reentrant, and
 * FIFO-fair. {@code await(lock.acquire())} takes it, at once if it is free and nobody waits, else
 * in the order the tasks asked; {@link #release()} hands it to the first waiter directly, so no
 * task can barge in between. Only the task that holds it may release it.
 *
 * <pre>{@code
 * await(lock.acquire());
 * try {
 *     ...                      // one task at a time, awaits included
 * } finally {
 *     lock.release();
 * }
 * }</pre>
 *
 * <p>Cancellation-safe: a task cancelled while it waits takes nothing; a task the lock was handed
 * to but cancelled before it ran passes it on to the next waiter (or leaves it free).
 *
 * <p>Bound to one loop (see the package's thread rule): a call from another thread is refused
 * with an {@link IllegalStateException} and changes nothing.
 */
public final class Lock {
    /** Also the affinity of the conditions over this lock: one loop for both. */
    final Affinity affinity = new Affinity();
    /** The acquire message and the queue of waiters, in one object: {@link #acquire()} allocates nothing. */
    private final Acquire waiters = new Acquire();
    private Task<?> owner;

    public Lock() {}

    /** Acquires the lock: awaiting it returns once the calling task holds it. */
    public Awaitable<Void> acquire() {
        affinity.check("Lock", "acquire()");
        return waiters;
    }

    /**
     * Releases the lock, handing it to the first waiting task if any. Throws
     * {@link IllegalStateException} if the lock is not held, or is held by another task than the
     * caller (the lock is then left as it was).
     */
    public void release() {
        affinity.check("Lock", "release()");
        Task<?> o = owner;
        if (o == null) {
            throw new IllegalStateException("Boucle: Lock.release() on a lock that is not locked");
        }
        if (!o.isRunningNow()) {
            throw new IllegalStateException("Boucle: Lock.release() by a caller that does not hold the lock (it is held by "
                    + o + "); only the task that acquired a lock may release it");
        }
        passOn();
    }

    /** Whether a task holds the lock (or it was handed to a woken waiter that has not run yet). */
    public boolean isLocked() {
        return owner != null;
    }

    /** The task holding the lock, or {@code null}: for messages and dumps. */
    Task<?> owner() {
        return owner;
    }

    /** Gives the lock to the next waiter, or leaves it free. */
    private void passOn() {
        owner = waiters.wakeFirst(null);
    }

    @Override
    public String toString() {
        return "<Lock " + (owner == null ? "unlocked" : "locked by " + owner)
                + (waiters.isEmpty() ? "" : ", " + waiters.size() + " waiting") + ">";
    }

    /** The acquire message: a syscall whose waiters park here; the lock is handed over at wake-up. */
    private final class Acquire extends WaitQueue implements Syscall<Void> {
        @Override
        public Object poll(Task<?> sender) {
            affinity.bind("Lock", sender);
            if (owner == null) { // free implies nobody waits: release hands it straight to a waiter
                owner = sender;
                return null;
            }
            if (owner == sender) {
                throw new IllegalStateException("Boucle: " + sender + " acquires a Lock it already holds;"
                        + " a Lock is not reentrant (it would wait for itself forever)");
            }
            return NOT_READY;
        }

        @Override
        public void handle(Kernel kernel, Task<?> sender) {
            park(kernel, sender);
        }

        /** The woken waiter was cancelled before it ran: it never held the lock, the next one gets it. */
        @Override
        public void refund(Task<?> task, Object value) {
            if (owner == task) {
                passOn();
            }
        }

        @Override
        public String describeWait(Task<?> task) {
            return "acquire " + Lock.this;
        }

        @Override
        public String toString() {
            return Lock.this.toString();
        }
    }
}

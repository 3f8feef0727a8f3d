package dev.boucle.sync;

import dev.boucle.Awaitable;
import dev.boucle.Task;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import dev.boucle.syscall.WaitQueue;

/**
 * A counter of permits for the tasks of one loop (asyncio's {@code Semaphore}): {@code
 * await(sem.acquire())} takes a permit, waiting if none is left; {@link #release()} gives one back,
 * handing it straight to the first waiting task (FIFO-fair: no task barges in ahead of a waiter).
 * Any code of the loop may release, not only a task that acquired: asyncio's rule. To catch
 * releases past the initial count, use {@link BoundedSemaphore}.
 *
 * <pre>{@code
 * Semaphore slots = new Semaphore(4);   // at most 4 tasks in the section
 * await(slots.acquire());
 * try { ... } finally { slots.release(); }
 * }</pre>
 *
 * <p>Cancellation-safe: a task cancelled while it waits takes no permit; a task a permit was handed
 * to but cancelled before it ran gives it back (to the next waiter, or to the count).
 *
 * <p>Bound to one loop: a call from another thread is refused with an {@link IllegalStateException}
 * and changes nothing.
 */
public class Semaphore {
    final Affinity affinity = new Affinity();
    private final Acquire waiters = new Acquire();
    private int permits;

    public Semaphore(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("Boucle: " + getClass().getSimpleName() + "(" + permits
                    + "): the number of permits cannot be negative");
        }
        this.permits = permits;
    }

    /** Takes a permit: awaiting it returns once the calling task has one. */
    public Awaitable<Void> acquire() {
        affinity.check(kind(), "acquire()");
        return waiters;
    }

    /** Gives a permit back: to the first waiting task if any, else to the count. */
    public void release() {
        affinity.check(kind(), "release()");
        checkRelease();
        passOn();
    }

    /** How many permits an {@link #acquire()} could take now without waiting. */
    public int available() {
        return permits;
    }

    /** Whether an acquire would wait (asyncio's {@code locked()}). */
    public boolean isLocked() {
        return permits == 0;
    }

    /** Refuses a release the semaphore does not allow, before anything changes; a plain one allows all. */
    void checkRelease() {}

    String kind() {
        return "Semaphore";
    }

    /** One permit back: handed to the first waiter, or counted. */
    private void passOn() {
        if (waiters.wakeFirst(null) == null) {
            permits++;
        }
    }

    @Override
    public String toString() {
        return "<" + kind() + " " + permits + " available" + (waiters.isEmpty() ? "" : ", " + waiters.size() + " waiting") + ">";
    }

    /** The acquire message and the queue of waiters, in one object: {@link #acquire()} allocates nothing. */
    private final class Acquire extends WaitQueue implements Syscall<Void> {
        @Override
        public Object poll(Task<?> sender) {
            affinity.bind(kind(), sender);
            if (permits > 0) { // a permit left implies nobody waits: release hands permits to waiters first
                permits--;
                return null;
            }
            return NOT_READY;
        }

        @Override
        public void handle(Kernel kernel, Task<?> sender) {
            park(kernel, sender);
        }

        /** The woken waiter was cancelled before it ran: its permit goes on. */
        @Override
        public void refund(Task<?> task, Object value) {
            passOn();
        }

        @Override
        public String describeWait(Task<?> task) {
            return "acquire " + Semaphore.this;
        }

        @Override
        public String toString() {
            return Semaphore.this.toString();
        }
    }
}

package dev.boucle.sync;

import dev.boucle.Task;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import dev.boucle.syscall.WaitQueue;

/**
 * A flag tasks can wait for (asyncio's {@code Event}): {@code await(event)} returns at once if it is
 * set, else when {@link #set()} is called; every waiting task then resumes, in the order it began
 * to wait. {@link #clear()} resets it.
 *
 * <pre>{@code
 * Event ready = new Event();
 * // in one task:      await(ready);
 * // in another task:  ready.set();
 * }</pre>
 *
 * <p>Cancellation-safe: a task cancelled while it waits leaves the queue and takes nothing.
 * Bound to one loop: a call from another thread is refused with an {@link IllegalStateException}
 * and changes nothing.
 */
public final class Event implements Syscall<Void> {
    private final Affinity affinity = new Affinity();
    private final WaitQueue waiters = new WaitQueue() {
        @Override
        public String describeWait(Task<?> task) {
            return "wait " + Event.this;
        }
    };
    private boolean set;

    public Event() {}

    /** Sets the flag and wakes every waiting task; nothing if already set. */
    public void set() {
        affinity.check("Event", "set()");
        if (!set) {
            set = true;
            waiters.wakeAll(null);
        }
    }

    /** Resets the flag: tasks awaiting the event from now on wait for the next {@link #set()}. */
    public void clear() {
        affinity.check("Event", "clear()");
        set = false;
    }

    public boolean isSet() {
        return set;
    }

    /** Part of the syscall protocol (called by the loop): does not suspend once the flag is set. */
    @Override
    public Object poll(Task<?> sender) {
        affinity.bind("Event", sender);
        return set ? null : NOT_READY;
    }

    /** Part of the syscall protocol (called by the loop): parks the sender until the flag is set. */
    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        waiters.park(kernel, sender);
    }

    @Override
    public String toString() {
        return "<Event " + (set ? "set" : "unset") + (waiters.isEmpty() ? "" : ", " + waiters.size() + " waiting") + ">";
    }
}

package dev.boucle.syscall;

import dev.boucle.Task;
import java.util.ArrayDeque;

/**
 * A FIFO of tasks parked on one thing: the building block of {@link dev.boucle.Waiter} and of the
 * primitives of {@code dev.boucle.sync}, and of any a user writes. It is a {@link Parking}: a task
 * cancelled while it waits leaves the queue, and a task woken by something else too.
 *
 * <p>The queue binds to the loop of the first task parked on it; parking a task of another loop
 * is refused ("attached to a different loop"), as asyncio refuses it. Subclasses override
 * {@link #refund} to take back what a wake-up handed over and {@link #unpark} to learn of
 * departures (calling {@code super.unpark}).
 *
 * <p>Not thread-safe: the loop's thread only.
 */
public class WaitQueue implements Parking {
    private final ArrayDeque<Task<?>> tasks = new ArrayDeque<>(2);
    private Kernel kernel;

    /** Parks {@code task}, the sender of the syscall {@code kernel} is handling, at the back. */
    public final void park(Kernel kernel, Task<?> task) {
        Kernel k = this.kernel;
        if (k == null) {
            this.kernel = kernel;
        } else if (k != kernel) {
            throw new IllegalStateException("Boucle: " + task + " cannot wait on " + this
                    + ": it is attached to a different loop. Use a lock, event or queue from the tasks of one loop.");
        }
        tasks.addLast(task);
        kernel.park(task, this);
    }

    /** Whether no task waits. */
    public final boolean isEmpty() {
        return tasks.isEmpty();
    }

    /** How many tasks wait. */
    public final int size() {
        return tasks.size();
    }

    /** Wakes the first task with {@code value} and returns it; {@code null} if none waits. */
    public final Task<?> wakeFirst(Object value) {
        Task<?> t = tasks.pollFirst();
        if (t != null) {
            kernel.reply(t, value, this);
        }
        return t;
    }

    /** Wakes every waiting task with {@code value}, in the order they came; how many. */
    public final int wakeAll(Object value) {
        int n = 0;
        Task<?> t;
        while ((t = tasks.pollFirst()) != null) {
            kernel.reply(t, value, this);
            n++;
        }
        return n;
    }

    /** Fails every waiting task with {@code error} (one instance, thrown at each await); how many. */
    public final int failAll(Throwable error) {
        int n = 0;
        Task<?> t;
        while ((t = tasks.pollFirst()) != null) {
            kernel.fail(t, error, this);
            n++;
        }
        return n;
    }

    @Override
    public void unpark(Task<?> task, boolean cancelled) {
        tasks.remove(task);
    }

    @Override
    public String toString() {
        return "<WaitQueue " + tasks.size() + " waiting>";
    }
}

package dev.boucle.syscall;

import dev.boucle.Coroutine;
import dev.boucle.Task;
import java.nio.channels.SelectableChannel;

/**
 * What a {@link Syscall} handler may ask of the loop that received it. One per loop; every method
 * runs on the loop's thread.
 */
public interface Kernel {
    /** Resumes {@code task} with {@code value} as the result of its await; it goes to the back of the ready queue. */
    void reply(Task<?> task, Object value);

    /** Resumes {@code task} by throwing {@code error} at its await. */
    void fail(Task<?> task, Throwable error);

    /** Schedules {@code c} as a new task at the back of the ready queue (SCHEDULE). */
    <T> Task<T> spawn(Coroutine<T> c);

    /** The loop's clock, in {@link System#nanoTime()} units. */
    long nanoTime();

    /**
     * Replies {@code null} to {@code task} once {@code deadlineNanos} (on {@link #nanoTime()}'s clock)
     * has passed. Timers with equal deadlines fire in the order they were set.
     */
    void wakeAt(Task<?> task, long deadlineNanos);

    /**
     * Replies {@code null} to {@code task} when {@code channel} is ready for {@code ops}
     * ({@link java.nio.channels.SelectionKey} bits) in the loop's selector. The channel must be
     * non-blocking. A second task waiting for the same readiness of the same channel gets a clear error.
     */
    void wakeOnReady(Task<?> task, SelectableChannel channel, int ops);

    /**
     * Runs {@code onCancel} if {@code task} is cancelled while it waits for this handler's reply,
     * before the cancellation is thrown into it: the place to undo a registration.
     */
    void onCancel(Task<?> task, Runnable onCancel);
}

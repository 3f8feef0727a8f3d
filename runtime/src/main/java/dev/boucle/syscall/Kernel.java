package dev.boucle.syscall;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.nio.channels.SelectableChannel;

/**
 * What a {@link Syscall} handler, or a {@link Parking} waking its tasks, may ask of the loop. One
 * per loop; every method runs on the loop's thread.
 *
 * <p>Order, as in the seeds' loop: a task answered by {@link #reply} goes to the back of the ready
 * queue at once; tasks {@link #spawn spawned} while a handler runs are queued when it returns, so
 * a sender answered at once runs again before the tasks it spawned.
 */
public interface Kernel {
    /**
     * Resumes {@code task} with {@code value} as the result of its await; it goes to the back of the
     * ready queue, and every {@link Parking} it was parked on is {@link Parking#unpark unparked}.
     * Fails with {@link IllegalStateException} if the task is not waiting for a reply (answered
     * twice); ignored if the task was cancelled meanwhile.
     */
    default void reply(Task<?> task, Object value) {
        reply(task, value, null);
    }

    /** Resumes {@code task} by throwing {@code error} at its await; otherwise as {@link #reply}. */
    default void fail(Task<?> task, Throwable error) {
        fail(task, error, null);
    }

    /**
     * {@link #reply(Task, Object)} from the parking {@code from} that held {@code task} (and has
     * forgotten it already: it is not unparked). If the task is cancelled before it takes
     * {@code value}, {@code from.refund(task, value)} is called.
     */
    void reply(Task<?> task, Object value, Parking from);

    /** {@link #fail(Task, Throwable)} from the parking {@code from}; see {@link #reply(Task, Object, Parking)}. */
    void fail(Task<?> task, Throwable error, Parking from);

    /**
     * Parks {@code task}, the sender of the syscall being handled, on {@code on}: it waits until it
     * is answered, and {@code on} is told if it stops waiting otherwise (see {@link Parking}).
     */
    void park(Task<?> task, Parking on);

    /**
     * Schedules {@code c} as a new task at the back of the ready queue (SCHEDULE); while a handler
     * runs, after the handler returns. Fails if {@code c} was already started.
     */
    <T> Task<T> spawn(Coroutine<T> c);

    /**
     * The loop's clock, in {@link System#nanoTime()} units: the system's, or the loop's own on a
     * {@link Loop#withVirtualClock()} loop. Deadlines and timeouts must be computed on it.
     */
    long nanoTime();

    /**
     * The {@link #nanoTime()} at which the loop's wall clock ({@link Loop#clock()}) reads {@code when}:
     * how a handler turns an {@link java.time.Instant} into a deadline for {@link #wakeAt}. The
     * default is the system's clocks' mapping.
     */
    default long nanoTimeAt(java.time.Instant when) {
        return Sleep.systemNanoTimeAt(when);
    }

    /**
     * Replies {@code null} to {@code task} once {@code deadlineNanos} (on {@link #nanoTime()}'s clock)
     * has passed. Timers with equal deadlines fire in the order they were set. The timer is dropped
     * if the task is answered otherwise first, or cancelled.
     */
    void wakeAt(Task<?> task, long deadlineNanos);

    /**
     * Replies {@code null} to {@code task} when {@code channel} is ready for {@code ops}
     * ({@link java.nio.channels.SelectionKey} bits; any one of them, if several) in the loop's
     * selector. The channel must be non-blocking. A second task waiting for the same readiness of
     * the same channel gets a clear error. The registration is dropped if the task is answered
     * otherwise first, or cancelled.
     */
    void wakeOnReady(Task<?> task, SelectableChannel channel, int ops);

    /**
     * Runs {@code onCancel} if {@code task} is cancelled while it waits for this handler's reply,
     * before the cancellation is thrown into it: the place to undo a registration. Forgotten once
     * the task is answered. A shorthand for a {@link #park} whose {@link Parking#unpark} acts only
     * when cancelled.
     */
    default void onCancel(Task<?> task, Runnable onCancel) {
        if (onCancel == null) {
            throw new NullPointerException("Kernel.onCancel: the onCancel argument is null");
        }
        park(task, new Parking() {
            @Override
            public void unpark(Task<?> t, boolean cancelled) {
                if (cancelled) {
                    onCancel.run();
                }
            }

            @Override
            public String toString() {
                return "a syscall's reply";
            }
        });
    }

    /** The loop this kernel belongs to. */
    Loop loop();
}

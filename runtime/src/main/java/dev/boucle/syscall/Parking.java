package dev.boucle.syscall;

import dev.boucle.Task;

/**
 * Something a task can be parked on: a timer, a socket's readiness, a task it joins, a
 * {@link WaitQueue} of a lock, an event, a queue... This is the one place where "what a task can
 * wait on" is defined, for the loop's own waits and for users' primitives alike.
 *
 * <p>The protocol, all on the loop's thread:
 * <ol>
 *   <li>A syscall's handler parks its sender: {@link Kernel#park(Task, Parking)}. A task may be
 *       parked on several parkings at once (a timer and a socket, say); the first to wake it wins.</li>
 *   <li>The parking wakes the task with {@link Kernel#reply(Task, Object, Parking)} or
 *       {@link Kernel#fail(Task, Throwable, Parking)}, naming itself: it has already forgotten the task,
 *       so the loop does not call it back; every other parking of the task gets {@link #unpark}.</li>
 *   <li>If the task stops waiting for any other reason (it is cancelled, or another of its parkings
 *       woke it), the loop calls {@link #unpark}: forget the task, and reserve nothing for it.</li>
 *   <li>If a value the parking handed over with its wake-up never reaches the task (the task is
 *       cancelled after it was woken, before it ran), the loop calls {@link #refund}: a lock goes to
 *       the next waiter, a queue's item goes back to the front. If it does reach the task, the loop
 *       calls {@link #delivered} as the task resumes.</li>
 * </ol>
 * A parking never throws from these callbacks; the loop reports it if one does.
 */
public interface Parking {
    /**
     * {@code task}, parked here, stops waiting here without this parking having woken it:
     * {@code cancelled} if it is being cancelled, otherwise another of its parkings woke it.
     */
    void unpark(Task<?> task, boolean cancelled);

    /**
     * The reply {@code value} this parking gave {@code task} with its wake-up was not delivered: the
     * task was cancelled before it ran, and gets a {@link dev.boucle.CancelledException} instead.
     * Take back what was handed over. The default does nothing (a wake-up that hands nothing over).
     */
    default void refund(Task<?> task, Object value) {}

    /**
     * The reply {@code value} this parking gave {@code task} with its wake-up is being delivered: the
     * task resumes now, at the start of its step, with what this returns (or throws). Exactly one of
     * {@code delivered} and {@link #refund} is called for a reply given with
     * {@link Kernel#reply(Task, Object, Parking)}. The place to take what the wake-up only reserved:
     * a queue's getter takes its item when it runs (the best one then, for a priority queue), and a
     * putter puts its item when it runs, so a task cancelled before it runs took and put nothing.
     * The default delivers {@code value}.
     */
    default Object delivered(Task<?> task, Object value) {
        return value;
    }

    /**
     * What a task parked here waits for, for task dumps: {@code "sleep until 12:00:01.250"},
     * {@code "read on /127.0.0.1:5000"}, {@code "lock <Lock locked, 2 waiting>"}.
     */
    default String describeWait(Task<?> task) {
        return String.valueOf(this);
    }
}

package dev.boucle.debug;

import dev.boucle.Loop;
import dev.boucle.Task;

/**
 * Observes a loop: the lifecycle of its tasks, its turns and its lag. Register one with
 * {@link Listeners#add}. Every method runs on the loop's thread, synchronously, inside the loop's
 * turn: keep them short (a listener that blocks blocks the loop), and do not call back into the
 * loop from them except to read (names, states, {@link Task#awaitChain()}).
 *
 * <p>A loop with no listener pays one null test per step and per task created, nothing more
 * (measured in {@code docs/DEBUGGING.md}). An exception a listener throws is reported on standard
 * error and the loop goes on.
 */
public interface LoopListener {
    /** {@code task} was created (scheduled, spawned) and is not started yet. */
    default void taskCreated(Task<?> task) {}

    /** {@code task}'s first step begins. */
    default void taskStarted(Task<?> task) {}

    /** A later step of {@code task} begins: it was woken (or it yielded) and now runs again. */
    default void taskResumed(Task<?> task) {}

    /**
     * {@code task}'s step ended in a suspension: {@link Task#awaitChain()} says where it stands. Comes
     * before the loop handles what it awaited.
     */
    default void taskSuspended(Task<?> task) {}

    /** {@code task} is done: FINISHED, ERROR or CANCELLED. If it ended in a step, this ends the step. */
    default void taskDone(Task<?> task) {}

    /** A plain callback ({@code callSoon}, {@code callLater}, a post) is about to run. */
    default void callbackStarted(Runnable callback) {}

    /** The callback given to the previous {@link #callbackStarted} returned (or threw). */
    default void callbackDone(Runnable callback) {}

    /** A turn of the loop begins: posts, timers and I/O are next, then the ready tasks. */
    default void loopTurn(Loop loop) {}

    /**
     * Timers fired {@code lateNanos} after their deadline (the most late of a turn's timers): the
     * loop's lag, as Node's event-loop delay. Large values mean steps or callbacks hold the loop.
     */
    default void loopLag(Loop loop, long lateNanos) {}
}

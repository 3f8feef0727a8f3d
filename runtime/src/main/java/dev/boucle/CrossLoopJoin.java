package dev.boucle;

import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Parking;

/**
 * A task of loop B joining a task of loop A. Each side touches only its own loop's state on its own
 * thread, and they talk through each other's {@link Loop#callSoonThreadsafe}:
 * <ul>
 *   <li>B (handling the join): parks its task here, and posts the registration to A;</li>
 *   <li>A (registration): if the target is done already, answers at once, otherwise becomes one of
 *       the target's listeners;</li>
 *   <li>A (the target finishes): posts its outcome to B, which wakes the joiner (a blocked B wakes
 *       at once: no waiting for an unrelated timer);</li>
 *   <li>B (the joiner is cancelled or woken otherwise): forgets it, and posts the removal of the
 *       listener to A. A registration that arrives after that does nothing.</li>
 * </ul>
 * If A is closed, the join fails at once: its task will never finish.
 */
final class CrossLoopJoin implements Parking {
    private final Task<?> target;
    private final Kernel joinerKernel;
    /** The joining task, on B; {@code null} once answered or unparked. B's thread only. */
    private Task<?> joiner;
    /** Set on B when the joiner stops waiting; read on A by a registration that comes late. */
    private volatile boolean detached;

    private CrossLoopJoin(Task<?> target, Kernel joinerKernel, Task<?> joiner) {
        this.target = target;
        this.joinerKernel = joinerKernel;
        this.joiner = joiner;
    }

    /** On B: parks {@code joiner} until {@code target}, of another loop, is done. */
    static void join(Task<?> target, Kernel kernel, Task<?> joiner) {
        CrossLoopJoin j = new CrossLoopJoin(target, kernel, joiner);
        try {
            target.loop.callSoonThreadsafe(j::register);
        } catch (IllegalStateException closed) {
            throw new IllegalStateException("Boucle: " + joiner + " awaits " + target + " of a loop that is closed;"
                    + " it will never finish", closed);
        }
        kernel.park(joiner, j);
    }

    /** On A. */
    private void register() {
        if (detached) {
            return;
        }
        if (target.isDone()) {
            targetDone(target.status() == Task.Status.FINISHED ? target.result() : null,
                    target.status() == Task.Status.FINISHED ? null : target.joinError());
        } else {
            target.addListener(this);
        }
    }

    /** On A, when the target is done: hand its outcome to B. */
    void targetDone(Object value, Throwable error) {
        try {
            joinerKernel.loop().callSoonThreadsafe(() -> deliver(value, error));
        } catch (IllegalStateException closed) {
            // B is closed: its tasks will never run again
        }
    }

    /** On B. */
    private void deliver(Object value, Throwable error) {
        Task<?> t = joiner;
        if (t == null) {
            return; // cancelled meanwhile
        }
        joiner = null;
        if (error == null) {
            joinerKernel.reply(t, value, this);
        } else {
            joinerKernel.fail(t, error, this);
        }
    }

    /** On B: the joiner stops waiting without this join having woken it. */
    @Override
    public void unpark(Task<?> task, boolean cancelled) {
        joiner = null;
        detached = true;
        try {
            target.loop.callSoonThreadsafe(() -> target.removeListener(this));
        } catch (IllegalStateException closed) {
            // A is closed: nothing to remove
        }
    }

    @Override
    public String describeWait(Task<?> task) {
        return "join " + target + " (another loop)";
    }

    @Override
    public String toString() {
        return "cross-loop join of " + target;
    }
}

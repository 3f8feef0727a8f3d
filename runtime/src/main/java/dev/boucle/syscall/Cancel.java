package dev.boucle.syscall;

import dev.boucle.Task;

/**
 * Cancels a task, then gives the loop a turn (the seeds' {@code cancel(task)}): the target gets a
 * {@link dev.boucle.CancelledException} at its suspension point when it next runs, or never runs
 * if it had not started.
 */
public final class Cancel implements Syscall<Void> {
    private final Task<?> target;

    public Cancel(Task<?> target) {
        if (target == null) {
            throw new NullPointerException("cancel(null)");
        }
        this.target = target;
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        target.cancel();
        kernel.reply(sender, null);
    }

    @Override
    public String toString() {
        return "CANCEL(" + target + ")";
    }
}

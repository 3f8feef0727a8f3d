package dev.boucle.syscall;

import dev.boucle.Coroutine;
import dev.boucle.Task;

/**
 * SCHEDULE: runs a coroutine concurrently as a new task and replies with that task. The sender
 * goes back in the queue before the new task, as in the seeds.
 */
public final class Spawn<T> implements Syscall<Task<T>> {
    private final Coroutine<T> coroutine;
    private final String name;

    /** @param name the task's name, or {@code null} for the coroutine's method name */
    public Spawn(Coroutine<T> coroutine, String name) {
        if (coroutine == null) {
            throw new NullPointerException("ensureFuture(null)");
        }
        this.coroutine = coroutine;
        this.name = name;
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        Task<T> t = kernel.spawn(coroutine);
        if (name != null) {
            t.setName(name);
        }
        kernel.reply(sender, t);
    }

    @Override
    public String toString() {
        return "SCHEDULE(" + coroutine + ")";
    }
}

package dev.boucle.syscall;

import dev.boucle.Coroutine;
import dev.boucle.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The seeds' {@code ('SCHEDULE', [task1, task2, ...])}: runs several coroutines concurrently, each
 * as a new task, and replies with the tasks in argument order. The sender goes back in the queue
 * before them. {@link Spawn} is the one-coroutine form ({@code ensureFuture}).
 */
public final class SpawnAll implements Syscall<List<Task<?>>> {
    private final Coroutine<?>[] coroutines;

    public SpawnAll(Coroutine<?>... coroutines) {
        for (Coroutine<?> c : coroutines) {
            if (c == null) {
                throw new NullPointerException("SCHEDULE(..., null, ...)");
            }
        }
        this.coroutines = coroutines.clone();
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        List<Task<?>> tasks = new ArrayList<>(coroutines.length);
        for (Coroutine<?> c : coroutines) {
            tasks.add(kernel.spawn(c));
        }
        kernel.reply(sender, Collections.unmodifiableList(tasks));
    }

    @Override
    public String toString() {
        return "SCHEDULE(" + coroutines.length + " coroutines)";
    }
}

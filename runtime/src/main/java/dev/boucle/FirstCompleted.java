package dev.boucle;

import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Parking;
import dev.boucle.syscall.Syscall;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Waits until the first of several tasks is done and replies with it (asyncio's
 * {@code wait(FIRST_COMPLETED)}); the others go on running. Awaiting it when one is done already
 * does not suspend.
 */
final class FirstCompleted<X extends Task<?>> implements Syscall<X>, Parking, Consumer<Task<?>> {
    private final List<X> tasks;
    private Kernel kernel;
    private Task<?> sender;

    FirstCompleted(Collection<? extends X> tasks) {
        Objects.requireNonNull(tasks, "Boucle.firstCompleted: the tasks argument is null");
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("Boucle.firstCompleted: no task given; it would wait forever");
        }
        for (X t : tasks) {
            Objects.requireNonNull(t, "Boucle.firstCompleted: one of the tasks is null");
        }
        this.tasks = new ArrayList<>(tasks);
    }

    @Override
    public Object poll(Task<?> from) {
        for (X t : tasks) {
            if (t.isDone()) {
                return t;
            }
        }
        return NOT_READY;
    }

    @Override
    public void handle(Kernel kernel, Task<?> from) {
        if (sender != null) {
            throw new IllegalStateException("Boucle: this firstCompleted(...) is awaited already; call it again");
        }
        for (X t : tasks) {
            if (t.loop != from.loop) {
                throw new IllegalStateException("Boucle: firstCompleted: " + t + " is attached to a different loop than " + from);
            }
        }
        this.kernel = kernel;
        this.sender = from;
        for (X t : tasks) {
            t.addListener(this);
        }
        kernel.park(from, this);
    }

    /** One of the tasks is done: the first one wakes the sender. */
    @Override
    public void accept(Task<?> done) {
        forget();
        kernel.reply(sender, done, this);
    }

    @Override
    public void unpark(Task<?> task, boolean cancelled) {
        forget();
    }

    private void forget() {
        for (X t : tasks) {
            t.removeListener(this);
        }
    }

    @Override
    public String toString() {
        return "the first of " + tasks.size() + " tasks";
    }
}

package dev.boucle.internal;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.context.Context;

/**
 * The post behind {@code Loop.submit}: creates the task on the loop's thread, with the submitting
 * thread's context, and ties it to the future the submitter already holds.
 */
public final class Submission<T> implements Runnable {
    private final Loop loop;
    private final Coroutine<T> coroutine;
    private final Context context = Context.current();
    private final TaskFuture<T> future = new TaskFuture<>();

    public Submission(Loop loop, Coroutine<T> coroutine) {
        this.loop = loop;
        this.coroutine = coroutine;
    }

    public TaskFuture<T> future() {
        return future;
    }

    @Override
    public void run() {
        if (future.isDone()) {
            return; // cancelled before it was created: the coroutine never starts
        }
        Task<T> t;
        try {
            t = loop.schedule(coroutine);
        } catch (Throwable e) {
            future.completeExceptionally(e); // not a coroutine, started already, ...
            return;
        }
        if (context != Context.EMPTY) {
            Contexts.set(t, context);
        }
        future.bind(t);
    }

    /** The loop closed before it ran this. */
    public void reject() {
        future.completeExceptionally(new IllegalStateException("Boucle: " + loop + " closed before it ran the submitted "
                + coroutine));
    }
}

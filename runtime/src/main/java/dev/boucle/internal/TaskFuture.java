package dev.boucle.internal;

import dev.boucle.Loop;
import dev.boucle.Task;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The future of a task ({@code Task.toCompletableFuture()}, {@code Loop.submit}): completed on the
 * loop's thread when the task is done; cancelling it, from any thread, cancels the task, whose
 * {@code finally} blocks then run on the loop's thread (the future is already cancelled by then).
 */
public final class TaskFuture<T> extends CompletableFuture<T> {
    /** The task, once it exists ({@link Submission} makes the future first). */
    private volatile Task<T> task;

    TaskFuture() {}

    /** The future of {@code t}; from another thread than the loop's, tied to it through a post. */
    public static <T> TaskFuture<T> of(Task<T> t) {
        TaskFuture<T> f = new TaskFuture<>();
        Loop loop = t.loop();
        if (loop.inLoopThread()) {
            f.bind(t);
        } else {
            try {
                loop.callSoonThreadsafe(() -> f.bind(t));
            } catch (IllegalStateException closed) {
                f.completeExceptionally(closed);
            }
        }
        return f;
    }

    /** Ties the future to {@code t} (on the loop's thread), cancelling it if the future was cancelled first. */
    void bind(Task<T> t) {
        task = t;
        t.onDone(this::settle);
        if (isCancelled()) {
            t.cancel();
        }
    }

    private void settle(Task<T> t) {
        switch (t.status()) {
            case FINISHED:
                complete(t.result());
                break;
            case ERROR:
                completeExceptionally(t.exception());
                break;
            default:
                CancellationException c = new CancellationException(t + " was cancelled");
                c.initCause(t.exception());
                completeExceptionally(c);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Task<T> t = task;
        if (cancelled && t != null) {
            Loop loop = t.loop();
            if (Loop.current() == loop) {
                t.cancel();
            } else {
                try {
                    loop.callSoonThreadsafe(t::cancel);
                } catch (IllegalStateException closed) {
                    // the loop is closed: the task will never run again
                }
            }
        }
        return cancelled;
    }

    @Override
    public String toString() {
        Task<T> t = task;
        return super.toString() + (t == null ? " (task not created yet)" : " of " + t);
    }
}

package dev.boucle.interop;

import dev.boucle.Awaitable;
import dev.boucle.Coroutine;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Bridges between a loop and the rest of Java: futures completed on any thread, blocking calls run
 * on other threads. The common forms are in {@code Boucle} ({@code await(CompletionStage)},
 * {@code toThread(Callable)}), {@code Loop.submit} and {@code Task.toCompletableFuture}; this class
 * holds the explicit variants.
 */
public final class Interop {
    private Interop() {}

    /**
     * {@code stage} as something to await: {@code await(of(f))} is {@code await(f)}. Cancelling the
     * awaiting task does not cancel the future (see {@link #cancelling}).
     */
    public static <T> Awaitable<T> of(CompletionStage<T> stage) {
        return new StageWait<>(Objects.requireNonNull(stage, "Boucle: await(stage): the stage is null"), false);
    }

    /**
     * {@code stage} as something to await that cancels the future ({@code toCompletableFuture().cancel(true)})
     * when the awaiting task is cancelled. Not the default, because a future may have other waiters
     * that still want its result (kotlinx.coroutines #515): use it when the awaiting task owns the
     * future. A stage that cannot be converted to a {@code CompletableFuture} is left alone.
     */
    public static <T> Awaitable<T> cancelling(CompletionStage<T> stage) {
        return new StageWait<>(Objects.requireNonNull(stage, "Boucle: cancelling(stage): the stage is null"), true);
    }

    /**
     * Runs {@code blocking} on the loop's default worker pool while the loop goes on; see
     * {@code Boucle.toThread}.
     */
    public static <T> Coroutine<T> toThread(Callable<T> blocking) {
        return toThread(null, blocking);
    }

    /**
     * Runs {@code blocking} on {@code executor} ({@code null}: the loop's default worker pool) while
     * the loop goes on, with a copy of the awaiting task's context; its value (or exception) is the
     * await's. Cancelling the awaiting task interrupts the worker if the call has started (removes it
     * if it has not), throws the cancellation at the await at once, without waiting for the call to
     * return, and discards what it returns. An executor that refuses the work fails the await with
     * its {@code RejectedExecutionException}.
     */
    public static <T> Coroutine<T> toThread(Executor executor, Callable<T> blocking) {
        Objects.requireNonNull(blocking, "Boucle: toThread(blocking): the callable is null");
        return Awaiting.of(new ToThread<>(executor, blocking), "toThread");
    }

    /**
     * The exception a failed future stands for: the cause of a {@link CompletionException} or
     * {@link ExecutionException} (repeatedly), else {@code e} itself.
     */
    public static Throwable unwrap(Throwable e) {
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}

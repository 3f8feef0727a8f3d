package dev.boucle;

import dev.boucle.internal.Completed;
import dev.boucle.internal.Misuse;
import dev.boucle.interop.Interop;
import dev.boucle.syscall.Cancel;
import dev.boucle.syscall.Gather;
import dev.boucle.syscall.Sleep;
import dev.boucle.syscall.Spawn;
import dev.boucle.internal.Yield;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

/**
 * The functions an {@link Async} method uses: {@code import static dev.boucle.Boucle.*;}.
 *
 * <p>Each function that talks to the loop returns a message (a {@link dev.boucle.syscall.Syscall})
 * to await: nothing happens until it is awaited.
 */
public final class Boucle {
    private Boucle() {}

    /**
     * Suspends the enclosing {@link Async} method until {@code a} has a result, and returns it (or
     * throws its exception). The agent rewrites every call in an {@code @Async} method; a call that
     * reaches this method was not rewritten, and fails with an error that says why.
     */
    public static <T> T await(Awaitable<T> a) {
        throw Misuse.awaitNotRewritten();
    }

    /**
     * Suspends the enclosing {@link Async} method until {@code f} completes, on any thread, and
     * returns its value; the task resumes on its own loop's thread, woken at once. A future already
     * complete is read at once, with no trip through the loop. A failure is thrown unwrapped: the
     * cause of a {@code CompletionException} or {@code ExecutionException}. Cancelling the awaiting
     * task does not cancel the future, which may have other waiters; for that, await
     * {@link dev.boucle.interop.Interop#cancelling(CompletionStage)}. Rewritten by the agent like
     * {@link #await(Awaitable)}.
     */
    public static <T> T await(CompletionStage<T> f) {
        throw Misuse.awaitNotRewritten();
    }

    /**
     * Runs {@code blocking} on another thread while the loop goes on (asyncio's {@code to_thread}):
     * awaiting the coroutine gives its value or throws its exception. It runs on the loop's default
     * pool (at most {@code min(32, cpus + 4)} platform threads named {@code boucle-worker-*}, shut down
     * and joined when the loop closes) with a copy of the task's {@link dev.boucle.context.Context}.
     * Cancelling the awaiting task interrupts the worker thread and throws the cancellation at the
     * await at once, without waiting for the call to return; its eventual result is discarded.
     * {@link dev.boucle.interop.Interop#toThread(java.util.concurrent.Executor, Callable)} takes an executor.
     */
    public static <T> Coroutine<T> toThread(Callable<T> blocking) {
        return Interop.toThread(blocking);
    }

    /** The way an {@link Async} method returns: {@code return done(v);}. */
    public static <T> Coroutine<T> done(T value) {
        return new Completed<>(value);
    }

    /** The way an {@link Async} method that returns {@code Coroutine<Void>} ends: {@code return done();}. */
    public static Coroutine<Void> done() {
        return new Completed<>(null);
    }

    /** Gives the loop a turn: the task goes to the back of the ready queue (the seeds' {@code interrupt()}). */
    public static Awaitable<Void> yieldNow() {
        return Yield.INSTANCE;
    }

    /** Suspends the task for {@code d}, on a timer (a zero or negative {@code d} is a {@link #yieldNow()}). */
    public static Awaitable<Void> sleep(Duration d) {
        long nanos = Sleep.saturatedNanos(d);
        return nanos == 0 ? Yield.INSTANCE : Sleep.after(nanos);
    }

    /** Suspends the task until the wall clock reads {@code when} (the seeds' {@code sleep_until}). */
    public static Awaitable<Void> sleepUntil(Instant when) {
        return Sleep.untilInstant(when);
    }

    /**
     * SCHEDULE: runs {@code c} concurrently as a new task, and returns that task. The caller runs
     * on (it is queued before the new task); await the task to join it.
     */
    public static <T> Awaitable<Task<T>> ensureFuture(Coroutine<T> c) {
        return new Spawn<>(c, null);
    }

    /** {@link #ensureFuture(Coroutine)} with a task name of your choosing. */
    public static <T> Awaitable<Task<T>> ensureFuture(Coroutine<T> c, String name) {
        return new Spawn<>(c, name);
    }

    /**
     * Cancels {@code t} (see {@link Task#cancel()}), then gives the loop a turn: a
     * {@link CancelledException} is thrown into {@code t} at its suspension point.
     */
    public static Awaitable<Void> cancel(Task<?> t) {
        return new Cancel(t);
    }

    /**
     * Runs the coroutines concurrently, each as a task; their results in argument order. The first
     * failure is rethrown at the await, and the other coroutines are cancelled.
     */
    @SafeVarargs
    public static <T> Awaitable<List<T>> gather(Coroutine<? extends T>... cs) {
        return new Gather<>(cs);
    }
}

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
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

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
        dev.boucle.internal.Args.notNull(d, "Boucle.sleep(d)", "d", "pass a Duration, e.g. Duration.ofMillis(100) (Duration.ZERO just yields)");
        long nanos = Sleep.saturatedNanos(d);
        return nanos == 0 ? Yield.INSTANCE : Sleep.after(nanos);
    }

    /** Suspends the task until the wall clock reads {@code when} (the seeds' {@code sleep_until}). */
    public static Awaitable<Void> sleepUntil(Instant when) {
        dev.boucle.internal.Args.notNull(when, "Boucle.sleepUntil(when)", "when", "pass an Instant, e.g. Instant.now().plusSeconds(1)");
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

    /** {@link #gather(Coroutine[])} of a list. */
    @SuppressWarnings("unchecked")
    public static <T> Awaitable<List<T>> gather(List<? extends Coroutine<? extends T>> cs) {
        Objects.requireNonNull(cs, "Boucle.gather: the list argument is null");
        return new Gather<>(cs.toArray(new Coroutine[0]));
    }

    /**
     * Runs the coroutines concurrently, each as a task, and returns their tasks in argument order
     * once every one has ended, none failing or cancelling the others (asyncio's
     * {@code gather(..., return_exceptions=True)}): read each outcome with {@link Task#status()},
     * {@link Task#result()} or {@link Task#exception()}. Cancelling the awaiter cancels them.
     */
    public static <T> Awaitable<List<Task<T>>> gatherSettled(List<? extends Coroutine<? extends T>> cs) {
        return Gather.settled(cs);
    }

    /**
     * Schedules the coroutines on the current loop at once and returns one awaitable per coroutine:
     * awaiting them in turn gives the results in the order the coroutines finish (asyncio's
     * {@code as_completed}); a failed one throws its exception at that await.
     */
    public static <T> List<Awaitable<T>> asCompleted(Collection<? extends Coroutine<? extends T>> cs) {
        return Completions.of(cs);
    }

    /**
     * Waits until the first of {@code tasks} is done and returns it, without cancelling the others
     * (asyncio's {@code wait(FIRST_COMPLETED)}). Does not suspend if one is done already.
     */
    public static <X extends Task<?>> Awaitable<X> firstCompleted(Collection<? extends X> tasks) {
        return new FirstCompleted<>(tasks);
    }

    /**
     * Runs {@code c} inline under a deadline {@code d} from when it starts (asyncio's
     * {@code wait_for}/{@code timeout}, Kotlin's {@code withTimeout}). If the time runs out, {@code c}
     * gets a {@link CancelledException} at its suspension point (and at every later one: the scope
     * is level-triggered), its {@code finally} blocks run, and once it has finished the await throws
     * {@link DeadlineExceededException}. A value {@code c} produced is returned even if the deadline
     * passed meanwhile. Outer cancellation passes through as a {@link CancelledException}.
     */
    public static <T> Coroutine<T> withTimeout(Duration d, Coroutine<T> c) {
        return Timeout.after(d, c, false);
    }

    /** {@link #withTimeout} that returns {@code null} when the time runs out (Trio's {@code move_on_after}, Kotlin's {@code withTimeoutOrNull}). */
    public static <T> Coroutine<T> withTimeoutOrNull(Duration d, Coroutine<T> c) {
        return Timeout.after(d, c, true);
    }

    /** {@link #withTimeout} with a deadline on the wall clock. */
    public static <T> Coroutine<T> withDeadline(Instant deadline, Coroutine<T> c) {
        return Timeout.until(deadline, c, false);
    }

    /** {@link #withDeadline} that returns {@code null} when the time runs out (Trio's {@code move_on_at}). */
    public static <T> Coroutine<T> withDeadlineOrNull(Instant deadline, Coroutine<T> c) {
        return Timeout.until(deadline, c, true);
    }

    /**
     * Runs {@code c} inline with cancellation held back (Kotlin's {@code withContext(NonCancellable)},
     * a Trio shield): neither the task's cancellation nor an enclosing scope's reaches the awaits
     * inside; they are delivered at the first suspension after it. The tool for cleanup that must
     * await inside a cancelled or timed-out scope.
     */
    public static <T> Coroutine<T> nonCancellable(Coroutine<T> c) {
        return Timeout.shielded(c);
    }

    /**
     * Structured concurrency (asyncio's {@code TaskGroup}, Trio's nursery, Kotlin's
     * {@code coroutineScope}): runs {@code body(group)} inline; the children it starts with
     * {@link TaskGroup#spawn} run concurrently, and the group ends when the body and all children
     * have. See {@link TaskGroup} for failure and cancellation.
     */
    public static <T> Coroutine<T> taskGroup(Function<TaskGroup, Coroutine<T>> body) {
        return TaskGroup.coroutine(body, false);
    }

    /** A {@link #taskGroup} in which a child's failure cancels nothing and is not rethrown (Kotlin's {@code supervisorScope}). */
    public static <T> Coroutine<T> supervisorGroup(Function<TaskGroup, Coroutine<T>> body) {
        return TaskGroup.coroutine(body, true);
    }

    /**
     * Runs {@code c} as a task of its own and awaits it (asyncio's {@code shield}): cancelling the
     * awaiter throws {@link CancelledException} at once at its await, but does not cancel {@code c},
     * which runs to its end.
     */
    public static <T> Coroutine<T> shield(Coroutine<T> c) {
        Objects.requireNonNull(c, "Boucle.shield: the coroutine argument is null");
        return Then.of("shield", task -> task.loop.schedule(c), v -> v);
    }
}

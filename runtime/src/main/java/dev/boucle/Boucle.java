package dev.boucle;

import dev.boucle.internal.Completed;
import dev.boucle.internal.Misuse;
import java.time.Duration;
import java.util.List;

/**
 * The functions an {@link Async} method uses: {@code import static dev.boucle.Boucle.*;}.
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

    /** The way an {@link Async} method returns: {@code return done(v);}. */
    public static <T> Coroutine<T> done(T value) {
        return new Completed<>(value);
    }

    /** The way an {@link Async} method that returns {@code Coroutine<Void>} ends: {@code return done();}. */
    public static Coroutine<Void> done() {
        return new Completed<>(null);
    }

    /** Gives the loop a turn: the task goes to the back of the ready queue (the seeds' {@code interrupt()}). */
    @SuppressWarnings("unchecked")
    public static Awaitable<Void> yieldNow() {
        return (Awaitable<Void>) (Awaitable<?>) Loop.YieldNow.INSTANCE;
    }

    /** Suspends the task for {@code d}, on a timer. */
    public static Awaitable<Void> sleep(Duration d) {
        throw new UnsupportedOperationException("TODO(loop issue)");
    }

    /** SCHEDULE: runs {@code c} concurrently as a new task, and returns that task. */
    public static <T> Awaitable<Task<T>> ensureFuture(Coroutine<T> c) {
        throw new UnsupportedOperationException("TODO(loop issue)");
    }

    /** Cancels {@code t}, then gives the loop a turn. */
    public static Awaitable<Void> cancel(Task<?> t) {
        throw new UnsupportedOperationException("TODO(loop issue)");
    }

    /** Runs the coroutines concurrently; their results in argument order. */
    @SafeVarargs
    public static <T> Awaitable<List<T>> gather(Coroutine<? extends T>... cs) {
        throw new UnsupportedOperationException("TODO(loop issue)");
    }
}

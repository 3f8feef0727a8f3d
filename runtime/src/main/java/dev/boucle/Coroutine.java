package dev.boucle;

/**
 * What calling an {@link Async} method returns: a computation that has not started yet.
 *
 * <p>A coroutine runs once. Await it ({@code await(c)}: it runs inline in the caller's task) or
 * schedule it ({@link Loop#schedule}, {@link Boucle#ensureFuture}: it runs as a new task); doing
 * either a second time is an error.
 *
 * @param <T> the type of its result
 */
public abstract class Coroutine<T> implements Awaitable<T> {
    /** Only Boucle's own classes make coroutines: the agent's frames and {@link Boucle#done}. */
    protected Coroutine() {}
}

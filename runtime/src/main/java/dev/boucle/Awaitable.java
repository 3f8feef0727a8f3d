package dev.boucle;

/**
 * Anything {@link Boucle#await(Awaitable)} accepts: a {@link Coroutine} (run inline), a
 * {@link Task} (joined), a {@link Waiter}, or a {@link dev.boucle.syscall.Syscall} (a message
 * to the loop).
 *
 * @param <T> the type of the value {@code await} returns
 */
public interface Awaitable<T> {}

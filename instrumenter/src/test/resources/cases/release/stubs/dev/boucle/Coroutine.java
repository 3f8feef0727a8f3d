package dev.boucle;

public abstract class Coroutine<T> implements Awaitable<T> {
    protected Coroutine() {}
}

package dev.boucle.internal;

import dev.boucle.Coroutine;

/** A coroutine that already has its value: what {@code Boucle.done(v)} returns. */
public final class Completed<T> extends Coroutine<T> {
    private final T value;

    public Completed(T value) {
        this.value = value;
    }

    public T value() {
        return value;
    }

    @Override
    public String toString() {
        return "<Coroutine done(" + value + ")>";
    }
}

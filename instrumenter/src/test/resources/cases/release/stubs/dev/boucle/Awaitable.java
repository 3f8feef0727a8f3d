package dev.boucle;

public interface Awaitable<T> {}

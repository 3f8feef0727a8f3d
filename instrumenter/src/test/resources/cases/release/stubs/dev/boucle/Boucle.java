package dev.boucle;

/** Compile-time stand-in: same signatures as the runtime's Boucle; the runtime's class is used when running. */
public final class Boucle {
    private Boucle() {}

    public static <T> T await(Awaitable<T> a) {
        throw new AssertionError("stub");
    }

    public static <T> Coroutine<T> done(T value) {
        throw new AssertionError("stub");
    }

    public static Coroutine<Void> done() {
        throw new AssertionError("stub");
    }

    public static Awaitable<Void> yieldNow() {
        throw new AssertionError("stub");
    }
}

package dev.boucle.internal;

import dev.boucle.Awaitable;

/** The rare paths of {@link Frame#await}: kept out of the hot method so it stays small. */
final class Awaits {
    private Awaits() {}

    static Object awaitOther(Awaitable<?> a, Frame caller) {
        if (a instanceof Completed) {
            return ((Completed<?>) a).value();
        }
        if (a == null) {
            throw new NullPointerException("await(null) in " + caller.qualifiedName());
        }
        Fiber t = caller.task;
        Object ready = t.poll(a);
        if (ready != Fiber.NOT_READY) {
            return ready;
        }
        return t.suspend(caller, a);
    }

    static IllegalStateException awaitedTwice(Frame f) {
        return new IllegalStateException("Boucle: the coroutine of " + f.qualifiedName()
                + " was already started (awaited or scheduled). A coroutine runs once: call "
                + f.name() + "(...) again for a new one.");
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }
}

package dev.boucle.internal;

import dev.boucle.Awaitable;
import dev.boucle.interop.Interop;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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

    /** A stage not known complete: a completed-exceptionally future throws at once, the rest park. */
    static Object awaitStage(CompletionStage<?> f, Frame caller) {
        if (f == null) {
            throw new NullPointerException("await(null) in " + caller.qualifiedName());
        }
        if (f instanceof CompletableFuture && isDone((CompletableFuture<?>) f)) {
            try {
                return ((CompletableFuture<?>) f).join();
            } catch (Throwable e) {
                throw Awaits.<RuntimeException>sneaky(Interop.unwrap(e));
            }
        }
        return awaitOther(Interop.of(f), caller);
    }

    private static boolean isDone(CompletableFuture<?> f) {
        try {
            return f.isDone();
        } catch (UnsupportedOperationException minimalStage) {
            return false;
        }
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

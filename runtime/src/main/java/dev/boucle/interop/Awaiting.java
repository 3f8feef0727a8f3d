package dev.boucle.interop;

import dev.boucle.Awaitable;
import dev.boucle.Coroutine;
import dev.boucle.internal.Body;
import dev.boucle.internal.Frame;

/**
 * A coroutine whose body is {@code return await(message)}, written by hand as the agent would: so
 * that {@code toThread(...)} can be awaited, scheduled, gathered like any {@code @Async} call.
 */
final class Awaiting {
    private Awaiting() {}

    private static final Body BODY = Awaiting::resume;

    static <T> Coroutine<T> of(Awaitable<T> message, String name) {
        @SuppressWarnings("unchecked")
        Coroutine<T> c = (Coroutine<T>) (Coroutine<?>) new Frame(BODY, message, "dev/boucle/Boucle", name, 0, 0);
        return c;
    }

    private static Object resume(Object message, Frame f) {
        if (f.label == 0) {
            Object v = Frame.await((Awaitable<?>) message, f);
            if (v == Frame.SUSPENDED) {
                f.label = 1;
            }
            return v;
        }
        return f.takeSent();
    }
}

package dev.boucle;

import dev.boucle.internal.Body;
import dev.boucle.internal.Frame;
import java.util.function.Function;

/**
 * A coroutine that, when it starts, makes an awaitable from its task, awaits it, and returns a
 * function of the result: the two-state machine behind {@link Boucle#shield} and
 * {@link Boucle#asCompleted}'s awaitables. Hand-written, as docs/PROTOCOL.md describes.
 */
final class Then<A, B> {
    private static final Body BODY = (self, f) -> ((Then<?, ?>) self).resume(f);

    private final Function<Task<?>, ? extends Awaitable<? extends A>> start;
    private final Function<? super A, ? extends B> map;

    private Then(Function<Task<?>, ? extends Awaitable<? extends A>> start, Function<? super A, ? extends B> map) {
        this.start = start;
        this.map = map;
    }

    @SuppressWarnings("unchecked")
    static <A, B> Coroutine<B> of(String name, Function<Task<?>, ? extends Awaitable<? extends A>> start,
            Function<? super A, ? extends B> map) {
        return (Coroutine<B>) (Coroutine<?>) new Frame(BODY, new Then<>(start, map), "dev/boucle/Boucle", name, 0, 0);
    }

    @SuppressWarnings("unchecked")
    private Object resume(Frame f) {
        Object v;
        if (f.label == 0) {
            v = Frame.await(start.apply((Task<?>) f.task()), f);
            if (v == Frame.SUSPENDED) {
                f.label = 1;
                return v;
            }
        } else {
            v = f.takeSent();
        }
        return map.apply((A) v);
    }
}

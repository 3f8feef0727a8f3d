package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;

/** The awaitables the subjects use: a value, a pause, a failure; each suspends first when Knob.suspend. */
public final class V {
    private V() {}

    @Async
    public static <T> Coroutine<T> v(T x) {
        if (Knob.suspend) {
            Knob.yields++;
            await(yieldNow());
        }
        return done(x);
    }

    @Async
    public static Coroutine<Void> pause() {
        if (Knob.suspend) {
            Knob.yields++;
            await(yieldNow());
        }
        return done();
    }

    /** Fails with an IllegalArgumentException(msg), after a suspension when Knob.suspend. */
    @Async
    public static <T> Coroutine<T> fail(String msg) {
        if (Knob.suspend) {
            Knob.yields++;
            await(yieldNow());
        }
        throw new IllegalArgumentException(msg);
    }

    /** The plain twin of {@code await(fail(msg))}. */
    public static <T> T failPlain(String msg) {
        throw new IllegalArgumentException(msg);
    }
}

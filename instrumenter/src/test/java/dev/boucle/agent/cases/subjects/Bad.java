package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.util.function.Supplier;

/** Bad input: the agent must refuse or report each of these by name, and keep the class loadable. */
public final class Bad {
    private final int v;

    public Bad() {
        this.v = 1;
    }

    /** await in a constructor: not an @Async method. */
    public Bad(int x) {
        this.v = await(v(x));
    }

    @Async
    public static String notCoroutine(int x) {
        return "x" + x;
    }

    @Async
    public static synchronized Coroutine<Integer> syncMethod(int x) {
        return done(await(v(x)));
    }

    @Async
    public static Coroutine<Integer> syncBlock(Object lock) {
        synchronized (lock) {
            return done(await(v(1)));
        }
    }

    @Async
    public static Coroutine<Integer> syncBlockNested(Object lock, int n) {
        int r = 0;
        for (int i = 0; i < n; i++) {
            try {
                synchronized (lock) {
                    if (i == 2) {
                        break;
                    }
                    try {
                        r += await(v(i));
                    } finally {
                        r++;
                    }
                }
            } catch (RuntimeException e) {
                r = -1;
            }
        }
        return done(r);
    }

    @Async
    public static Coroutine<Integer> inLambda(int x) {
        Supplier<Integer> s = () -> await(v(x));
        return done(s.get() + await(v(1)));
    }

    public static int plainAwait(int x) {
        return await(v(x)) + 1;
    }

    @Async
    public static Coroutine<Integer> awaitTwice(int x) {
        Coroutine<Integer> c = v(x);
        int a = await(c);
        int b = await(c);
        return done(a + b);
    }

    @Async
    public static Coroutine<Integer> awaitNull(int x) {
        Coroutine<Integer> c = x > 100 ? v(x) : null;
        return done(await(c) + 1);
    }

    @Async
    public static Coroutine<Integer> awaitMethodRef(int x) {
        java.util.function.Function<Coroutine<Integer>, Integer> aw = dev.boucle.Boucle::await;
        return done(aw.apply(v(x)) + 1);
    }

    // What still works in the same class:

    @Async
    public static Coroutine<Integer> fine(int x) {
        return done(await(v(x)) + 1);
    }

    public static int plain(int x) {
        return x * 2;
    }

    public int field() {
        return v;
    }
}

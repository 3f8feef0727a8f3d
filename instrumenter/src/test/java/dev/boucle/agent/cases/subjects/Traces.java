package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;

/** Exceptions whose stack traces must name this class, the @Async method and the source line. */
public final class Traces {
    private Traces() {}

    @Async
    public static Coroutine<Integer> thrower(int x) {
        int a = await(v(x));
        await(pause());
        if (a > 0) {
            throw new IllegalStateException("thrown after suspension " + a); // LINE:thrower
        }
        return done(a);
    }

    @Async
    public static Coroutine<Integer> npe(String s) {
        await(pause());
        String t = await(v(s));
        return done(t.length()); // LINE:npe
    }

    @Async
    public static Coroutine<Integer> beforeSuspension(int x) {
        if (x > 0) {
            throw new IllegalArgumentException("before " + x); // LINE:beforeSuspension
        }
        return done(await(v(x)));
    }

    @Async
    public Coroutine<String> instanceThrower(String s) {
        await(pause());
        String r = await(v(s));
        throw new UnsupportedOperationException(r); // LINE:instanceThrower
    }

    @Async
    public static Coroutine<String> callsInstanceThrower(String s) {
        return done(await(new Traces().instanceThrower(s))); // LINE:callsInstanceThrower
    }
}

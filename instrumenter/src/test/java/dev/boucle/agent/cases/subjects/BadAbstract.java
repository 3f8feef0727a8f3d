package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;

/** @Async on an abstract method: nothing to rewrite; reported, and the class and its subclasses still work. */
public abstract class BadAbstract {
    @Async
    public abstract Coroutine<Integer> compute(int x);

    public static final class Impl extends BadAbstract {
        @Async
        @Override
        public Coroutine<Integer> compute(int x) {
            return done(await(v(x)) * 3);
        }
    }

    @Async
    public static Coroutine<Integer> viaBase(int x) {
        BadAbstract b = new Impl();
        return done(await(b.compute(x)) + 1);
    }
}

package dev.boucle.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the {@link AsyncTest} once per seed, {@code first} to {@code first + value - 1}, each on a
 * fresh {@link dev.boucle.Loop#withVirtualClock(long)} loop (virtual time, and the tasks ready in
 * the same turn run in an order drawn from the seed). The method is called again for each seed, so
 * each run gets a fresh coroutine; state kept in fields is shared between runs, so build it in the
 * method. The first failing seed fails the test, naming the seed and its schedule trace; replay it
 * with {@link Seed}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface Seeds {
    /** How many seeds to run. */
    int value() default 100;

    /** The first seed. */
    long first() default 0;
}

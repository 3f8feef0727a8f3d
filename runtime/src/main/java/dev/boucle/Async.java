package dev.boucle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose body the Boucle agent rewrites into a state machine that can suspend at
 * each {@link Boucle#await(Awaitable) await(...)}.
 *
 * <p>The method must return {@link Coroutine}. Calling it runs nothing: it returns a fresh
 * coroutine that starts when it is awaited (inline, in the caller's task) or scheduled (as a new
 * task). The method ends with {@code return done(value)}, or with {@code return other()} to finish
 * with another coroutine's result.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Async {}

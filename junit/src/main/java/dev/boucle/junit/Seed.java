package dev.boucle.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the {@link AsyncTest} under one schedule seed, on {@link dev.boucle.Loop#withVirtualClock(long)}:
 * the way to replay the seed a {@link Seeds} run reported. A failure prints the schedule trace.
 * On a method, it wins over a {@link Seeds} on the class.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface Seed {
    long value();
}

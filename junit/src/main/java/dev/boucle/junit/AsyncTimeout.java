package dev.boucle.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * The wall-clock time an {@link AsyncTest} may run (all its seeds together), 10 seconds when absent.
 * When it runs out, the tasks still alive are described (where each one was suspended), cancelled
 * and run to their end, and the test fails with that description. A task that computes without ever
 * awaiting cannot be interrupted this way: the loop only looks at the deadline between steps.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface AsyncTimeout {
    long value();

    TimeUnit unit() default TimeUnit.SECONDS;
}

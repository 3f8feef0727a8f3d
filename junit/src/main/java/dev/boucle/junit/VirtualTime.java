package dev.boucle.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the {@link AsyncTest} methods it is on (or all of its class's) on
 * {@link dev.boucle.Loop#withVirtualClock()}: time jumps to the next timer when nothing is ready,
 * so sleeps, timeouts and {@code callLater} cost no real time. Tasks keep the FIFO order.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface VirtualTime {}

package dev.boucle.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks an {@code @Async} test method (an instance method with no parameters that returns a
 * {@code Coroutine}): it runs on a fresh {@link dev.boucle.Loop}, and fails if it throws, if it
 * leaves tasks alive, or if it runs longer than its {@link AsyncTimeout} (wall clock).
 *
 * <pre>{@code
 * @AsyncTest @VirtualTime
 * @Async
 * Coroutine<Void> retriesWithBackOff() {
 *     String r = await(retry(flaky(3), 5, Duration.ofSeconds(10)));  // 30 s of back-offs, in ms
 *     assertEquals("ok", r);
 *     return done();
 * }
 * }</pre>
 *
 * <p>Options, on the method or its class: {@link VirtualTime} (the loop's own clock), {@link Seeds}
 * (explore schedules), {@link Seed} (replay one), {@link AsyncTimeout}.
 *
 * <p>JUnit Jupiter runs only {@code void} test methods, so these run on boucle-junit's own test
 * engine ({@code boucle-async}), next to Jupiter's in the same class and the same run. Each run
 * gets a new instance of the class; Jupiter's {@code @BeforeEach} and {@code @AfterEach} methods
 * (instance, no parameters) run around it, and {@code @Disabled} and {@code @DisplayName} are
 * honoured. Other Jupiter extensions and parameter injection do not apply to these methods.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
public @interface AsyncTest {}

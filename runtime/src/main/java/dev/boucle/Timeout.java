package dev.boucle;

import dev.boucle.internal.Body;
import dev.boucle.internal.Frame;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The coroutine of {@link Boucle#withTimeout}, {@link Boucle#withDeadline} and their {@code OrNull}
 * forms, and of {@link Boucle#nonCancellable}: runs a coroutine inline, in the awaiting task, inside
 * a {@link CancelScope}. A hand-written state machine (see docs/PROTOCOL.md): label 0 enters the
 * scope and awaits the body; label 1 takes the body's outcome; both leave through {@link #exit}.
 *
 * <p>What it decides, in {@link #exit}: a value the body produced is returned even if the deadline
 * passed meanwhile (finished work wins); the scope's own cancellation becomes a
 * {@link DeadlineExceededException} (or {@code null} for the {@code OrNull} forms); any other
 * exception, including an outer scope's or the task's cancellation, passes through unchanged.
 */
final class Timeout extends CancelScope {
    private static final Body BODY = (self, f) -> ((Timeout) self).resume(f);

    private final Coroutine<?> body;
    /** The timeout as given (a {@link Duration} or an {@link Instant}); null for a shield. */
    private final Object limit;
    private final boolean orNull;
    private final String name;

    private Timeout(Coroutine<?> body, Object limit, boolean orNull, boolean shield, String name) {
        super(shield);
        this.body = body;
        this.limit = limit;
        this.orNull = orNull;
        this.name = name;
    }

    static <T> Coroutine<T> after(Duration d, Coroutine<T> c, boolean orNull) {
        String name = orNull ? "withTimeoutOrNull" : "withTimeout";
        Objects.requireNonNull(d, () -> "Boucle." + name + ": the duration argument is null");
        check(c, name);
        return frame(new Timeout(c, d, orNull, false, name), name);
    }

    static <T> Coroutine<T> until(Instant deadline, Coroutine<T> c, boolean orNull) {
        String name = orNull ? "withDeadlineOrNull" : "withDeadline";
        Objects.requireNonNull(deadline, () -> "Boucle." + name + ": the deadline argument is null");
        check(c, name);
        return frame(new Timeout(c, deadline, orNull, false, name), name);
    }

    static <T> Coroutine<T> shielded(Coroutine<T> c) {
        check(c, "nonCancellable");
        return frame(new Timeout(c, null, false, true, "nonCancellable"), "nonCancellable");
    }

    private static void check(Coroutine<?> c, String name) {
        if (c == null) {
            throw new NullPointerException("Boucle." + name + ": the coroutine argument is null");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Coroutine<T> frame(Timeout t, String name) {
        return (Coroutine<T>) (Coroutine<?>) new Frame(BODY, t, "dev/boucle/Boucle", name, 0, 0);
    }

    private static long saturatedNanos(Duration d) {
        return dev.boucle.syscall.Sleep.saturatedNanos(d);
    }

    private Object resume(Frame f) {
        Object v;
        if (f.label == 0) {
            start((Task<?>) f.task());
            try {
                v = Frame.await(body, f);
            } catch (Throwable e) {
                return exit(e);
            }
            if (v == Frame.SUSPENDED) {
                f.label = 1;
                return v;
            }
            return exit(v);
        }
        try {
            v = f.takeSent();
        } catch (Throwable e) {
            return exit(e);
        }
        return exit(v);
    }

    private void start(Task<?> task) {
        enter(task); // the scope (CancelScope#enter)
        if (shield) {
            return;
        }
        long now = task.loop.kernel.nanoTime();
        long nanos = limit instanceof Duration
                ? saturatedNanos((Duration) limit)
                // the loop's wall clock, virtual on a test loop (Kernel.nanoTimeAt)
                : saturatedNanos(Duration.ofNanos(task.loop.kernel.nanoTimeAt((Instant) limit) - now));
        if (nanos <= 0) {
            cancel(this);
        } else {
            expireAt(now + nanos, this);
        }
    }

    /** What the cancellation says, built only when the timeout fires: {@code withTimeout(PT1S) expired}. */
    @Override
    public String toString() {
        return name + "(" + limit + ") expired";
    }

    /** The body finished with a value: it is the result, whether or not the deadline passed. */
    private Object exit(Object value) {
        exit();
        return value;
    }

    /** The body failed: the scope's own cancellation becomes the timeout, the rest passes. */
    private Object exit(Throwable e) {
        exit();
        if (!shield && owns(e)) {
            if (orNull) {
                return null;
            }
            throw new DeadlineExceededException(this + " before the coroutine " + body + " finished", e);
        }
        throw Loop.<RuntimeException>sneaky(e);
    }
}

package dev.boucle.syscall;

import dev.boucle.Task;
import java.time.Duration;
import java.time.Instant;

/**
 * Suspends the sender on a timer: for a delay counted from when the loop receives the message
 * ({@link #after}), until a deadline on the loop's clock ({@link #until}), or until a wall-clock
 * instant ({@link #untilInstant}, the seeds' {@code sleep_until}). Never a busy loop: the loop
 * blocks in its selector until the earliest timer.
 */
public final class Sleep implements Syscall<Void> {
    /** Far enough to mean "never" without overflowing {@code nanoTime} arithmetic (~73 years). */
    public static final long MAX_NANOS = Long.MAX_VALUE / 4;

    /**
     * Wall-clock instants map to the monotonic clock through an anchor (a pair of readings of both
     * clocks) renewed once a second: equal instants sent within that second get equal deadlines
     * (which then fire in the order they were set), and the two clocks cannot drift apart by more
     * than a second's worth between readings (an anchor kept for the JVM's life would let an NTP
     * slew of 0.5 ms/s wake sleepers early or late by minutes after weeks).
     */
    private static final long ANCHOR_TTL_NANOS = 1_000_000_000L;

    private record Anchor(long nanos, Instant wall) {}

    private static volatile Anchor anchor = new Anchor(System.nanoTime(), Instant.now());

    private final long nanos;
    private final Instant wall;
    private final boolean absolute;

    private Sleep(long nanos, Instant wall, boolean absolute) {
        this.nanos = nanos;
        this.wall = wall;
        this.absolute = absolute;
    }

    /** Sleeps {@code nanos} from when the loop handles the message. */
    public static Sleep after(long nanos) {
        return new Sleep(Math.min(Math.max(nanos, 0), MAX_NANOS), null, false);
    }

    /** Sleeps until {@code deadlineNanos} on {@link Kernel#nanoTime()}'s clock. */
    public static Sleep until(long deadlineNanos) {
        return new Sleep(deadlineNanos, null, true);
    }

    /** Sleeps until the wall clock reads {@code when} (at once if it is past). */
    public static Sleep untilInstant(Instant when) {
        if (when == null) {
            throw new NullPointerException("sleepUntil(null)");
        }
        return new Sleep(0, when, true);
    }

    /** {@code d} in nanoseconds, saturated to {@code [0, MAX_NANOS]}. */
    public static long saturatedNanos(Duration d) {
        if (d.isNegative()) {
            return 0;
        }
        try {
            return Math.min(d.toNanos(), MAX_NANOS);
        } catch (ArithmeticException overflow) {
            return MAX_NANOS;
        }
    }

    private static long saturatedSigned(Duration d) {
        try {
            return Math.max(-MAX_NANOS, Math.min(d.toNanos(), MAX_NANOS));
        } catch (ArithmeticException overflow) {
            return d.isNegative() ? -MAX_NANOS : MAX_NANOS;
        }
    }

    /**
     * The {@link System#nanoTime()} at which the system's wall clock reads {@code when} (saturated
     * to {@code ±MAX_NANOS} from the anchor): the mapping a loop on the system's clocks uses for
     * {@link #untilInstant}. A loop with a virtual clock maps instants on its own clock instead
     * ({@link Kernel#nanoTimeAt}).
     */
    public static long systemNanoTimeAt(Instant when) {
        Anchor a = anchor;
        if (System.nanoTime() - a.nanos > ANCHOR_TTL_NANOS) {
            anchor = a = new Anchor(System.nanoTime(), Instant.now());
        }
        return a.nanos + saturatedSigned(Duration.between(a.wall, when));
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        long now = kernel.nanoTime();
        long deadline;
        if (wall != null) {
            long d = kernel.nanoTimeAt(wall);
            deadline = d - now > MAX_NANOS ? now + MAX_NANOS : d;
        } else if (absolute) {
            deadline = nanos - now > MAX_NANOS ? now + MAX_NANOS : nanos;
        } else {
            deadline = now + nanos;
        }
        kernel.wakeAt(sender, deadline);
    }

    @Override
    public String toString() {
        return wall != null ? "SLEEP_UNTIL(" + wall + ")" : absolute ? "SLEEP_UNTIL(" + nanos + " ns)" : "SLEEP(" + nanos + " ns)";
    }
}

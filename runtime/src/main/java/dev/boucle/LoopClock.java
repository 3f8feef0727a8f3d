package dev.boucle;

import dev.boucle.syscall.Sleep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The loop's time, as a strategy: what "now" is, and how an idle loop waits for its next timer.
 * {@link Real} is the system's clocks; {@link Virtual} is a clock the loop owns
 * ({@link Loop#withVirtualClock()}), which jumps to the next timer instead of waiting for it.
 * Everything time-based in the loop (timers, {@link dev.boucle.syscall.Kernel#nanoTime()},
 * {@link Loop#nanoTime()}, {@link Loop#clock()}) reads this object, so the two can never disagree.
 */
abstract class LoopClock {
    /** {@link System#nanoTime()} units; compare by difference. */
    abstract long nanoTime();

    /** The wall clock's reading now. */
    abstract Instant instant();

    /** The {@link #nanoTime()} at which the wall clock reads {@code when}. */
    abstract long nanoTimeAt(Instant when);

    /**
     * Nothing is ready: waits in {@code poller} until the first of {@code timers} is due, an I/O
     * event or a post (forever if there is no timer). The loop then fires what is due at {@link #nanoTime()}.
     */
    abstract void idle(Poller poller, Timers timers);

    /** Whether this clock is the loop's own (a test loop). */
    abstract boolean isVirtual();

    /** The selector timeout, in ms rounded up, that covers {@code nanos}: {@code 0} if due already. */
    static long timeoutMillis(long nanos) {
        return nanos <= 0 ? 0 : Math.max(1, (nanos + 999_999) / 1_000_000);
    }

    /** The system's clocks: {@link System#nanoTime()} and {@link Instant#now()}. */
    static final class Real extends LoopClock {
        static final Real INSTANCE = new Real();

        @Override
        long nanoTime() {
            return System.nanoTime();
        }

        @Override
        Instant instant() {
            return Instant.now();
        }

        @Override
        long nanoTimeAt(Instant when) {
            return Sleep.systemNanoTimeAt(when);
        }

        @Override
        void idle(Poller poller, Timers timers) {
            poller.poll(timers.isEmpty() ? -1 : timeoutMillis(timers.firstDeadline() - System.nanoTime()));
        }

        @Override
        boolean isVirtual() {
            return false;
        }
    }

    /**
     * A clock that moves only when the loop moves it. It starts at {@code nanoTime() == 0} and at
     * the wall-clock instant the loop was created. When the loop is idle and no task waits on real
     * I/O (nor a post is pending), it jumps to the first timer's deadline: no real time passes.
     * While a task waits on real I/O, it cannot know when the I/O will come, so it waits for real,
     * at most until the first timer, and advances by the real time that passed (never beyond that
     * timer): virtual time then never runs ahead of a real event.
     */
    static final class Virtual extends LoopClock {
        private final Instant epoch;
        private long now;

        Virtual(Instant epoch) {
            this.epoch = epoch;
        }

        @Override
        long nanoTime() {
            return now;
        }

        @Override
        Instant instant() {
            return epoch.plusNanos(now);
        }

        @Override
        long nanoTimeAt(Instant when) {
            Duration d = Duration.between(epoch, when);
            try {
                return Math.max(-Sleep.MAX_NANOS, Math.min(d.toNanos(), Sleep.MAX_NANOS));
            } catch (ArithmeticException overflow) {
                return d.isNegative() ? -Sleep.MAX_NANOS : Sleep.MAX_NANOS;
            }
        }

        @Override
        void idle(Poller poller, Timers timers) {
            if (poller.ioWaiting == 0 && !poller.hasPosts() && !timers.isEmpty()) {
                long first = timers.firstDeadline();
                if (first - now > 0) {
                    now = first; // the jump
                }
                return;
            }
            if (timers.isEmpty()) {
                poller.poll(-1); // real I/O or another thread's post is all that can happen
                return;
            }
            long first = timers.firstDeadline();
            long start = System.nanoTime();
            poller.poll(timeoutMillis(first - now));
            long elapsed = System.nanoTime() - start;
            now += Math.min(elapsed, Math.max(0, first - now));
        }

        @Override
        boolean isVirtual() {
            return true;
        }
    }

    /** The loop's clock as a {@link java.time.Clock}, for code that takes one. */
    static final class AsJavaClock extends Clock {
        private final LoopClock clock;
        private final ZoneId zone;

        AsJavaClock(LoopClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        AsJavaClock(LoopClock clock) {
            this(clock, ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new AsJavaClock(clock, z);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public String toString() {
            return (clock.isVirtual() ? "VirtualLoopClock[" : "LoopClock[") + zone + "]";
        }
    }
}

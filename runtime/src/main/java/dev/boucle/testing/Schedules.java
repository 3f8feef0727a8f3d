package dev.boucle.testing;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs a test body under many schedules to find an order that breaks it, and replays the one that
 * did. Each run is a fresh {@link Loop#withVirtualClock(long)} loop: virtual time, and the tasks
 * ready in the same turn run in an order drawn from the seed, so one seed is one exact run.
 *
 * <pre>{@code
 * Schedules.explore(100, () -> transfers(new Account(100)));   // fails naming the seed, e.g. 3
 * Schedules.Run<Void> r = Schedules.run(3, () -> transfers(new Account(100)));   // the same run again
 * r.trace().forEach(System.out::println);
 * }</pre>
 *
 * <p>The body is a supplier because every run needs a fresh coroutine; it must build its state
 * afresh too (state shared between runs makes them depend on each other).
 */
public final class Schedules {
    private Schedules() {}

    /**
     * Runs {@code body} under seeds {@code 0 .. count-1}; see {@link #explore(long, int, Supplier)}.
     */
    public static void explore(int count, Supplier<? extends Coroutine<?>> body) {
        explore(0, count, body);
    }

    /**
     * Runs {@code body} under seeds {@code first .. first+count-1}, each on a fresh seeded loop, and
     * stops at the first run that throws (or leaves its loop unable to finish): a
     * {@link ScheduleFailure} naming the seed, with the failure as its cause and the run's schedule
     * trace. Passes if every seed passes.
     */
    @SuppressWarnings("unchecked")
    public static void explore(long first, int count, Supplier<? extends Coroutine<?>> body) {
        Objects.requireNonNull(body, "body");
        if (count < 1) {
            throw new IllegalArgumentException("Schedules.explore: count must be at least 1, was " + count);
        }
        for (int i = 0; i < count; i++) {
            Run<?> r = run(first + i, (Supplier<Coroutine<Object>>) body);
            if (r.failure() != null) {
                throw new ScheduleFailure(r, i + 1, count);
            }
        }
    }

    /**
     * Runs {@code body} once on {@code Loop.withVirtualClock(seed)}, with its schedule traced: the
     * same seed gives the same {@link Run}, trace and output included. After the body ends, the
     * tasks it left alive are cancelled and run to their end, as {@link Loop#run} does.
     */
    public static <T> Run<T> run(long seed, Supplier<? extends Coroutine<T>> body) {
        Objects.requireNonNull(body, "body");
        List<String> trace = new ArrayList<>();
        T result = null;
        Throwable failure = null;
        try (Loop loop = Loop.withVirtualClock(seed)) {
            loop.traceSchedule(trace::add);
            try {
                result = loop.runUntilComplete(Objects.requireNonNull(body.get(), "the body returned null"));
            } catch (Throwable e) {
                failure = e;
            }
            try {
                for (Task<?> t : loop.tasks()) {
                    t.cancel();
                }
                loop.runUntilEmpty();
            } catch (Throwable e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return new Run<>(seed, result, failure, Collections.unmodifiableList(trace));
    }

    /**
     * Runs {@code body} under {@code seed} and returns its result, or throws a {@link ScheduleFailure}
     * (with the trace) if it failed: the way to replay the seed a failed {@link #explore} named.
     */
    public static <T> T replay(long seed, Supplier<? extends Coroutine<T>> body) {
        Run<T> r = run(seed, body);
        if (r.failure() != null) {
            throw new ScheduleFailure(r, 1, 1);
        }
        return r.result();
    }

    /**
     * One run: its seed, the body's result or failure, and the schedule trace (one line per turn,
     * see {@link Loop#traceSchedule}).
     */
    public record Run<T>(long seed, T result, Throwable failure, List<String> trace) {}
}

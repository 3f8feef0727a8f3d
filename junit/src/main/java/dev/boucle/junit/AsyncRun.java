package dev.boucle.junit;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * One {@link AsyncTest}: its runs (one, or one per seed), each on a fresh loop, with the checks
 * that make a run fail besides the body's own exception: tasks left alive, and the wall-clock
 * timeout. Independent of JUnit's engine API, which {@link BoucleTestEngine} adapts.
 */
final class AsyncRun {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "boucle-junit-timeout");
        t.setDaemon(true);
        return t;
    });

    /** How to run: the loop's kind, the seeds, the time allowed. */
    record Settings(boolean virtual, long firstSeed, int seeds, boolean seeded, long timeoutNanos) {
        String describe() {
            if (seeded) {
                return seeds == 1 ? "seed " + firstSeed : "seeds " + firstSeed + ".." + (firstSeed + seeds - 1);
            }
            return virtual ? "virtual time" : "real time";
        }
    }

    private AsyncRun() {}

    /** What a run runs: {@link #begin} makes the coroutine (the seed is 0 when not seeded), {@link #end} cleans up. */
    interface Body {
        Coroutine<?> begin(long seed) throws Throwable;

        void end() throws Throwable;
    }

    /** Runs {@code body} under {@code s}; throws the first failure, named with its seed when seeded. */
    static void run(Settings s, Body body) throws Throwable {
        long deadline = System.nanoTime() + s.timeoutNanos();
        int runs = s.seeded() ? s.seeds() : 1;
        for (int i = 0; i < runs; i++) {
            long seed = s.firstSeed() + i;
            List<String> trace = new ArrayList<>();
            Loop loop = s.seeded() ? Loop.withVirtualClock(seed) : s.virtual() ? Loop.withVirtualClock() : new Loop();
            if (s.seeded()) {
                loop.traceSchedule(trace::add);
            }
            Throwable failure;
            try {
                failure = once(loop, body.begin(seed), deadline, s.timeoutNanos());
            } catch (Throwable e) {
                loop.close();
                failure = e;
            }
            try {
                body.end();
            } catch (Throwable e) {
                failure = chain(failure, e);
            }
            if (failure != null) {
                if (!s.seeded() || failure instanceof TestAbortedException) {
                    throw failure;
                }
                StringBuilder m = new StringBuilder("failed under schedule seed " + seed + " (run " + (i + 1) + " of "
                        + runs + "): " + failure + "\nreplay it with @Seed(" + seed + ") on the method, or"
                        + " Schedules.run(" + seed + "L, body); its schedule, one line per turn:");
                for (String line : trace) {
                    m.append("\n  ").append(line);
                }
                throw new AssertionError(m.toString(), failure);
            }
        }
    }

    /** One run on {@code loop}, which it closes: the failure, or null. */
    private static Throwable once(Loop loop, Coroutine<?> c, long deadline, long timeoutNanos) {
        String[] timedOut = {null};
        long left = deadline - System.nanoTime();
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            try {
                loop.callSoonThreadsafe(() -> {
                    timedOut[0] = describe(loop, loop.tasks());
                    for (Task<?> t : loop.tasks()) {
                        t.cancel();
                    }
                });
            } catch (IllegalStateException closed) {
                // the run ended meanwhile
            }
        }, Math.max(0, left), TimeUnit.NANOSECONDS);
        Throwable failure = null;
        try {
            if (left <= 0) {
                return new AssertionError("timed out after " + millis(timeoutNanos) + " (wall clock) before this run started");
            }
            try {
                loop.runUntilComplete(c);
            } catch (Throwable e) {
                failure = e;
            }
            if (timedOut[0] == null) {
                List<Task<?>> alive = loop.tasks();
                if (!alive.isEmpty()) {
                    AssertionError leak = new AssertionError(alive.size() + " task(s) left alive when the test ended"
                            + " (await or cancel them; a TaskGroup does it for you):\n" + describe(loop, alive));
                    failure = chain(failure, leak);
                }
            }
            try {
                for (Task<?> t : loop.tasks()) {
                    t.cancel();
                }
                loop.runUntilEmpty();
            } catch (Throwable e) {
                failure = chain(failure, e);
            }
        } finally {
            alarm.cancel(false);
            loop.close();
        }
        if (timedOut[0] != null) {
            AssertionError t = new AssertionError("timed out after " + millis(timeoutNanos) + " (wall clock; @AsyncTimeout"
                    + " sets it); the tasks alive then, and where each one was suspended:\n" + timedOut[0]);
            if (failure != null) {
                t.addSuppressed(failure);
            }
            return t;
        }
        return failure;
    }

    private static Throwable chain(Throwable first, Throwable next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    private static String millis(long nanos) {
        return nanos % 1_000_000_000L == 0 ? nanos / 1_000_000_000L + " s" : nanos / 1_000_000 + " ms";
    }

    /**
     * The tasks alive and where each one is suspended: {@code Loop.dumpTasks()} when the runtime
     * has it (DESIGN.md's debugging layer), else each task with its await chain
     * ({@code Task.awaitChain()}) if there is one, else its state. Looked up reflectively, so that
     * this module works with the runtime it is given.
     */
    static String describe(Loop loop, List<Task<?>> tasks) {
        try {
            Object dump = Loop.class.getMethod("dumpTasks").invoke(loop);
            if (dump instanceof String) {
                return (String) dump;
            }
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            // fall back to what Task offers
        }
        StringBuilder b = new StringBuilder();
        Method chain = awaitChainMethod();
        for (Task<?> t : tasks) {
            b.append("  ").append(t);
            if (chain != null) {
                try {
                    Object frames = chain.invoke(t);
                    for (Object f : frames instanceof List ? (List<?>) frames : List.of((Object[]) frames)) {
                        b.append("\n      at ").append(f);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    b.append(" (await chain unavailable: ").append(e).append(')');
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static Method awaitChainMethod() {
        try {
            return Task.class.getMethod("awaitChain");
        } catch (NoSuchMethodException notYet) {
            return null;
        }
    }
}

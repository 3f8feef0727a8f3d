package dev.boucle.debug;

/**
 * Boucle's debug mode, {@code -Dboucle.debug=true} on the {@code java} command line (asyncio's
 * debug mode): read once, when the runtime starts; with it off, none of its checks is compiled in.
 *
 * <ul>
 *   <li><b>Slow steps.</b> A step of a task, or a callback, that holds the loop longer than
 *       {@code -Dboucle.debug.slowStepMillis} (100 by default) is reported on standard error,
 *       naming the task and the lines where the step began and ended.</li>
 *   <li><b>Coroutines never awaited.</b> A coroutine garbage-collected without having been awaited
 *       or scheduled is reported, naming its method and where it was created.</li>
 *   <li><b>Thread checks.</b> Every call on a loop or a task checks that it comes from the loop's
 *       thread, while the loop runs.</li>
 * </ul>
 */
public final class DebugMode {
    private DebugMode() {}

    /** Whether debug mode is on: {@code -Dboucle.debug=true}. */
    public static final boolean ENABLED = Boolean.getBoolean("boucle.debug");

    /** The slow-step threshold in nanoseconds: {@code -Dboucle.debug.slowStepMillis}, 100 ms by default. */
    public static final long SLOW_STEP_NANOS = slowStepNanos();

    /** Whether every loop records JFR events ({@link JfrListener}): {@code -Dboucle.jfr=true}. */
    public static final boolean JFR = Boolean.getBoolean("boucle.jfr");

    private static long slowStepNanos() {
        String v = System.getProperty("boucle.debug.slowStepMillis");
        if (v == null) {
            return 100_000_000L;
        }
        try {
            double ms = Double.parseDouble(v.trim());
            if (ms >= 0) {
                return (long) (ms * 1_000_000);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        System.err.println("Boucle: -Dboucle.debug.slowStepMillis=" + v + " is not a number of milliseconds >= 0;"
                + " using 100");
        return 100_000_000L;
    }

    /**
     * The listener a new loop starts with: the slow-step watch in debug mode, the JFR events with
     * {@code -Dboucle.jfr=true}, both, or {@code null}. Called by the loop's constructor.
     */
    public static LoopListener listenerForNewLoop() {
        if (!ENABLED && !JFR) {
            return null;
        }
        if (ENABLED && JFR) {
            return Listeners.of(new SlowSteps(SLOW_STEP_NANOS), new JfrListener());
        }
        return ENABLED ? new SlowSteps(SLOW_STEP_NANOS) : new JfrListener();
    }
}

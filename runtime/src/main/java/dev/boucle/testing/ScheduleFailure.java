package dev.boucle.testing;

import java.util.List;

/**
 * A test body failed under one schedule seed: the message names the seed and how to replay it, the
 * cause is the body's failure, and {@link #trace()} is the schedule that led there.
 */
public final class ScheduleFailure extends AssertionError {
    private static final long serialVersionUID = 1L;
    private final long seed;
    private final transient List<String> trace;

    ScheduleFailure(Schedules.Run<?> run, int runNumber, int runs) {
        super("failed under schedule seed " + run.seed() + " (run " + runNumber + " of " + runs + "): "
                + run.failure() + "; replay it with Schedules.run(" + run.seed() + "L, body) or Loop.withVirtualClock("
                + run.seed() + "L), or @Seed(" + run.seed() + ") with boucle-junit", run.failure());
        this.seed = run.seed();
        this.trace = run.trace();
    }

    /** The seed that failed. */
    public long seed() {
        return seed;
    }

    /** The failing run's schedule, one line per turn. */
    public List<String> trace() {
        return trace;
    }
}

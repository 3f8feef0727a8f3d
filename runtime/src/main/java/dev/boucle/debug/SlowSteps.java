package dev.boucle.debug;

import dev.boucle.Task;
import dev.boucle.internal.AsyncSites;
import dev.boucle.internal.Frame;
import dev.boucle.internal.LoopAccess;
import java.io.PrintStream;

/**
 * Debug mode's slow-step warning (asyncio's "Executing ... took 2.003 seconds"): a step of a task,
 * or a callback, that holds the loop longer than the threshold is reported on standard error, with
 * the task's name and the lines where the step began and ended. A step's lines are looked up only
 * when it was slow: a fast step costs two clock reads and two field writes.
 */
final class SlowSteps implements LoopListener {
    private final long thresholdNanos;
    private final LoopAccess access = LoopAccess.get();

    /** The step under way: its task, where its innermost frame stood, and when it began. */
    private Task<?> task;
    private Frame frame;
    private int label;
    private long start;
    private long callbackStart;

    SlowSteps(long thresholdNanos) {
        this.thresholdNanos = thresholdNanos;
    }

    @Override
    public void taskStarted(Task<?> t) {
        begin(t);
    }

    @Override
    public void taskResumed(Task<?> t) {
        begin(t);
    }

    private void begin(Task<?> t) {
        task = t;
        frame = access.innermost(t);
        label = frame == null ? 0 : frame.label;
        start = System.nanoTime();
    }

    @Override
    public void taskSuspended(Task<?> t) {
        end(t);
    }

    @Override
    public void taskDone(Task<?> t) {
        end(t);
    }

    private void end(Task<?> t) {
        if (t != task) {
            return; // done without a step of its own (cancelled before it started)
        }
        long took = System.nanoTime() - start;
        task = null;
        if (took > thresholdNanos) {
            Frame now = t.isDone() ? null : access.innermost(t);
            String from = frame == null ? "its start" : String.valueOf(AsyncSites.element(frame, label));
            String to = now == null ? "its end (" + t.status() + ")" : String.valueOf(AsyncSites.element(now));
            warn("Boucle: task '" + t.name() + "' held the loop for " + millis(took) + " in one step, from "
                    + from + " to " + to + " (slow-step threshold " + millis(thresholdNanos)
                    + ", -Dboucle.debug.slowStepMillis). Move blocking work to toThread(...) or await more often.");
        }
        frame = null;
    }

    @Override
    public void callbackStarted(Runnable callback) {
        callbackStart = System.nanoTime();
    }

    @Override
    public void callbackDone(Runnable callback) {
        long took = System.nanoTime() - callbackStart;
        if (took > thresholdNanos) {
            warn("Boucle: the callback " + describe(callback) + " held the loop for " + millis(took)
                    + " (slow-step threshold " + millis(thresholdNanos) + ", -Dboucle.debug.slowStepMillis).");
        }
    }

    private static String describe(Runnable r) {
        try {
            return String.valueOf(r);
        } catch (RuntimeException e) {
            return r.getClass().getName();
        }
    }

    static String millis(long nanos) {
        return nanos >= 10_000_000 ? nanos / 1_000_000 + " ms" : String.format("%.3f ms", nanos / 1e6);
    }

    private static void warn(String message) {
        PrintStream err = System.err;
        err.println(message);
    }
}

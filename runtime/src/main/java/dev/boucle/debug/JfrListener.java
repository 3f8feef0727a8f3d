package dev.boucle.debug;

import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.internal.AsyncSites;
import dev.boucle.internal.Frame;
import dev.boucle.internal.LoopAccess;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;
import jdk.jfr.Timespan;

/**
 * JDK Flight Recorder events for a loop (the JDK's {@code jdk.jfr}, no dependency): each step of a
 * task ({@code dev.boucle.TaskStep}, a duration event whose default threshold is the slow-step
 * threshold, so a default recording holds the slow steps only), and the task lifecycle
 * ({@code dev.boucle.TaskCreated}, {@code dev.boucle.TaskDone}) and the loop's lag
 * ({@code dev.boucle.LoopLag}), off by default. Every loop gets one with {@code -Dboucle.jfr=true};
 * otherwise {@code Listeners.add(loop, new JfrListener())}. Events that no recording enables cost
 * an {@code isEnabled()} test.
 */
public final class JfrListener implements LoopListener {
    private final LoopAccess access = LoopAccess.get();
    private TaskStep step;
    private Frame frame;
    private int label;

    @Name("dev.boucle.TaskStep")
    @Label("Task step")
    @Category("Boucle")
    @Description("One step of a task: from a resumption to its next suspension or its end; slow ones hold the loop")
    @StackTrace(false)
    @Threshold("100 ms")
    static final class TaskStep extends Event {
        @Label("Task") String task;
        @Label("Began at") String beganAt;
        @Label("Ended at") String endedAt;
    }

    @Name("dev.boucle.TaskCreated")
    @Label("Task created")
    @Category("Boucle")
    @StackTrace(false)
    @jdk.jfr.Enabled(false)
    static final class TaskCreated extends Event {
        @Label("Task") String task;
        @Label("Method") String method;
    }

    @Name("dev.boucle.TaskDone")
    @Label("Task done")
    @Category("Boucle")
    @StackTrace(false)
    @jdk.jfr.Enabled(false)
    static final class TaskDone extends Event {
        @Label("Task") String task;
        @Label("Status") String status;
        @Label("Outcome") String outcome;
    }

    @Name("dev.boucle.LoopLag")
    @Label("Loop lag")
    @Category("Boucle")
    @StackTrace(false)
    @jdk.jfr.Enabled(false)
    static final class LoopLag extends Event {
        @Label("Late by") @Timespan(Timespan.NANOSECONDS) long lateNanos;
    }

    private static final TaskStep PROBE_STEP = new TaskStep();
    private static final TaskCreated PROBE_CREATED = new TaskCreated();
    private static final TaskDone PROBE_DONE = new TaskDone();
    private static final LoopLag PROBE_LAG = new LoopLag();

    @Override
    public void taskCreated(Task<?> t) {
        if (PROBE_CREATED.isEnabled()) {
            TaskCreated e = new TaskCreated();
            e.task = t.name();
            Frame f = access.innermost(t);
            e.method = f == null ? null : f.qualifiedName();
            e.commit();
        }
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
        if (PROBE_STEP.isEnabled()) {
            TaskStep e = new TaskStep();
            e.begin();
            step = e;
            frame = access.innermost(t);
            label = frame == null ? 0 : frame.label;
        }
    }

    @Override
    public void taskSuspended(Task<?> t) {
        end(t);
    }

    @Override
    public void taskDone(Task<?> t) {
        end(t);
        if (PROBE_DONE.isEnabled()) {
            TaskDone e = new TaskDone();
            e.task = t.name();
            e.status = t.status().name();
            e.outcome = t.toString(); // <Task 'x' [ERROR] (java.io.IOException: ...)>; not exception(), which would retrieve it
            e.commit();
        }
    }

    private void end(Task<?> t) {
        TaskStep e = step;
        if (e == null) {
            return;
        }
        step = null;
        e.end();
        if (e.shouldCommit()) {
            e.task = t.name();
            e.beganAt = frame == null ? null : String.valueOf(AsyncSites.element(frame, label));
            Frame now = t.isDone() ? null : access.innermost(t);
            e.endedAt = now == null ? "end (" + t.status() + ")" : String.valueOf(AsyncSites.element(now));
            e.commit();
        }
        frame = null;
    }

    @Override
    public void loopLag(Loop loop, long lateNanos) {
        if (PROBE_LAG.isEnabled()) {
            LoopLag e = new LoopLag();
            e.lateNanos = lateNanos;
            e.commit();
        }
    }
}

package dev.boucle;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** What a task waits on, in words, for task dumps: derived from what the loop holds for it. */
final class WaitDescriptions {
    private WaitDescriptions() {}

    static String of(Task<?> t) {
        if (t.isDone()) {
            return "done";
        }
        switch (t.state) {
            case Task.QUEUED:
                return t.status() == Task.Status.NEW ? "ready to start" : "ready";
            case Task.RUNNING:
                return "running (this dump was taken from its step)";
            default:
                break;
        }
        StringBuilder sb = new StringBuilder("waiting for ");
        int n = 0;
        if (t.timerIndex >= 0) {
            long left = t.loop.timers.deadlineAt(t.timerIndex) - t.loop.kernel.nanoTime();
            sb.append("a timer: sleep until ").append(until(left));
            n++;
        }
        Object b = t.blockers;
        if (b instanceof Task.Many) {
            for (Object o : (Task.Many) b) {
                sb.append(n++ > 0 ? ", and " : "").append(blocker(o));
            }
        } else if (b != null) {
            sb.append(n++ > 0 ? ", and " : "").append(blocker(b));
        }
        if (n == 0) {
            sb.append("a reply to the message it sent");
        }
        return sb.toString();
    }

    /** {@code 14:07:31.250 (in 59.777 s)}: the wall-clock time {@code nanos} from now, and the delay. */
    static String until(long nanos) {
        LocalTime at = LocalTime.now().plusNanos(nanos).truncatedTo(ChronoUnit.MILLIS);
        String in = String.format("%.3f s", Math.abs(nanos) / 1e9);
        return at + (nanos >= 0 ? " (in " + in + ")" : " (due " + in + " ago)");
    }

    private static String blocker(Object b) {
        if (b instanceof Task) {
            return "task '" + ((Task<?>) b).name() + "' to finish (join)";
        }
        if (b instanceof Waiter) {
            return b.toString();
        }
        if (b instanceof Poller.Slots) {
            return ((Poller.Slots) b).describe();
        }
        return "a syscall's reply (" + b + ")";
    }
}

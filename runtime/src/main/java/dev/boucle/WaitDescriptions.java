package dev.boucle;

import dev.boucle.syscall.Parking;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * What a task waits on, in words, for task dumps: each {@link Parking} it is parked on describes
 * itself ({@link Parking#describeWait}); the first to wake it wins, hence "or".
 */
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
        Object p = t.parkings;
        if (p == null) {
            return "waiting for a reply (a syscall's handler answers later)";
        }
        StringBuilder sb = new StringBuilder("waiting for ");
        if (p instanceof Task.Many) {
            int n = 0;
            for (Object o : (Task.Many) p) {
                sb.append(n++ > 0 ? ", or " : "").append(describe((Parking) o, t));
            }
        } else {
            sb.append(describe((Parking) p, t));
        }
        return sb.toString();
    }

    private static String describe(Parking p, Task<?> t) {
        try {
            return p.describeWait(t);
        } catch (RuntimeException e) {
            return p.getClass().getName() + " (its describeWait failed: " + e + ")";
        }
    }

    /** {@code 14:07:31.250 (in 59.777 s)}: the wall-clock time {@code nanos} from now, and the delay. */
    static String until(long nanos) {
        LocalTime at = LocalTime.now().plusNanos(nanos).truncatedTo(ChronoUnit.MILLIS);
        String in = String.format("%.3f s", Math.abs(nanos) / 1e9);
        return at + (nanos >= 0 ? " (in " + in + ")" : " (due " + in + " ago)");
    }
}

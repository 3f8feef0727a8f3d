package dev.boucle.debug;

import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.internal.LoopAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Task dumps (a thread dump, for tasks): every live task of a loop, its name, its state, what it
 * waits on and its await chain, innermost first, with file and line. {@link Loop#dumpTasks()} is
 * {@link #of}; {@link #write} streams every task to an {@link Appendable}, in constant memory.
 *
 * <p>A dump is taken on the loop's thread, between steps (or from inside the step of the task
 * that asks for it), so it is consistent: no task moves while it is written. Asked from another
 * thread while the loop runs, the dump is posted to the loop ({@code callSoonThreadsafe}) and the
 * caller waits for it; if the loop does not get to it within {@link #WAIT_MILLIS} (a step that
 * never ends), the answer says so and shows the loop thread's Java stack instead.
 */
public final class TaskDump {
    private TaskDump() {}

    /** {@link #of} lists this many tasks in full; past that, the rest are counted, grouped by await chain. */
    public static final int FULL_LIMIT = 1000;
    /** How long a dump asked from another thread waits for the loop. */
    static final long WAIT_MILLIS = 5000;
    /** Most distinct await chains a grouped summary keeps; more are counted as "elsewhere". */
    static final int MAX_GROUPS = 1000;

    /**
     * The dump of {@code loop} as a string: every task in full up to {@link #FULL_LIMIT} tasks; past
     * that, the first {@code FULL_LIMIT}, then all of them grouped by await chain, so a loop of a
     * million tasks gives a dump that fits in memory and in a reader's head.
     */
    public static String of(Loop loop) {
        StringBuilder sb = new StringBuilder();
        onLoop(loop, () -> {
            writeNow(loop, sb, FULL_LIMIT);
            return null;
        }, sb);
        return sb.toString();
    }

    /** Writes every live task of {@code loop} in full to {@code out}, one at a time. */
    public static void write(Loop loop, Appendable out) {
        onLoop(loop, () -> {
            writeNow(loop, out, Integer.MAX_VALUE);
            return null;
        }, out);
    }

    private interface Job {
        Void run() throws IOException;
    }

    private static void onLoop(Loop loop, Job job, Appendable out) {
        LoopAccess a = LoopAccess.get();
        try {
            if (a.onLoopThread(loop) || loop.isClosed()) {
                job.run();
                return;
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            loop.callSoonThreadsafe(() -> {
                try {
                    done.complete(job.run());
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            });
            try {
                done.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                busy(loop, a, out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.append("Boucle: interrupted while waiting for the dump of ").append(String.valueOf(loop)).append('\n');
            } catch (ExecutionException e) {
                throw new IllegalStateException("Boucle: the task dump failed on the loop's thread", e.getCause());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void busy(Loop loop, LoopAccess a, Appendable out) throws IOException {
        Thread t = a.thread(loop);
        out.append("Boucle: ").append(String.valueOf(loop)).append(" did not reach the end of its step within ")
                .append(String.valueOf(WAIT_MILLIS)).append(" ms: a task or a callback holds the loop (a blocking call?).");
        if (t != null) {
            out.append(" Its thread '").append(t.getName()).append("' stands at:\n");
            for (StackTraceElement e : t.getStackTrace()) {
                out.append("    at ").append(String.valueOf(e)).append('\n');
            }
        } else {
            out.append('\n');
        }
    }

    private static void writeNow(Loop loop, Appendable out, int limit) throws IOException {
        LoopAccess a = LoopAccess.get();
        int[] counts = new int[3]; // running, ready, waiting
        a.forEachLive(loop, t -> counts[kind(a, t)]++);
        int n = a.liveCount(loop);
        out.append("Boucle task dump of ").append(String.valueOf(loop)).append(": ").append(String.format("%,d", n))
                .append(n == 1 ? " task" : " tasks").append(" alive (").append(String.format("%,d", counts[0]))
                .append(" running, ").append(String.format("%,d", counts[1])).append(" ready, ")
                .append(String.format("%,d", counts[2])).append(" waiting)\n");
        int[] written = {0};
        Appender each = t -> {
            if (written[0]++ < limit) {
                task(a, t, out);
            }
        };
        try {
            a.forEachLive(loop, t -> {
                try {
                    each.accept(t);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (n > limit) {
            out.append(String.format("... and %,d more. All %,d tasks, grouped by where they stand"
                    + " (TaskDump.write(loop, out) lists every one):%n", n - limit, n));
            grouped(a, loop, out);
        }
    }

    private interface Appender {
        void accept(Task<?> t) throws IOException;
    }

    private static int kind(LoopAccess a, Task<?> t) {
        String w = a.whereIs(t);
        return w.startsWith("running") ? 0 : w.startsWith("ready") ? 1 : 2;
    }

    private static void task(LoopAccess a, Task<?> t, Appendable out) throws IOException {
        out.append("Task '").append(t.name()).append("' [").append(String.valueOf(t.status())).append("]: ")
                .append(a.whereIs(t)).append('\n');
        for (StackTraceElement e : t.awaitChain()) {
            out.append("    at ").append(String.valueOf(e)).append('\n');
        }
    }

    private static final class Group {
        int count;
        final List<String> names = new ArrayList<>(3);
        String example;
    }

    private static void grouped(LoopAccess a, Loop loop, Appendable out) throws IOException {
        Map<List<StackTraceElement>, Group> groups = new LinkedHashMap<>();
        int[] elsewhere = {0};
        a.forEachLive(loop, t -> {
            List<StackTraceElement> chain = t.awaitChain();
            Group g = groups.get(chain);
            if (g == null) {
                if (groups.size() >= MAX_GROUPS) {
                    elsewhere[0]++;
                    return;
                }
                g = new Group();
                g.example = a.whereIs(t);
                groups.put(chain, g);
            }
            g.count++;
            if (g.names.size() < 3) {
                g.names.add(t.name());
            }
        });
        for (Map.Entry<List<StackTraceElement>, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            out.append(String.format("%,d", g.count)).append(g.count == 1 ? " task" : " tasks").append(" (");
            for (int i = 0; i < g.names.size(); i++) {
                out.append(i > 0 ? ", '" : "'").append(g.names.get(i)).append('\'');
            }
            out.append(g.count > g.names.size() ? ", ...)" : ")").append("; the first is ").append(g.example).append('\n');
            for (StackTraceElement x : e.getKey()) {
                out.append("    at ").append(String.valueOf(x)).append('\n');
            }
        }
        if (elsewhere[0] > 0) {
            out.append(String.format("%,d tasks elsewhere (more than %d distinct await chains)%n", elsewhere[0], MAX_GROUPS));
        }
    }
}

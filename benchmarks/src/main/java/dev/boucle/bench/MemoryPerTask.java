package dev.boucle.bench;

import dev.boucle.Loop;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Issue 3's memory figure: heap bytes per task suspended in a long sleep, after a full GC.
 *
 * <pre>
 * java -javaagent:agent/target/boucle-agent.jar -cp benchmarks/target/benchmarks.jar dev.boucle.bench.MemoryPerTask [N]
 * </pre>
 * runs each kind in a fresh child JVM (same java, same flags, {@code -Xmx4g}) and prints one line per
 * kind: {@code boucle} (N {@code @Async} tasks in {@code await(sleep(1 h))}), {@code handwritten}
 * (N hand-written state machines in {@link HandTimerLoop}'s timer heap) and {@code virtual} (N
 * virtual threads in {@code Thread.sleep(1 h)}, JDK 21+). {@code ... MemoryPerTask KIND N} runs one
 * kind in this JVM; add {@code -Dboucle.histogram=true} to print the top of the heap's class
 * histogram (where the bytes go).
 *
 * <p>Bytes per task = (heap used after GC with the N tasks asleep − heap used after GC before they
 * were created) / N. Everything the tasks need is counted: task, frames, timer entries, the loop's
 * queues and heap arrays.
 */
public final class MemoryPerTask {
    private MemoryPerTask() {}

    static final Duration LONG = Duration.ofHours(1);

    public static void main(String[] args) throws Exception {
        if (args.length >= 1 && !args[0].matches("\\d+")) {
            int n = args.length >= 2 ? Integer.parseInt(args[1]) : 1_000_000;
            runOne(args[0], n);
            return;
        }
        int n = args.length >= 1 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.println("JDK " + Runtime.version() + ", " + n + " tasks each");
        for (String kind : new String[] {"boucle", "handwritten", "virtual"}) {
            System.out.println(runChild(kind, n));
        }
    }

    private static String runChild(String kind, int n) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-Xms4g");
        cmd.add("-Xmx4g");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MemoryPerTask.class.getName());
        cmd.add(kind);
        cmd.add(Integer.toString(n));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                }
            }
        }
        p.waitFor();
        return result != null ? result : kind + ": failed\n" + out;
    }

    static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void report(String kind, int n, long before, long after) {
        if (Boolean.getBoolean("boucle.histogram")) {
            histogram();
        }
        System.out.printf(Locale.ROOT, "RESULT %-12s %,14d bytes for %,d tasks = %8.1f bytes/task%n",
                kind, after - before, n, (double) (after - before) / n);
        System.out.flush();
    }

    /** With {@code -Dboucle.histogram=true}: the top of the heap's class histogram, where the bytes go. */
    static void histogram() {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] lines = String.valueOf(out).split("\n");
            for (int i = 0; i < Math.min(lines.length, 16); i++) {
                System.out.println(lines[i]);
            }
        } catch (Exception e) {
            System.out.println("no histogram: " + e);
        }
    }

    static void runOne(String kind, int n) throws Exception {
        switch (kind) {
            case "boucle":
                boucle(n);
                break;
            case "handwritten":
                handwritten(n);
                break;
            case "virtual":
                virtual(n);
                break;
            default:
                throw new IllegalArgumentException("kind: boucle, handwritten or virtual, not " + kind);
        }
    }

    static void boucle(int n) {
        AgentCheck.require();
        // Warm up: load and link everything a sleeping task touches.
        try (Loop warm = new Loop()) {
            for (int i = 0; i < 1000; i++) {
                warm.schedule(LoopWorkload.sleeper(Duration.ofMillis(1)));
            }
            warm.runUntilEmpty();
        }
        Loop loop = new Loop();
        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
            loop.schedule(LoopWorkload.sleeper(LONG));
        }
        // FIFO: this runs once every sleeper has run its first step, i.e. is asleep on a timer.
        loop.schedule(LoopWorkload.then(() -> {
            long after = usedAfterGc();
            report("boucle", n, before, after);
            System.exit(0);
        }));
        loop.runUntilEmpty();
    }

    static void handwritten(int n) throws IOException {
        HandTimerLoop.run(new long[1000], null);
        long[] delays = new long[n];
        Arrays.fill(delays, LONG.toNanos());
        // The delays array (the loop's input) exists at both measurements: it is not counted.
        long before = usedAfterGc();
        HandTimerLoop.run(delays, () -> {
            long after = usedAfterGc();
            report("handwritten", n, before, after);
            System.exit(0);
        });
    }

    static void virtual(int n) throws InterruptedException {
        VirtualThreads.require();
        long before = usedAfterGc();
        CountDownLatch started = new CountDownLatch(n);
        Thread[] threads = new Thread[n];
        for (int i = 0; i < n; i++) {
            threads[i] = VirtualThreads.start(() -> {
                started.countDown();
                try {
                    Thread.sleep(LONG.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        started.await();
        for (Thread t : threads) {
            while (t.getState() != Thread.State.TIMED_WAITING) {
                Thread.sleep(1);
            }
        }
        threads = null;
        long after = usedAfterGc();
        report("virtual", n, before, after);
        System.exit(0);
    }
}

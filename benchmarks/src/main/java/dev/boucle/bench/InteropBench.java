package dev.boucle.bench;

import static dev.boucle.Boucle.done;

import dev.boucle.Loop;
import dev.boucle.interop.LoopThread;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 8's benchmarks: the bridges between a loop and other threads.
 *
 * <ul>
 *   <li>{@code awaitCompletedFuture}: {@code await(f)} of a {@code CompletableFuture} already
 *       completed, 1,000,000 times in one {@code @Async} method; one operation = one await (target:
 *       20 ns or less, 0 B with {@code -prof gc}).</li>
 *   <li>{@code resumeRoundTrip} (sample time): the benchmark thread completes a future that a task
 *       on a {@link LoopThread} awaits, and waits for the task's reply future: two thread hand-offs.
 *       The one-way figure (completion on this thread to resumption on the loop's) is measured by the
 *       task and printed at the end of each trial as {@code resume latency p50/p99}.</li>
 *   <li>{@code submit1} / {@code submit4}: {@code Loop.submit} of a trivial coroutine from 1 and from
 *       4 threads to one loop thread, in batches of 1,000 (the batch's last future joined); one
 *       operation = one submit, throughput per thread (JMH sums the threads).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InteropBench {
    static final int AWAITS = 1_000_000;
    static final int BATCH = 1_000;

    private final CompletableFuture<Integer> completed = CompletableFuture.completedFuture(7);

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(AWAITS)
    public long awaitCompletedFuture(Guards.Instrumented agent) {
        try (Loop loop = new Loop()) {
            return loop.runUntilComplete(InteropWorkload.awaitCompleted(completed, AWAITS));
        }
    }

    /** One request/reply exchange; {@link #next} is the exchange after it, made before it is sent. */
    public static final class Pair {
        final CompletableFuture<Long> request = new CompletableFuture<>();
        final CompletableFuture<Void> reply = new CompletableFuture<>();
        Pair next;
    }

    /** A loop thread whose task answers {@link Pair}s. */
    @State(Scope.Benchmark)
    public static class PingPong {
        LoopThread lt;
        Pair current;
        final long[] samples = new long[1 << 20];
        final int[] count = new int[1];
        CompletableFuture<Void> responder;

        @Setup(Level.Trial)
        public void start(Guards.Instrumented agent) {
            lt = LoopThread.start("bench-loop");
            current = new Pair();
            responder = lt.submit(InteropWorkload.responder(current, samples, count));
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            Pair last = current;
            last.next = null;
            last.request.complete(System.nanoTime());
            responder.get(10, TimeUnit.SECONDS);
            lt.stop();
            int n = Math.min(count[0], samples.length);
            long[] s = Arrays.copyOf(samples, n);
            Arrays.sort(s);
            if (n > 0) {
                System.out.printf("%nresume latency (completion on the benchmark thread -> resumption on the loop thread),"
                        + " %d samples: p50 %.1f us, p99 %.1f us, p99.9 %.1f us%n", n, s[n / 2] / 1e3, s[(int) (n * 0.99)] / 1e3,
                        s[(int) (n * 0.999)] / 1e3);
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void resumeRoundTrip(PingPong s) {
        Pair p = s.current;
        Pair next = new Pair();
        p.next = next;
        s.current = next;
        p.request.complete(System.nanoTime());
        p.reply.join();
    }

    /** A loop thread that submissions go to. */
    @State(Scope.Benchmark)
    public static class Target {
        LoopThread lt;

        @Setup(Level.Trial)
        public void start() {
            lt = LoopThread.start("bench-loop");
        }

        @TearDown(Level.Trial)
        public void stop() {
            lt.stop();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(BATCH)
    @Threads(1)
    public Object submit1(Target t) {
        return submitBatch(t);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(BATCH)
    @Threads(4)
    public Object submit4(Target t) {
        return submitBatch(t);
    }

    private static Object submitBatch(Target t) {
        CompletableFuture<Integer> last = null;
        for (int i = 0; i < BATCH; i++) {
            last = t.lt.submit(done(i & 63));
        }
        return last.join();
    }
}

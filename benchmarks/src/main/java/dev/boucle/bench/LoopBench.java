package dev.boucle.bench;

import dev.boucle.Loop;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's benchmark: timers and the SCHEDULE round trip.
 *
 * <ul>
 *   <li>{@code timers*}: 100,000 tasks each sleeping once for a random delay in [0, 100) ms (the
 *       same seeded delays for all), one operation = the whole run, until the last one wakes.
 *       The score is wall time; with {@code -prof dev.boucle.bench.CpuTimeProfiler},
 *       {@code cpu.time.norm} is the process CPU time of one run (ns). {@code timersBoucle}:
 *       {@code @Async} sleepers on Boucle's loop; {@code timersHandWritten}: hand-written state
 *       machines on a hand-written selector loop with a timer heap ({@link HandTimerLoop});
 *       {@code timersProtocol}: the same sleepers written by hand as frames (PROTOCOL.md's shape)
 *       on Boucle's loop, the runtime's cost without the agent's;
 *       {@code timersVirtual}: one virtual thread per sleeper in {@code Thread.sleep} (JDK 21+).</li>
 *   <li>{@code spawnJoin*}: SCHEDULE round trips per second: a task spawns a child
 *       ({@code ensureFuture}) and joins it ({@code await(task)}); against starting a virtual thread
 *       and joining it, from a virtual thread; {@code spawnJoinProtocol} is the task written by hand
 *       as a frame.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LoopBench {
    static final int SLEEPERS = 100_000;
    static final long MAX_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final long SEED = 20251122L;
    static final int SPAWNS = 100_000;
    static final int VIRTUAL_SPAWNS = 100_000;

    long[] delaysNanos;
    Duration[] delays;

    @Setup(Level.Trial)
    public void delays() {
        Random random = new Random(SEED);
        delaysNanos = new long[SLEEPERS];
        delays = new Duration[SLEEPERS];
        for (int i = 0; i < SLEEPERS; i++) {
            delaysNanos[i] = (long) (random.nextDouble() * MAX_DELAY_NANOS);
            delays[i] = Duration.ofNanos(delaysNanos[i]);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void timersBoucle(Guards.Instrumented agent) {
        try (Loop loop = new Loop()) {
            for (Duration d : delays) {
                loop.schedule(LoopWorkload.sleeper(d));
            }
            loop.runUntilEmpty();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void timersProtocol() {
        try (Loop loop = new Loop()) {
            for (Duration d : delays) {
                loop.schedule(HandFrames.sleeper(d));
            }
            loop.runUntilEmpty();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void timersHandWritten() throws IOException {
        HandTimerLoop.run(delaysNanos, null);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void timersVirtual(Guards.Virtual vt) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(SLEEPERS);
        for (long d : delaysNanos) {
            VirtualThreads.start(() -> {
                try {
                    Thread.sleep(d / 1_000_000, (int) (d % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.countDown();
            });
        }
        done.await();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SPAWNS)
    public long spawnJoinBoucle(Guards.Instrumented agent) {
        return Loop.run(LoopWorkload.spawnJoin(SPAWNS));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SPAWNS)
    public long spawnJoinProtocol() {
        return Loop.run(HandFrames.spawnJoin(SPAWNS));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(VIRTUAL_SPAWNS)
    public long spawnJoinVirtual(Guards.Virtual vt) throws InterruptedException {
        // The parent is itself a virtual thread, as Boucle's parent is a task: a platform thread
        // joining would pay an OS-level park and unpark per join.
        long[] result = new long[1];
        Thread parent = VirtualThreads.start(() -> {
            long[] box = new long[1];
            long s = 0;
            try {
                for (int i = 0; i < VIRTUAL_SPAWNS; i++) {
                    int x = i & 63;
                    Thread t = VirtualThreads.start(() -> box[0] = x + 1);
                    t.join();
                    s += box[0];
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            result[0] = s;
        });
        parent.join();
        return result[0];
    }
}

package dev.boucle.bench;

import dev.boucle.bench.kt.KotlinWorkloads;
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
 * {@link LoopBench}'s workloads in Kotlin coroutines, on one thread ({@code runBlocking}'s event
 * loop), same sizes and JMH settings:
 * <ul>
 *   <li>{@code timersKotlin}: 100,000 coroutines each {@code delay(d)} once, {@code d} the very
 *       delays of {@code LoopBench.timers*} (made by {@link LoopBench#delays()}); one operation =
 *       the whole run. {@code delay(Duration)} rounds a delay up to whole milliseconds.</li>
 *   <li>{@code spawnJoinKotlinAsync}: {@code s += async { child(x) }.await()} 100,000 times;
 *       {@code spawnJoinKotlinLaunch}: {@code launch { r = child(x) }.join(); s += r}. One
 *       operation = one spawn + join.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class KotlinLoopBench {
    static final int SPAWNS = LoopBench.SPAWNS;

    long[] delaysNanos;

    @Setup(Level.Trial)
    public void delays() {
        LoopBench same = new LoopBench();
        same.delays();
        delaysNanos = same.delaysNanos;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void timersKotlin() {
        KotlinWorkloads.timers(delaysNanos);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SPAWNS)
    public long spawnJoinKotlinAsync() {
        return KotlinWorkloads.spawnAwait(SPAWNS);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SPAWNS)
    public long spawnJoinKotlinLaunch() {
        return KotlinWorkloads.spawnJoin(SPAWNS);
    }
}

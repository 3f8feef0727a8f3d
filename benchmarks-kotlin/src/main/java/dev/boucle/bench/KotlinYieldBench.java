package dev.boucle.bench;

import dev.boucle.bench.kt.KotlinWorkloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link YieldBench}'s workloads in Kotlin coroutines (module benchmarks-kotlin, profile
 * kotlin-peer), same sizes, same operations per invocation, same JMH settings; the Kotlin code is
 * in {@code KotlinWorkloads.kt}, all on one thread in {@code runBlocking}'s event loop.
 *
 * <ul>
 *   <li>{@code yieldKotlin}: 1,000 coroutines × 10,000 {@code yield()}; one operation = one switch.
 *       {@code yieldKotlinGenerator}: the same switches between 1,000 {@code iterator { yield(Unit) }}
 *       generators resumed round-robin from an {@code ArrayDeque}: the compiler's state machines
 *       without kotlinx.coroutines' dispatcher (no {@code Job}, no dispatch queue).</li>
 *   <li>{@code awaitKotlin}: 1,000,000 calls of {@code suspend fun child(x) = x + 1}, which does not
 *       suspend, from a coroutine; one operation = one call ("await"). {@code awaitKotlinNoInline}:
 *       the same with the JIT forbidden to inline the child.</li>
 *   <li>{@code awaitKotlinSuspendable*}: the child has a suspension point it does not take
 *       ({@code if (x < 0) yield()}), so the compiler gives it a state machine and each call creates
 *       its continuation object, as each call of a Boucle {@code @Async} child creates its frame.</li>
 * </ul>
 * JMH's {@code @CompilerControl} is read from Java sources only, so the no-inline variants use a
 * {@code -XX:CompileCommand=dontinline} in the fork's arguments, which names the Kotlin functions
 * (all their overloads, as JMH's hint does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g",
        "-XX:CompileCommand=quiet",
        "-XX:CompileCommand=dontinline,dev/boucle/bench/kt/KotlinWorkloads.opaqueChild",
        "-XX:CompileCommand=dontinline,dev/boucle/bench/kt/KotlinWorkloads.opaqueSuspendableChild"})
public class KotlinYieldBench {
    static final int TASKS = YieldBench.TASKS;
    static final int YIELDS = YieldBench.YIELDS;
    static final int SWITCHES = YieldBench.SWITCHES;
    static final int AWAITS = YieldBench.AWAITS;

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public void yieldKotlin() {
        KotlinWorkloads.yielders(TASKS, YIELDS);
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public long yieldKotlinGenerator() {
        return KotlinWorkloads.generatorYielders(TASKS, YIELDS);
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitKotlin() {
        return KotlinWorkloads.awaitLoop(AWAITS);
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitKotlinNoInline() {
        return KotlinWorkloads.awaitLoopNoInline(AWAITS);
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitKotlinSuspendable() {
        return KotlinWorkloads.awaitLoopSuspendable(AWAITS);
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitKotlinSuspendableNoInline() {
        return KotlinWorkloads.awaitLoopSuspendableNoInline(AWAITS);
    }
}

package dev.boucle.bench;

import dev.boucle.Loop;
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
 * Issue 7's cost of a cancel scope: {@code withTimeoutNotFiring} awaits 1,000,000
 * {@code withTimeout(1 h, child(i))} whose child finishes inline, one operation = one timeout entered
 * and left (the scope, its timer added to and removed from the heap, the two frames);
 * {@code plainAwait} is the same loop without the timeout, for the difference. Target: under
 * 100 ns per timeout that does not fire. With {@code -prof gc}, bytes per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScopeBench {
    static final int N = 1_000_000;

    @Benchmark
    @OperationsPerInvocation(N)
    public long withTimeoutNotFiring(Guards.Instrumented agent) {
        return Loop.run(ScopeWorkload.timeouts(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long plainAwait(Guards.Instrumented agent) {
        return Loop.run(YieldWorkload.parent(N));
    }
}

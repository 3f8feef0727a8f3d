package dev.boucle.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the forked JVM spent per operation, next to the wall
 * time JMH measures: {@code -prof dev.boucle.bench.CpuTimeProfiler}.
 *
 * <p>It reads the process CPU time (all threads: the benchmark thread, virtual threads' carriers,
 * and also the JIT and the GC) before and after each iteration, and divides by the operations of
 * the iteration (which include {@code @OperationsPerInvocation}). Secondary results:
 * <ul>
 *   <li>{@code ·cpu.time.norm}: process CPU nanoseconds per operation;</li>
 *   <li>{@code ·cpu.util}: process CPU time over wall time (1.0 = one core busy all along).</li>
 * </ul>
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private long cpuStart;
    private long wallStart;

    @Override
    public String getDescription() {
        return "Process CPU time per operation (all threads, including JIT and GC)";
    }

    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return -1;
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        wallStart = System.nanoTime();
        cpuStart = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long cpu = processCpuNanos() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        List<Result> out = new ArrayList<>();
        long ops = result.getMetadata().getAllOps();
        if (cpuStart >= 0 && ops > 0) {
            out.add(new ScalarResult("cpu.time.norm", (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
        }
        if (cpuStart >= 0 && wall > 0) {
            out.add(new ScalarResult("cpu.util", (double) cpu / wall, "cores", AggregationPolicy.AVG));
        }
        return out;
    }
}

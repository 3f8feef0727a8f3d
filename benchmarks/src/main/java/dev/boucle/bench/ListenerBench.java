package dev.boucle.bench;

import dev.boucle.Loop;
import dev.boucle.debug.JfrListener;
import dev.boucle.debug.Listeners;
import dev.boucle.debug.LoopListener;
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
 * Issue 11's overheads: {@link YieldBench}'s task switch (1,000 tasks × 10,000 yields, one
 * operation = one switch) with no listener (the bar), with an empty {@link LoopListener}, with the
 * {@link JfrListener} while no recording runs, while a recording runs (its default settings: the
 * step event is enabled with its 100 ms threshold), and in debug mode ({@code -Dboucle.debug=true}:
 * slow-step watch, coroutine watch, thread checks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ListenerBench {
    static final int TASKS = 1_000;
    static final int YIELDS = 10_000;
    static final int SWITCHES = TASKS * YIELDS;

    private static void run(LoopListener l) {
        try (Loop loop = new Loop()) {
            if (l != null) {
                Listeners.add(loop, l);
            }
            for (int t = 0; t < TASKS; t++) {
                loop.schedule(YieldWorkload.yielder(YIELDS));
            }
            loop.runUntilEmpty();
        }
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public void noListener(Guards.Instrumented agent) {
        run(null);
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public void emptyListener(Guards.Instrumented agent) {
        run(new LoopListener() { });
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public void jfrListenerNotRecording(Guards.Instrumented agent) {
        run(new JfrListener());
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:StartFlightRecording"})
    public void jfrListenerRecording(Guards.Instrumented agent) {
        run(new JfrListener());
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dboucle.debug=true"})
    public void debugMode(Guards.Instrumented agent) {
        run(null); // the loop starts with debug mode's listener
    }
}

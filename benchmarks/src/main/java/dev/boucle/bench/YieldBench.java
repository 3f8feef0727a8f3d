package dev.boucle.bench;

import dev.boucle.Loop;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 2's benchmark: the cost of one task switch, and of one await that does not suspend.
 *
 * <ul>
 *   <li>{@code yield*}: 1,000 tasks × 10,000 {@code yieldNow()}, one operation = one switch (a task
 *       suspends, goes to the back of the queue, is taken again and resumed):
 *       {@code yieldBoucle} is the {@code @Async} code rewritten by the agent on Boucle's loop;
 *       {@code yieldProtocol} the same frames written by hand (PROTOCOL.md's shape) on the same loop;
 *       {@code yieldHandWritten} the bar: an object with an {@code int label} and a {@code switch} in
 *       an {@code ArrayDeque}.</li>
 *   <li>{@code await*}: a loop of 1,000,000 awaits of an {@code @Async} child that returns without
 *       suspending (creating the child's frame included), one operation = one await:
 *       {@code awaitBoucle} (agent), {@code awaitProtocol} (hand-written frames), and
 *       {@code awaitPlainCall}, the same loop calling a plain static method that the JIT may not
 *       inline; {@code awaitPlainCallInlined}, one it may. The {@code *NoInline} variants forbid the
 *       JIT to inline the child (its frame factory and its body), as happens to children too big to
 *       inline: the frame is then really allocated, and the cost of the await is the protocol's.</li>
 * </ul>
 * With {@code -prof gc}, {@code gc.alloc.rate.norm} is in bytes per switch (per await): the
 * frames and tasks created for the run, divided by the switches; a suspend/resume that allocated
 * would show as 16+ B per switch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class YieldBench {
    static final int TASKS = 1_000;
    static final int YIELDS = 10_000;
    static final int SWITCHES = TASKS * YIELDS;
    static final int AWAITS = 1_000_000;

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public void yieldBoucle(Guards.Instrumented agent) {
        try (Loop loop = new Loop()) {
            for (int t = 0; t < TASKS; t++) {
                loop.schedule(YieldWorkload.yielder(YIELDS));
            }
            loop.runUntilEmpty();
        }
    }

    /** {@link #yieldBoucle} on {@code Loop.withVirtualClock()}: must cost the same (issue 13). */
    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public void yieldBoucleVirtual(Guards.Instrumented agent) {
        try (Loop loop = Loop.withVirtualClock()) {
            for (int t = 0; t < TASKS; t++) {
                loop.schedule(YieldWorkload.yielder(YIELDS));
            }
            loop.runUntilEmpty();
        }
    }

    /** {@link #yieldBoucle} on {@code Loop.withVirtualClock(seed)}: each turn of 1,000 tasks is shuffled (goal: at most 1.5x). */
    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public void yieldBoucleSeeded(Guards.Instrumented agent) {
        try (Loop loop = Loop.withVirtualClock(42)) {
            for (int t = 0; t < TASKS; t++) {
                loop.schedule(YieldWorkload.yielder(YIELDS));
            }
            loop.runUntilEmpty();
        }
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public void yieldProtocol() {
        try (Loop loop = new Loop()) {
            for (int t = 0; t < TASKS; t++) {
                loop.schedule(HandFrames.yielder(YIELDS));
            }
            loop.runUntilEmpty();
        }
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public long yieldHandWritten() {
        return HandMachine.runYielders(TASKS, YIELDS);
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitBoucle(Guards.Instrumented agent) {
        return Loop.run(YieldWorkload.parent(AWAITS));
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitProtocol() {
        return Loop.run(HandFrames.parent(AWAITS));
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitBoucleNoInline(Guards.Instrumented agent) {
        return Loop.run(YieldWorkload.opaqueParent(AWAITS));
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitProtocolNoInline() {
        return Loop.run(HandFrames.opaqueParent(AWAITS));
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitPlainCallInlined() {
        long s = 0;
        for (int i = 0; i < AWAITS; i++) {
            s += inlinedChild(i & 63);
        }
        return s;
    }

    static int inlinedChild(int x) {
        return x + 1;
    }

    @Benchmark
    @OperationsPerInvocation(AWAITS)
    public long awaitPlainCall() {
        long s = 0;
        for (int i = 0; i < AWAITS; i++) {
            s += plainChild(i & 63);
        }
        return s;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static int plainChild(int x) {
        return x + 1;
    }
}

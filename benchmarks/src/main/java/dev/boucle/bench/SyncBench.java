package dev.boucle.bench;

import dev.boucle.Loop;
import dev.boucle.sync.Lock;
import dev.boucle.sync.Queue;
import dev.boucle.sync.Semaphore;
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
 * Issue 7's benchmarks of {@code dev.boucle.sync}, to run in the same JMH run as
 * {@code YieldBench.yieldBoucle} (the switch they are compared with):
 *
 * <ul>
 *   <li>{@code lockUncontended}, {@code semaphoreUncontended}: one operation = one
 *       {@code await(acquire())} + {@code release()} that never waits; must allocate 0 B
 *       ({@code -prof gc}).</li>
 *   <li>{@code queuePutGet}: one operation = one {@code await(put(x))} + {@code await(get())} on a
 *       queue that is neither full nor empty (neither waits); must allocate 0 B.</li>
 *   <li>{@code queuePingPong}: two tasks pass an item back and forth through two queues; one
 *       operation = one hand-off (a put that wakes the other task, which was waiting in get, and
 *       that task's resumption): the queue's task switch, to compare with a yield switch (target
 *       at most 2x).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SyncBench {
    static final int N = 1_000_000;

    @Benchmark
    @OperationsPerInvocation(N)
    public int lockUncontended(Guards.Instrumented agent) {
        return Loop.run(SyncWorkload.lockUncontended(new Lock(), N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int semaphoreUncontended(Guards.Instrumented agent) {
        return Loop.run(SyncWorkload.semaphoreUncontended(new Semaphore(2), N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int queuePutGet(Guards.Instrumented agent) {
        Queue<Integer> q = new Queue<>(16);
        for (int i = 0; i < 4; i++) {
            q.putNowait(i);
        }
        return Loop.run(SyncWorkload.putGet(q, N));
    }

    @Benchmark
    @OperationsPerInvocation(2 * N)
    public void queuePingPong(Guards.Instrumented agent) {
        Queue<Integer> ping = new Queue<>(1);
        Queue<Integer> pong = new Queue<>(1);
        try (Loop loop = new Loop()) {
            loop.schedule(SyncWorkload.ping(ping, pong, N));
            loop.schedule(SyncWorkload.pong(ping, pong, N));
            loop.runUntilEmpty();
        }
    }
}

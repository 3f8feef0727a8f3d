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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's benchmark: echo round trips on loopback, requests (round trips) per second.
 * {@value #CLIENTS} clients × {@value #ROUNDS} round trips of {@code size} bytes (64 B and 16 KiB)
 * per operation, connection set-up included (100 connects and accepts, a few ms of a run of
 * hundreds). {@code echoBoucle}: server, handlers and clients as tasks on one Boucle loop (one
 * thread); {@code echoVirtual}: a virtual thread per connection on each side, blocking
 * {@code java.net} sockets, the default scheduler (as many carriers as cores);
 * {@code echoVirtualOneCore}: the same with {@code -Djdk.virtualThreadScheduler.parallelism=1},
 * one carrier thread, to compare on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EchoBench {
    static final int CLIENTS = 100;
    static final int ROUNDS = 100;
    static final int REQUESTS = CLIENTS * ROUNDS;

    @Param({"64", "16384"})
    public int size;

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public long echoBoucle(Guards.Instrumented agent) {
        return Loop.run(EchoWorkload.boucle(CLIENTS, ROUNDS, size));
    }

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public long echoVirtual(Guards.Virtual vt) throws Exception {
        return EchoWorkload.virtual(CLIENTS, ROUNDS, size);
    }

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djdk.virtualThreadScheduler.parallelism=1"})
    public long echoVirtualOneCore(Guards.Virtual vt) throws Exception {
        return EchoWorkload.virtual(CLIENTS, ROUNDS, size);
    }
}

package dev.boucle.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH states that a benchmark takes as an argument to say what it needs: its trial fails at once,
 * with the reason, when the JVM cannot run it, and JMH goes on with the other benchmarks.
 */
public final class Guards {
    private Guards() {}

    /** The benchmark runs {@code @Async} code: the agent must have rewritten it. */
    @State(Scope.Benchmark)
    public static class Instrumented {
        @Setup(Level.Trial)
        public void check() {
            AgentCheck.require();
        }
    }

    /** The benchmark uses virtual threads: JDK 21+. */
    @State(Scope.Benchmark)
    public static class Virtual {
        @Setup(Level.Trial)
        public void check() {
            VirtualThreads.require();
        }
    }
}

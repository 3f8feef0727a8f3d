package dev.boucle.bench;

import static dev.boucle.Boucle.done;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.internal.Frame;

/**
 * Fails a benchmark at once, with the command to use, when its JVM runs without the agent: a
 * benchmark of {@code @Async} code that was not rewritten would measure nothing meaningful.
 */
final class AgentCheck {
    private AgentCheck() {}

    static final String COMMAND =
            "java -javaagent:agent/target/boucle-agent.jar -jar benchmarks/target/benchmarks.jar";

    @Async
    static Coroutine<Integer> probe() {
        return done(1);
    }

    /** Whether {@code @Async} methods were rewritten in this JVM. */
    static boolean instrumented() {
        Object c = probe();
        return c instanceof Frame;
    }

    static void require() {
        if (!instrumented()) {
            throw new IllegalStateException("Boucle benchmark run without the agent: @Async methods were not "
                    + "rewritten. Start the JMH host with -javaagent (its forks inherit it): " + COMMAND
                    + "; and do not pass -jvmArgs, which replaces the inherited flags (use -jvmArgsAppend).");
        }
    }
}

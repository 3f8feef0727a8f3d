package dev.boucle.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Virtual threads through a method handle, so this module compiles with {@code --release 17} and
 * still measures them when it runs on JDK 21+ (the docs run it on Temurin 25).
 */
final class VirtualThreads {
    private VirtualThreads() {}

    private static final MethodHandle START = find();

    private static MethodHandle find() {
        if (Runtime.version().feature() < 21) {
            return null;
        }
        try {
            return MethodHandles.publicLookup().findStatic(Thread.class, "startVirtualThread",
                    MethodType.methodType(Thread.class, Runnable.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    static boolean available() {
        return START != null;
    }

    /** Throws, with the reason, when this JVM has no virtual threads (JMH then reports the benchmark as failed and goes on). */
    static void require() {
        if (START == null) {
            throw new UnsupportedOperationException("virtual threads need JDK 21+ (this is "
                    + Runtime.version() + "); run the benchmarks with Temurin 25: "
                    + "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -javaagent:agent/target/boucle-agent.jar -jar benchmarks/target/benchmarks.jar");
        }
    }

    /** {@code Thread.startVirtualThread(r)}. */
    static Thread start(Runnable r) {
        try {
            return (Thread) START.invokeExact(r);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}

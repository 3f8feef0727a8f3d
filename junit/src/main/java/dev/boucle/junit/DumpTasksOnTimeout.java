package dev.boucle.junit;

import dev.boucle.debug.Diagnostics;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Prints the task dump of every open loop ({@link Diagnostics#dumpAllLoops()}) when a test runs past
 * its {@link Timeout}: on standard error at the moment the timeout expires (so a test stuck forever
 * still shows where its tasks stand), and attached to the test's {@link TimeoutException} as a
 * suppressed exception, so the report carries it too.
 *
 * <pre>{@code
 * @ExtendWith(DumpTasksOnTimeout.class)
 * @Timeout(10)
 * class MyTest { ... }
 * }</pre>
 *
 * Tests without a {@code @Timeout} (on the method or its class) are not watched. Note that JUnit's
 * default {@code SAME_THREAD} timeout only fails a test once it returns; for a loop that may never
 * return, use {@code @Timeout(value = 10, threadMode = SEPARATE_THREAD)}.
 */
public final class DumpTasksOnTimeout implements InvocationInterceptor, TestExecutionExceptionHandler {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "boucle-dump-on-timeout");
        t.setDaemon(true);
        return t;
    });
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(DumpTasksOnTimeout.class);

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        Optional<Timeout> timeout = timeoutOf(call.getExecutable()).or(() -> timeoutOf(call.getTargetClass()));
        if (timeout.isEmpty()) {
            invocation.proceed();
            return;
        }
        long millis = timeout.get().unit().toMillis(timeout.get().value());
        String test = context.getDisplayName();
        ScheduledFuture<?> watch = WATCHDOG.schedule(() -> report(context, test, millis), millis, TimeUnit.MILLISECONDS);
        try {
            invocation.proceed();
        } finally {
            watch.cancel(false);
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof TimeoutException) {
            String dump = context.getStore(NS).get("dump", String.class);
            if (dump == null) {
                // JUnit's timeout beat the watchdog (both fire at the timeout): report now
                Optional<Timeout> timeout = context.getTestMethod().flatMap(DumpTasksOnTimeout::timeoutOf)
                        .or(() -> context.getTestClass().flatMap(DumpTasksOnTimeout::timeoutOf));
                long millis = timeout.map(t -> t.unit().toMillis(t.value())).orElse(0L);
                dump = report(context, context.getDisplayName(), millis);
            }
            failure.addSuppressed(new TaskDump("Boucle task dump at the timeout:\n" + dump));
        }
        throw failure;
    }

    /** Takes the dump once per test, prints it on standard error, and keeps it for the failure. */
    private static synchronized String report(ExtensionContext context, String test, long millis) {
        String dump = context.getStore(NS).get("dump", String.class);
        if (dump == null) {
            dump = Diagnostics.dumpAllLoops();
            context.getStore(NS).put("dump", dump);
            System.err.print("Boucle: test " + test + " still runs after its timeout of " + millis + " ms; task dump:\n" + dump);
        }
        return dump;
    }

    private static Optional<Timeout> timeoutOf(AnnotatedElement e) {
        return Optional.ofNullable(e.getAnnotation(Timeout.class));
    }

    /** Carries a dump in a test report; its message is the dump, it has no stack trace. */
    static final class TaskDump extends Exception {
        private static final long serialVersionUID = 1L;

        TaskDump(String dump) {
            super(dump, null, false, false);
        }
    }
}

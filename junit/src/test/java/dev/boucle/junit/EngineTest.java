package dev.boucle.junit;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.gather;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Waiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The engine, run through the JUnit Platform launcher on sample classes (nested, so that Surefire
 * does not run them itself: several are meant to fail).
 */
class EngineTest {

    /**
     * The samples' base: they run only when this test runs them (a Surefire run with a {@code -Dtest}
     * pattern may select nested classes too; there they are aborted, not failed).
     */
    abstract static class Sample {
        static final String PROPERTY = "boucle.junit.samples";

        @BeforeEach
        void onlyFromEngineTest() {
            Assumptions.assumeTrue(Boolean.getBoolean(PROPERTY), "a sample run by EngineTest only");
        }
    }

    /** Runs {@code c}'s tests: display name to "SUCCESSFUL", "SKIPPED: reason" or "FAILED: message". */
    static Map<String, String> run(Class<?> c) {
        System.setProperty(Sample.PROPERTY, "true");
        try {
            return launch(c);
        } finally {
            System.clearProperty(Sample.PROPERTY);
        }
    }

    private static Map<String, String> launch(Class<?> c) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(c)).build();
        Map<String, String> results = new TreeMap<>();
        Map<String, Throwable> errors = new TreeMap<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult r) {
                if (id.isTest()) {
                    results.put(id.getDisplayName(), r.getStatus() + r.getThrowable().map(t -> ": " + t.getMessage()).orElse(""));
                    r.getThrowable().ifPresent(t -> errors.put(id.getDisplayName(), t));
                }
            }

            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                results.put(id.getDisplayName(), "SKIPPED: " + reason);
            }
        });
        return results;
    }

    // ------------------------------------------------------------------ samples

    static final class Basics extends Sample {
        static final List<String> events = new ArrayList<>();

        @BeforeEach
        void before() {
            events.add("before");
        }

        @AfterEach
        void after() {
            events.add("after");
        }

        @AsyncTest
        @Async
        Coroutine<Void> passes() {
            await(yieldNow());
            events.add("ran on a " + (Loop.current().nanoTime() == 0 ? "virtual" : "real") + " clock");
            return done();
        }

        @AsyncTest
        @VirtualTime
        @Async
        Coroutine<Void> anHourInVirtualTime() {
            await(sleep(Duration.ofHours(1)));
            events.add("slept " + Loop.current().nanoTime() / 3_600_000_000_000L + " h");
            return done();
        }

        @AsyncTest
        @Async
        Coroutine<Void> fails() {
            await(yieldNow());
            throw new AssertionError("expected 1, was 2");
        }

        @AsyncTest
        @Disabled("not today")
        @Async
        Coroutine<Void> disabled() {
            return done();
        }

        @Test
        void aJupiterTestInTheSameClassStillRunsOnJupiter() {}
    }

    @Test
    void asyncTestsRunOnAFreshLoopWithTheLifecycleAndReportAsJupiterDoes() {
        Basics.events.clear();
        Map<String, String> r = run(Basics.class);
        assertEquals("SUCCESSFUL", r.get("passes()"));
        assertEquals("SUCCESSFUL", r.get("anHourInVirtualTime()"));
        assertEquals("FAILED: expected 1, was 2", r.get("fails()"));
        assertEquals("SKIPPED: not today", r.get("disabled()"));
        assertEquals("SUCCESSFUL", r.get("aJupiterTestInTheSameClassStillRunsOnJupiter()"));
        assertTrue(Basics.events.contains("ran on a real clock"), Basics.events.toString());
        assertTrue(Basics.events.contains("slept 1 h"), Basics.events.toString());
        // Three async runs, and Jupiter runs the same @BeforeEach/@AfterEach around its own test.
        assertEquals(4, Basics.events.stream().filter("before"::equals).count(), Basics.events.toString());
        assertEquals(4, Basics.events.stream().filter("after"::equals).count(), Basics.events.toString());
    }

    static final class Leaks extends Sample {
        @Async
        static Coroutine<Void> forever() {
            await(sleep(Duration.ofDays(1)));
            return done();
        }

        @AsyncTest
        @VirtualTime
        @Async
        Coroutine<Void> leavesATaskBehind() {
            await(ensureFuture(forever(), "heartbeat"));
            return done();
        }
    }

    @Test
    void aTaskLeftAliveFailsTheTestAndIsNamed() {
        String r = run(Leaks.class).get("leavesATaskBehind()");
        assertTrue(r.startsWith("FAILED: 1 task(s) left alive when the test ended"), r);
        assertTrue(r.contains("'heartbeat'"), r); // named (its state: NEW, it never ran: the test ended first)
    }

    static final class Hangs extends Sample {
        @Async
        static Coroutine<Void> waitsForever(Waiter w) {
            await(w);
            return done();
        }

        @AsyncTest
        @AsyncTimeout(value = 300, unit = java.util.concurrent.TimeUnit.MILLISECONDS)
        @Async
        Coroutine<Void> neverSetsTheWaiter() {
            Waiter w = new Waiter(1);
            await(gather(waitsForever(w), waitsForever(w)));
            return done();
        }

        @AsyncTest
        @VirtualTime
        @AsyncTimeout(value = 300, unit = java.util.concurrent.TimeUnit.MILLISECONDS)
        @Async
        Coroutine<Void> sleepsForeverInVirtualTime() {
            while (true) {
                await(sleep(Duration.ofMinutes(1)));
            }
        }
    }

    @Test
    void theTimeoutReportsTheTasksAliveAndTheirState() {
        Map<String, String> r = run(Hangs.class);
        String w = r.get("neverSetsTheWaiter()");
        assertTrue(w.startsWith("FAILED: timed out after 300 ms (wall clock"), w);
        // Named, whatever the format (Loop.dumpTasks() once the runtime has it, Task.toString() before).
        assertTrue(w.contains("'neverSetsTheWaiter'"), w);
        assertTrue(w.contains("'waitsForever'"), w);
        String v = r.get("sleepsForeverInVirtualTime()");
        assertTrue(v.startsWith("FAILED: timed out after 300 ms"), v);
    }

    static final class Racy extends Sample {
        static int runs;
        int balance = 100;

        @BeforeEach
        void count() {
            runs++;
        }

        @Async
        Coroutine<Void> deposit(int amount, boolean audited) {
            if (audited) {
                await(yieldNow());
            }
            int b = balance;
            await(yieldNow());
            balance = b + amount;
            return done();
        }

        @AsyncTest
        @Seeds(100)
        @Async
        Coroutine<Void> depositsAddUp() {
            await(gather(deposit(50, false), deposit(30, true)));
            if (balance != 180) {
                throw new AssertionError("lost update: " + balance);
            }
            return done();
        }
    }

    @Test
    void seedsStopAtTheFirstFailureAndNameItWithItsTrace() {
        Racy.runs = 0;
        String r = run(Racy.class).get("depositsAddUp()");
        assertTrue(r.startsWith("FAILED: failed under schedule seed " + (Racy.runs - 1) + " (run " + Racy.runs + " of 100): "
                + "java.lang.AssertionError: lost update: 130"), r);
        assertTrue(r.contains("replay it with @Seed(" + (Racy.runs - 1) + ")"), r);
        assertTrue(r.contains("\n  turn 1 @0.000ms: depositsAddUp#1"), r);
    }

    static final class Misuse extends Sample {
        @AsyncTest
        Coroutine<Void> notAsyncButFine() {
            return done();
        }

        @AsyncTest
        static Coroutine<Void> isStatic() {
            return done();
        }
    }

    @Test
    void aMethodThatCannotBeAnAsyncTestGetsAClearError() {
        Map<String, String> r = run(Misuse.class);
        assertEquals("SUCCESSFUL", r.get("notAsyncButFine()"));
        String s = r.get("isStatic()");
        assertTrue(s.startsWith("FAILED: Boucle: @AsyncTest " + Misuse.class.getName() + "#isStatic must be an @Async instance method"), s);
    }
}

package dev.boucle.junit;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs a test that times out, through the JUnit launcher, and reads the dump it leaves. */
class DumpTasksOnTimeoutTest {

    @Async
    static Coroutine<Void> stuck() {
        await(sleep(Duration.ofSeconds(4))); // LINE:stuck
        return done();
    }

    /** The test under test: run only by the launcher below (the system property gates it). */
    @ExtendWith(DumpTasksOnTimeout.class)
    static class TimesOut {
        @Test
        @Timeout(value = 1, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void hangs() {
            if (Boolean.getBoolean("boucle.junit.inner")) {
                Loop.run(stuck());
            }
        }
    }

    @Test
    @Timeout(60)
    void aTimedOutTestShowsItsTasks() throws Exception {
        int line = lineOf("// LINE:stuck");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        System.setProperty("boucle.junit.inner", "true");
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Launcher launcher = LauncherFactory.create();
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(TimesOut.class)).build(), summary);
        } finally {
            System.setErr(err);
            System.clearProperty("boucle.junit.inner");
        }
        TestExecutionSummary s = summary.getSummary();
        assertEquals(1, s.getTotalFailureCount());
        Throwable failure = s.getFailures().get(0).getException();
        assertTrue(failure instanceof TimeoutException, String.valueOf(failure));
        String where = "at " + getClass().getName() + ".stuck(DumpTasksOnTimeoutTest.java:" + line + ")";
        String suppressed = Arrays.stream(failure.getSuppressed()).map(Throwable::getMessage).collect(Collectors.joining());
        assertTrue(suppressed.startsWith("Boucle task dump at the timeout:\n"), suppressed);
        assertTrue(suppressed.contains("Task 'stuck' [RUNNING]: waiting for a timer: sleep until "), suppressed);
        assertTrue(suppressed.contains(where), suppressed);
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Boucle: test hangs() still runs after its timeout of 1000 ms; task dump:"), printed);
        assertTrue(printed.contains(where), printed);
    }

    private static int lineOf(String marker) throws java.io.IOException {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                "src/test/java/dev/boucle/junit/DumpTasksOnTimeoutTest.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker);
    }
}

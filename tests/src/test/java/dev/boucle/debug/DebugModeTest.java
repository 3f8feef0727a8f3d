package dev.boucle.debug;

import static dev.boucle.debug.SourceLines.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Debug mode, {@code -Dboucle.debug=true}: its warnings on standard error, present with the flag
 * and absent without it. Each case runs {@link DebugSubjects} in a JVM of its own (the flag is read
 * once per JVM).
 */
@Timeout(120)
class DebugModeTest {

    record Run(String out, String err) {}

    static Run run(boolean debug, String mode, String... props) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-javaagent:" + Path.of("../agent/target/boucle-agent.jar").toAbsolutePath());
        if (debug) {
            cmd.add("-Dboucle.debug=true");
        }
        cmd.addAll(List.of(props));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(DebugSubjects.class.getName());
        cmd.add(mode);
        Path out = Files.createTempFile("boucle-debug", ".out");
        Path err = Files.createTempFile("boucle-debug", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(100, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            Run r = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            assertEquals(0, p.exitValue(), r.toString());
            assertTrue(r.out.contains("DONE"), r.toString());
            return r;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void aSlowStepIsReportedWithItsTaskAndLinesOnlyInDebugMode() throws Exception {
        Class<?> c = DebugSubjects.class;
        Run on = run(true, "slow");
        String expected = "Boucle: task 'slowStep' held the loop for ";
        List<String> warnings = on.err.lines().filter(l -> l.startsWith("Boucle: task '")).toList();
        assertEquals(1, warnings.size(), on.err); // fastSteps' thousand steps are not reported
        String w = warnings.get(0);
        assertTrue(w.startsWith(expected), w);
        assertTrue(w.contains(" in one step, from " + at(c, "slowStep", "slow-begin") + " to "
                + at(c, "slowStep", "slow-end") + " (slow-step threshold 100 ms"), w);
        assertTrue(on.err.contains("Boucle: the callback <the sleepy callback> held the loop for "), on.err);

        Run off = run(false, "slow");
        assertFalse(off.err.contains("held the loop"), off.err);
    }

    @Test
    void theThresholdIsConfigurable() throws Exception {
        Run r = run(true, "slow", "-Dboucle.debug.slowStepMillis=5000");
        assertFalse(r.err.contains("held the loop"), r.err);
    }

    @Test
    void aCoroutineNeverAwaitedIsReportedWithItsCreationSiteOnlyInDebugMode() throws Exception {
        Run on = run(true, "never");
        List<String> warnings = on.err.lines().filter(l -> l.contains("was never awaited")).toList();
        assertEquals(1, warnings.size(), on.err); // the awaited one is not reported
        assertTrue(warnings.get(0).startsWith("Boucle: coroutine " + DebugSubjects.class.getName()
                + ".unawaited was never awaited (nor scheduled); it was created at "
                + at(DebugSubjects.class, "never", "created") + "."), warnings.get(0));

        Run off = run(false, "never");
        assertFalse(off.err.contains("never awaited"), off.err);
    }

    @Test
    void everyCallChecksItsThreadInDebugMode() throws Exception {
        Run on = run(true, "thread");
        assertTrue(on.out.contains("result() from another thread: Boucle: the loop runs on thread 'the-loop' and was"
                + " called from 'main'; from another thread, use loop.callSoonThreadsafe(...)"), on.out);
        Run off = run(false, "thread");
        assertTrue(off.out.contains("result() from another thread: Boucle: <Task 'sleeps'"), off.out);
    }
}

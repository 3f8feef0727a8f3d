package dev.boucle.examples;

import static dev.boucle.examples.Output.linesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each seed example prints exactly the seed's lines, in the seed's order. */
class SeedExamplesTest {

    @Test
    @Timeout(30)
    void ticTac() throws Exception {
        assertEquals(List.of("Tic", "spam", "Tac", "eggs", "<Task 'ticTac' [FINISHED] (Boum!)>", "bacon",
                "<Task 'spam' [FINISHED] (spam)>"), linesOf(TicTac::main));
    }

    @Test
    @Timeout(30)
    void subtasks() throws Exception {
        List<String> expected = List.of(
                "== ensureFuture",
                "Task 'example'",
                "Starting task 'subtask'",
                "Back in 'example'",
                "(example)",
                "Task 'subtask'",
                "(subtask)",
                "(example)",
                "(subtask)",
                "(example)",
                "<Task 'subtask' [FINISHED] (null)>",
                "<Task 'example' [FINISHED] (null)>",
                "== outlived",
                "Task 'example'",
                "Starting task 'subtask'",
                "Back in 'example'",
                "(example)",
                "Task 'subtask'",
                "(subtask)",
                "(example)",
                "(subtask)",
                "(example)",
                "(subtask)",
                "<Task 'example' [FINISHED] (null)>",
                "-- draining the loop",
                "(subtask)",
                "(subtask)",
                "<Task 'subtask' [FINISHED] (null)>",
                "== cancel",
                "Task 'example'",
                "Starting task 'subtask'",
                "Back in 'example'",
                "(example)",
                "Task 'subtask'",
                "(subtask)",
                "(example)",
                "(subtask)",
                "(example)",
                "(subtask)",
                "<Task 'subtask' [CANCELLED]>",
                "<Task 'example' [FINISHED] (null)>");
        assertEquals(expected, linesOf(Subtasks::main));
    }

    @Test
    @Timeout(30)
    void printMessagesTakesAboutThreeSecondsAndAlmostNoCpu() throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<String> lines = linesOf(PrintMessages::main);
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        assertEquals(List.of("foo", "aaa", "bbb", "bar", "ccc", "baz"), lines);
        assertTrue(wallMs >= 3000 && wallMs < 6000, "took " + wallMs + " ms");
        assertTrue(cpuMs < 600, "used " + cpuMs + " ms of CPU (class loading included) in " + wallMs + " ms");
    }

    @Test
    @Timeout(30)
    void waitJob() throws Exception {
        List<String> expected = new ArrayList<>();
        expected.add("start");
        for (int i = 0; i < 10; i++) {
            expected.add(String.valueOf(i));
        }
        expected.add("finished");
        assertEquals(expected, linesOf(WaitJob::main));
    }

    @Test
    @Timeout(30)
    void gather() throws Exception {
        assertEquals(List.of("== gather", "foo", "aaa", "bbb", "bar", "ccc", "baz",
                "== workflow", "a", "c", "b", "d", "e", "f", "g"), linesOf(Gather::main));
    }
}

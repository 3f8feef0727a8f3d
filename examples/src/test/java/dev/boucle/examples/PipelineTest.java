package dev.boucle.examples;

import static dev.boucle.examples.Output.linesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Pipeline example prints every item's outcome in order, then the totals: the same on every run. */
class PipelineTest {

    @Test
    @Timeout(60)
    void printsTheSameReportEveryRun() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < 5; i++) {
                int item = p * 10 + i;
                expected.add("item " + item + ": " + (i == 3 ? "timed out after 100 ms" : "ok " + item * item));
            }
        }
        expected.add("15 items: 12 ok, 3 timed out");
        expected.add("at most 2 of 2 permits in use at once");
        expected.add("producers waited for room: yes");
        assertEquals(expected, linesOf(Pipeline::main));
        assertEquals(expected, linesOf(Pipeline::main), "a second run prints the same");
    }
}

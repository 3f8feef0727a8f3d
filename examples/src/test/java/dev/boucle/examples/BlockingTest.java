package dev.boucle.examples;

import static dev.boucle.examples.Output.linesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Blocking example: blocking calls off the loop, a ticker that keeps ticking. */
class BlockingTest {

    @Test
    @Timeout(60)
    void theTickerKeepsTickingWhileBlockingCallsRun() throws Exception {
        List<String> lines = linesOf(Blocking::main);
        assertEquals(4, lines.size(), lines.toString());
        assertEquals("fetched with HttpURLConnection: slow hello (on a worker thread)", lines.get(0));
        assertEquals("wrote and read back 11000 bytes", lines.get(1));
        assertEquals("fetched with HttpClient.sendAsync: slow hello", lines.get(2));
        String summary = lines.get(3);
        int ticks = Integer.parseInt(summary.replaceAll("the ticker ticked (\\d+) times.*", "$1"));
        long gap = Long.parseLong(summary.replaceAll(".*longest gap between ticks: (\\d+) ms", "$1"));
        // the two HTTP calls block 500 ms each: on the loop, they would leave gaps of 500 ms and more
        assertTrue(gap < 450, summary);
        assertTrue(ticks >= 20, summary);
    }
}

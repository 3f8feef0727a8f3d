package dev.boucle.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EchoTest {
    @Test
    @Timeout(30)
    void printsWhatTheSeedPrints() {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Echo.main(new String[0]);
            Echo.main(new String[0]); // a second run binds another free port: nothing fixed, nothing left open
        } finally {
            System.setOut(out);
        }
        String once = "Received from client Hello World!" + System.lineSeparator()
                + "Received from server !dlroW olleH" + System.lineSeparator();
        assertEquals(once + once, buf.toString(StandardCharsets.UTF_8));
    }
}

package dev.boucle.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs an example's main and returns the lines it printed. */
final class Output {
    private Output() {}

    interface Main {
        void main(String[] args) throws Exception;
    }

    static List<String> linesOf(Main main) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            main.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        System.out.print(text); // still visible in the test report
        return text.lines().toList();
    }
}

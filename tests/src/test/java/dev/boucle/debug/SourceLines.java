package dev.boucle.debug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Lines of a test's source marked {@code // LINE:name}, so expected traces are never hard-coded. */
final class SourceLines {
    private SourceLines() {}

    static int line(Class<?> c, String marker) {
        Path src = Path.of("src/test/java", c.getName().replace('.', '/') + ".java");
        try {
            List<String> lines = Files.readAllLines(src);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).endsWith("// LINE:" + marker)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no LINE:" + marker + " marker in " + src);
    }

    /** {@code Class.method(File.java:N)} for the marker, as a stack trace prints it. */
    static String at(Class<?> c, String method, String marker) {
        return c.getName() + "." + method + "(" + c.getSimpleName() + ".java:" + line(c, marker) + ")";
    }

    /** The trace's elements as they print, one per line. */
    static List<String> frames(Throwable t) {
        return Arrays.stream(t.getStackTrace()).map(String::valueOf).collect(Collectors.toList());
    }

    static String print(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}

package dev.boucle.instrumenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build-time instrumentation of a directory of class files ({@code target/classes}), in place: what
 * the Maven plugin and {@code java -jar boucle-agent.jar instrument} run. Classes without
 * {@code @Async} methods and classes already instrumented (the marker) are left untouched, so a
 * second run changes no file. The classes it rewrites run without the agent. A class with a refused
 * method is reported and left as compiled (unmarked), so every later run, an incremental build's
 * included, reports it again and fails until the code is fixed.
 */
public final class ClassDirectory {
    private ClassDirectory() {}

    /** What one run did. */
    public static final class Report {
        /** Class files read. */
        public final int classes;
        /** Class files rewritten. */
        public final int instrumented;
        /** Refusals and failures: each one a method or class that will throw when called. */
        public final List<String> errors;
        /** Notes (e.g. {@code @Async} on an abstract method), which change nothing. */
        public final List<String> notes;

        Report(int classes, int instrumented, List<String> errors, List<String> notes) {
            this.classes = classes;
            this.instrumented = instrumented;
            this.errors = List.copyOf(errors);
            this.notes = List.copyOf(notes);
        }

        @Override
        public String toString() {
            return instrumented + " of " + classes + " classes instrumented, " + errors.size() + " errors";
        }
    }

    /**
     * Instruments every class file under {@code dir}, in place. The types the rewrite meets are read
     * from {@code dir} itself, then from {@code classPath} (the compile class path), then the JDK.
     */
    public static Report instrument(Path dir, List<Path> classPath) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("Boucle: " + dir + " is not a directory of class files");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p)).sorted()
                    .collect(Collectors.toList());
        }
        List<Path> path = new ArrayList<>();
        path.add(dir);
        path.addAll(classPath);
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int instrumented = 0;
        try (ClassPathSource source = new ClassPathSource(path)) {
            for (Path f : files) {
                int errorsBefore = errors.size();
                byte[] out = Instrumenter.instrument(Files.readAllBytes(f), source,
                        d -> (Instrumenter.isNote(d) ? notes : errors).add(d));
                // a class with a refusal is not written: marked, it would pass the next (incremental) build
                if (out != null && errors.size() == errorsBefore) {
                    Files.write(f, out);
                    instrumented++;
                }
            }
        }
        return new Report(files.size(), instrumented, errors, notes);
    }
}

package dev.boucle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** What the jar tests share: the built agent jar, a user's program compiled at test time, child JVMs. */
final class JarRunner {
    private JarRunner() {}

    /** The shaded agent jar, built by this module's package phase (these tests run after it). */
    static final Path AGENT = Path.of("target", "boucle-agent.jar").toAbsolutePath();

    static final String APP = "package p;\nimport dev.boucle.*;\nimport static dev.boucle.Boucle.*;\n"
            + "public class App {\n"
            + "  @Async static Coroutine<String> hello() {\n"
            + "    await(sleep(java.time.Duration.ofMillis(1)));\n    String w = await(world());\n"
            + "    return done(\"hello \" + w);\n  }\n"
            + "  @Async static Coroutine<String> world() { await(yieldNow()); return done(\"world\"); }\n"
            + "  public static void main(String[] args) { System.out.println(Loop.run(hello())); }\n}\n";

    /** The runtime's classes (a directory in the reactor, a jar elsewhere). */
    static Path runtime() throws Exception {
        return Path.of(dev.boucle.Loop.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Compiles {@code source} (class {@code name}) against the runtime into {@code dir/classes}. */
    static Path compile(Path dir, String name, String source) throws Exception {
        Path src = dir.resolve("src").resolve(name.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-g", "-d", out.toString(),
                "-classpath", runtime().toString(), src.toString());
        assertEquals(0, rc, "javac");
        return out;
    }

    /** A jar of {@code parts} (directories or jars; first wins), with the given main attributes. */
    static Path jar(Path jar, List<Path> parts, String... attributes) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        for (int i = 0; i < attributes.length; i += 2) {
            mf.getMainAttributes().putValue(attributes[i], attributes[i + 1]);
        }
        Set<String> seen = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            for (Path part : parts) {
                if (Files.isDirectory(part)) {
                    try (Stream<Path> s = Files.walk(part)) {
                        for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
                            String name = part.relativize(f).toString().replace(File.separatorChar, '/');
                            try (InputStream in = Files.newInputStream(f)) {
                                add(out, seen, name, in);
                            }
                        }
                    }
                } else {
                    try (JarFile j = new JarFile(part.toFile())) {
                        for (JarEntry e : (Iterable<JarEntry>) j.stream()::iterator) {
                            if (!e.isDirectory()) {
                                try (InputStream in = j.getInputStream(e)) {
                                    add(out, seen, e.getName(), in);
                                }
                            }
                        }
                    }
                }
            }
        }
        return jar;
    }

    private static void add(JarOutputStream out, Set<String> seen, String name, InputStream in) throws IOException {
        if (name.equals("META-INF/MANIFEST.MF") || !seen.add(name)) {
            return;
        }
        out.putNextEntry(new JarEntry(name));
        in.transferTo(out);
        out.closeEntry();
    }

    /** The result of a child JVM. */
    static final class Run {
        final int exit;
        final String out;
        final String err;

        Run(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs {@code java args...} of {@code javaHome} (this JVM's when null). */
    static Run java(String javaHome, String... args) throws Exception {
        String home = javaHome != null ? javaHome : System.getProperty("java.home");
        List<String> cmd = new ArrayList<>();
        cmd.add(home + File.separator + "bin" + File.separator + "java");
        cmd.addAll(List.of(args));
        Path outFile = Files.createTempFile("boucle-run", ".out");
        Path errFile = Files.createTempFile("boucle-run", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM timed out: " + cmd);
            return new Run(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                    Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    /** The JDKs to run {@code java -jar} on: this one, and those named in {@code -Dboucle.jdks=HOME,HOME}. */
    static List<String> jdks() {
        List<String> l = new ArrayList<>();
        l.add(System.getProperty("java.home"));
        for (String h : System.getProperty("boucle.jdks", "").split(",")) {
            if (!h.isBlank() && Files.isExecutable(Path.of(h, "bin", "java"))) {
                l.add(h);
            }
        }
        return l;
    }
}

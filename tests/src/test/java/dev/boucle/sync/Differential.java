package dev.boucle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Differential tests against Python's asyncio: a scenario is written twice, as a Python script in
 * this package's test resources and as the same code in Boucle, and the printed traces must be
 * equal line by line. The Python interpreter is the first of {@code python3}, {@code python3.13},
 * ..., and pyenv's versions, whose version is at least the one the script needs.
 */
final class Differential {
    private Differential() {}

    /** The trace {@code script} prints under a Python of at least {@code 3.minor}; fails if there is none. */
    static List<String> python(String script, int minor) {
        String py = interpreter(minor);
        assertTrue(py != null, "no Python 3." + minor + "+ found (python3 on PATH, or pyenv's); .ci/run installs python3");
        return run(py, script);
    }

    private static final java.util.Map<Integer, java.util.Optional<String>> FOUND = new java.util.concurrent.ConcurrentHashMap<>();

    /** The first Python of at least {@code 3.minor}, or {@code null} (looked up once per JVM). */
    static String interpreter(int minor) {
        return FOUND.computeIfAbsent(minor, m -> java.util.Optional.ofNullable(find(m))).orElse(null);
    }

    private static String find(int minor) {
        List<String> candidates = new ArrayList<>(List.of("python3", "python3.13", "python3.12", "python3.11"));
        File[] pyenv = new File(System.getProperty("user.home"), ".pyenv/versions").listFiles();
        if (pyenv != null) {
            Arrays.sort(pyenv);
            for (File v : pyenv) {
                candidates.add(new File(v, "bin/python3").getPath());
            }
        }
        for (String c : candidates) {
            try {
                Process p = new ProcessBuilder(c, "-c", "import sys; print(sys.version_info[1] if sys.version_info[0] == 3 else 0)")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Integer.parseInt(out) >= minor) {
                    return c;
                }
            } catch (IOException | NumberFormatException e) {
                // not installed, or not a Python: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    static Path resource(String name) {
        URL u = Differential.class.getResource(name);
        assertTrue(u != null, "missing test resource dev/boucle/sync/" + name);
        try {
            return Path.of(u.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> run(String python, String script) {
        try {
            Process p = new ProcessBuilder(python, resource(script).toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), python + " " + script + " did not finish");
            assertEquals(0, p.exitValue(), python + " " + script + " failed:\n" + out);
            return lines(out);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + python, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static List<String> lines(String text) {
        List<String> l = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
            l.remove(l.size() - 1);
        }
        return l;
    }

    static List<String> readLines(String resource) {
        try {
            return lines(Files.readString(resource(resource)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts Boucle's {@code trace} equals what {@code script} prints under Python 3.{@code minor}+. */
    static void assertSameTrace(String script, int minor, List<String> trace) {
        List<String> expected = python(script, minor);
        assertTrue(expected.size() > 3, script + " printed almost nothing: " + expected);
        assertEquals(String.join("\n", expected), String.join("\n", trace), "Boucle's trace differs from asyncio's (" + script + ")");
    }
}

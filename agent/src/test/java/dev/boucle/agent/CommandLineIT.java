package dev.boucle.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar boucle-agent.jar instrument DIR...}: build-time instrumentation from the agent jar. */
class CommandLineIT {

    @Test
    void instrumentedClassesRunWithoutTheAgentAndASecondRunChangesNothing(@TempDir Path dir) throws Exception {
        Path classes = JarRunner.compile(dir, "p.App", JarRunner.APP);
        String cp = JarRunner.runtime().toString();
        JarRunner.Run plain = JarRunner.java(null, "-cp", classes + File.pathSeparator + cp, "p.App");
        assertTrue(plain.err.contains("-javaagent"), "without instrumentation, the runtime says what is missing: "
                + plain);
        JarRunner.Run first = JarRunner.java(null, "-jar", JarRunner.AGENT.toString(), "instrument", "--class-path", cp,
                classes.toString());
        assertEquals(0, first.exit, first.toString());
        assertTrue(first.out.contains("1 of 1 classes instrumented, 0 errors"), first.toString());
        byte[] once = Files.readAllBytes(classes.resolve("p/App.class"));
        JarRunner.Run second = JarRunner.java(null, "-jar", JarRunner.AGENT.toString(), "instrument", "--class-path", cp,
                classes.toString());
        assertEquals(0, second.exit, second.toString());
        assertTrue(second.out.contains("0 of 1 classes instrumented"), second.toString());
        assertArrayEquals(once, Files.readAllBytes(classes.resolve("p/App.class")), "the marker: a no-op");
        JarRunner.Run run = JarRunner.java(null, "-cp", classes + File.pathSeparator + cp, "p.App");
        assertEquals(0, run.exit, run.toString());
        assertEquals("hello world", run.out.strip(), "no -javaagent: " + run);
    }

    @Test
    void aRefusalFailsWithTheDiagnostic(@TempDir Path dir) throws Exception {
        Path classes = JarRunner.compile(dir, "p.Bad", "package p;\nimport dev.boucle.*;\nimport static dev.boucle.Boucle.*;\n"
                + "public class Bad {\n  @Async static synchronized Coroutine<String> locked() { return done(\"x\"); }\n}\n");
        JarRunner.Run r = JarRunner.java(null, "-jar", JarRunner.AGENT.toString(), "instrument", "--class-path",
                JarRunner.runtime().toString(), classes.toString());
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("Boucle: @Async method p.Bad.locked() (Bad.java:5) is synchronized"), r.toString());
    }

    @Test
    void usageErrorsSayHow() throws Exception {
        JarRunner.Run none = JarRunner.java(null, "-jar", JarRunner.AGENT.toString());
        assertEquals(2, none.exit, none.toString());
        assertTrue(none.err.contains("usage: java -jar boucle-agent.jar instrument"), none.toString());
        JarRunner.Run missing = JarRunner.java(null, "-jar", JarRunner.AGENT.toString(), "instrument", "/no/such/dir");
        assertEquals(2, missing.exit, missing.toString());
        assertTrue(missing.err.contains("/no/such/dir is not a directory"), missing.toString());
    }
}

package dev.boucle.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal on a real directory of class files, in this JVM, which runs without the agent. */
class InstrumentMojoTest {

    static final String HELLO = "package p;\nimport dev.boucle.*;\nimport static dev.boucle.Boucle.*;\n"
            + "public class Hello {\n"
            + "  @Async public static Coroutine<String> hello() {\n"
            + "    await(yieldNow());\n    String w = await(world());\n    return done(\"hello \" + w);\n  }\n"
            + "  @Async static Coroutine<String> world() { await(yieldNow()); return done(\"world\"); }\n}\n";

    static Path compile(Path root, String name, String source) throws Exception {
        Path src = root.resolve("src/" + name.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path out = root.resolve("classes");
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int rc = javac.run(null, null, null, "-g", "-d", out.toString(), "-classpath",
                System.getProperty("java.class.path"), src.toString());
        assertEquals(0, rc, errors.toString());
        return out;
    }

    static InstrumentMojo mojo(Path classes) {
        InstrumentMojo m = new InstrumentMojo();
        m.classesDirectory = classes.toFile();
        List<String> cp = new java.util.ArrayList<>(List.of(classes.toString()));
        cp.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        m.classpathElements = cp;
        return m;
    }

    @Test
    void instrumentedClassesRunWithoutTheAgentAndASecondRunChangesNothing(@TempDir Path root) throws Exception {
        assertNull(System.getProperty("dev.boucle.agent"), "this test JVM runs without the agent");
        Path classes = compile(root, "p.Hello", HELLO);
        Path file = classes.resolve("p/Hello.class");
        byte[] plain = Files.readAllBytes(file);
        mojo(classes).execute();
        byte[] once = Files.readAllBytes(file);
        assertTrue(once.length > plain.length, "rewritten");
        mojo(classes).execute();
        assertArrayEquals(once, Files.readAllBytes(file), "the marker makes a second run a no-op");
        try (URLClassLoader l = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Object c = l.loadClass("p.Hello").getMethod("hello").invoke(null);
            assertEquals("hello world", Loop.run((Coroutine<?>) c));
        }
    }

    @Test
    void aRefusalFailsTheBuildWithTheDiagnostic(@TempDir Path root) throws Exception {
        Path classes = compile(root, "p.Bad", "package p;\nimport dev.boucle.*;\nimport static dev.boucle.Boucle.*;\n"
                + "public class Bad {\n"
                + "  @Async static synchronized Coroutine<String> locked() { return done(\"x\"); }\n}\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(classes).execute());
        assertTrue(e.getMessage().contains("Boucle: @Async method p.Bad.locked() (Bad.java:5) is synchronized"),
                e.getMessage());
        // an incremental build (nothing recompiled) runs the goal again: it must fail again
        MojoFailureException again = assertThrows(MojoFailureException.class, () -> mojo(classes).execute());
        assertEquals(e.getMessage(), again.getMessage());
    }

    @Test
    void skipLeavesTheClassesAlone(@TempDir Path root) throws Exception {
        Path classes = compile(root, "p.Hello", HELLO);
        byte[] plain = Files.readAllBytes(classes.resolve("p/Hello.class"));
        InstrumentMojo m = mojo(classes);
        m.skip = true;
        m.execute();
        assertArrayEquals(plain, Files.readAllBytes(classes.resolve("p/Hello.class")));
    }
}

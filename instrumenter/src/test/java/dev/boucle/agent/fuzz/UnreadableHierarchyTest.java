package dev.boucle.agent.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.agent.cases.InstrumentingClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by the generated programs served by a loader that does not expose class files as
 * resources: a local merged from two of the program's own classes ({@code Q1}, {@code Q2} to
 * {@code Q}) was typed {@code Object} (the hierarchy's guess for unreadable classes), so the
 * rewritten method called {@code Q.q()} on an {@code Object} and the class failed verification
 * (a VerifyError at load time). Now the types the compiler declared at the joins (its
 * StackMapTable) are used instead; with readable class files the hierarchy answers directly.
 */
class UnreadableHierarchyTest {
    static final String SOURCE = "package fz;\n"
            + "import static dev.boucle.Boucle.*;\nimport dev.boucle.Async;\nimport dev.boucle.Coroutine;\n"
            + "public class Merge {\n"
            + "  static abstract class Q { abstract int q(); }\n"
            + "  static final class Q1 extends Q { int q() { return 1; } }\n"
            + "  static final class Q2 extends Q { int q() { return 2; } }\n"
            + "  @Async public static Coroutine<Integer> m(boolean b) {\n"
            + "    Q q = b ? new Q1() : new Q2();\n"
            + "    await(yieldNow());\n"
            + "    return done(q.q());\n"
            + "  }\n"
            + "}\n";

    /** Defines the compiled classes but, like many in-memory loaders, serves no resources for them. */
    static final class NoResources extends ClassLoader {
        final Map<String, byte[]> classes;

        NoResources(Map<String, byte[]> classes) {
            super(NoResources.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    @Test
    void unreadableHierarchyIsTypedFromTheCompilersFrames() throws Throwable {
        Map<String, byte[]> classes = Compilers.javac(Map.of("fz.Merge", SOURCE));
        List<String> diagnostics = new ArrayList<>();
        byte[] out = InstrumentingClassLoader.instrument(classes.get("fz.Merge"), new NoResources(classes),
                diagnostics::add);
        assertNotNull(out, diagnostics.toString());
        assertNull(InstrumentingClassLoader.verify(out, new Compilers.MemoryLoader(classes)),
                "the instrumented class must verify");
        // and it runs, defined by a loader that serves no class files
        Map<String, byte[]> instrumented = new java.util.HashMap<>(classes);
        instrumented.put("fz.Merge", out);
        Class<?> c = new NoResources(instrumented).loadClass("fz.Merge");
        assertEquals(1, Loop.run((Coroutine<?>) c.getMethod("m", boolean.class).invoke(null, true)));
        assertEquals(2, Loop.run((Coroutine<?>) c.getMethod("m", boolean.class).invoke(null, false)));
    }

    @Test
    void readableHierarchyIsRewrittenAndRuns() throws Throwable {
        Map<String, byte[]> classes = Compilers.javac(Map.of("fz.Merge", SOURCE));
        ClassLoader plain = new Compilers.MemoryLoader(classes);
        InstrumentingClassLoader il = new InstrumentingClassLoader(1, plain, null, "fz.");
        Class<?> c = il.loadClass("fz.Merge");
        assertTrue(il.changed.contains("fz.Merge"));
        assertTrue(il.problems.isEmpty(), il.problems.toString());
        Object co = c.getMethod("m", boolean.class).invoke(null, true);
        assertNotNull(co);
        assertEquals(1, Loop.run((Coroutine<?>) co));
        assertEquals(2, Loop.run((Coroutine<?>) c.getMethod("m", boolean.class).invoke(null, false)));
    }
}

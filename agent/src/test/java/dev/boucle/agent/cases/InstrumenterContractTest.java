package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.agent.cases.subjects.Exceptions;
import dev.boucle.agent.cases.subjects.Flow;
import dev.boucle.agent.cases.subjects.Shapes;
import dev.boucle.agent.cases.subjects.StackShapes;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The instrumenter as a byte[] -> byte[] function: every subject class it changes passes ASM's
 * checks; a second pass over its output is a no-op; classes without @Async come back unchanged
 * (null); and the doubly instrumented classes still compute what plain Java computes.
 */
class InstrumenterContractTest {

    static List<String> subjectClasses() throws IOException, URISyntaxException {
        Path dir = Paths.get(StackShapes.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/boucle/agent/cases/subjects");
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> "dev.boucle.agent.cases.subjects." + n.substring(0, n.length() - 6)).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void secondPassIsANoOp() throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        int instrumented = 0;
        List<String> failures = new ArrayList<>();
        for (String name : subjectClasses()) {
            byte[] original = InstrumentingClassLoader.readResource(cl, name);
            byte[] once = InstrumentingClassLoader.instrument(original, cl, d -> { });
            if (once == null) {
                continue;
            }
            instrumented++;
            String complaint = InstrumentingClassLoader.verify(once, cl);
            if (complaint != null) {
                failures.add(name + ": first pass fails the checks:\n" + complaint);
                continue;
            }
            byte[] twice = InstrumentingClassLoader.instrument(once, cl, d -> { });
            if (twice != null && !java.util.Arrays.equals(once, twice)) {
                failures.add(name + ": a second pass changed the class again (" + once.length + " -> " + twice.length
                        + " bytes)");
            }
        }
        assertTrue(instrumented >= 10, "only " + instrumented + " subject classes were instrumented");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void classesWithoutAsyncComeBackUnchanged() throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        for (Class<?> c : new Class<?>[] {String.class, java.util.HashMap.class, Knob.class,
                Class.forName(StackShapes.class.getName() + "$Pair"), Class.forName(StackShapes.class.getName() + "$B")}) {
            byte[] bytes = InstrumentingClassLoader.readResource(cl, c.getName());
            assertNotNull(bytes, c.getName());
            byte[] out = InstrumentingClassLoader.instrument(bytes, cl, d -> { });
            assertTrue(out == null || java.util.Arrays.equals(bytes, out), c.getName() + " has no @Async method but was changed");
        }
    }

    @Test
    void nullLoaderIsAccepted() throws Throwable {
        // the agent's transform gets loader == null for bootstrap classes (quasar#302)
        byte[] bytes = InstrumentingClassLoader.readResource(getClass().getClassLoader(), Flow.class.getName());
        byte[] out = InstrumentingClassLoader.instrument(bytes, null, d -> { });
        assertNotNull(out, "Flow has @Async methods: it must be instrumented even without a loader to ask");
        assertNull(InstrumentingClassLoader.verify(out, getClass().getClassLoader()));
    }

    @Test
    void sameInputSameOutput() throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        byte[] bytes = InstrumentingClassLoader.readResource(cl, Exceptions.class.getName());
        assertArrayEquals(InstrumentingClassLoader.instrument(bytes, cl, d -> { }),
                InstrumentingClassLoader.instrument(bytes, cl, d -> { }), "instrumentation is deterministic");
    }

    static final InstrumentingClassLoader TWICE = new InstrumentingClassLoader(2,
            InstrumentingClassLoader.class.getClassLoader(), null, InstrumentingClassLoader.SUBJECTS);

    /** Classes that went through the instrumenter twice still compute what plain Java does. */
    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void doublyInstrumentedStillCorrect(boolean s) {
        CaseSupport.check(TWICE, StackShapes.class, s, StackShapes.class, "newWithTernary", null, true, false, 3, "q");
        CaseSupport.check(TWICE, StackShapes.class, s, StackShapes.class, "longsAndDoubles", null, 5L, 2.0, 3);
        CaseSupport.check(TWICE, Exceptions.class, s, Exceptions.class, "nestedFinally", null, true);
        CaseSupport.check(TWICE, Flow.class, s, Flow.class, "labels", null, 5);
        CaseSupport.check(TWICE, Shapes.class, s, Shapes.class, "bridges", null, "xy", 2);
        assertEquals(0, TWICE.problems.size(), String.join("\n", TWICE.problems));
    }
}

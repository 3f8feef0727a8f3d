package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.agent.cases.subjects.Traces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stack traces of exceptions thrown in instrumented code name the subject's class, the @Async
 * method's own name and the source line (found in the subject's source by its {@code // LINE:m}
 * marker, not hard-coded).
 */
class TracesTest extends CaseSupport {

    static int markerLine(String method) throws IOException {
        Path src = Path.of("src/test/java", Traces.class.getName().replace('.', '/') + ".java");
        List<String> lines = Files.readAllLines(src);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("// LINE:" + method)) {
                return i + 1;
            }
        }
        throw new AssertionError("no LINE:" + method + " marker in " + src);
    }

    static Throwable failureOf(String method, Class<?>[] types, Object... args) throws Exception {
        Class<?> c = loader().loadClass(Traces.class.getName());
        var m = c.getDeclaredMethod(method, types);
        Coroutine<?> co = (Coroutine<?>) m.invoke(null, args);
        try {
            Loop.run(co);
        } catch (Throwable t) {
            countYields();
            return t;
        }
        return fail(method + " should have thrown");
    }

    static void assertFrame(Throwable t, String method) throws IOException {
        int line = markerLine(method);
        StackTraceElement top = t.getStackTrace()[0];
        String trace = Arrays.stream(t.getStackTrace()).map(String::valueOf).collect(Collectors.joining("\n  "));
        assertEquals(Traces.class.getName(), top.getClassName(), "class of the top frame:\n  " + trace);
        assertEquals(method, top.getMethodName(), "method of the top frame:\n  " + trace);
        assertEquals(line, top.getLineNumber(), "line of the top frame:\n  " + trace);
        assertEquals("Traces.java", top.getFileName(), "file of the top frame:\n  " + trace);
        assertTrue(Arrays.stream(t.getStackTrace()).noneMatch(e -> e.getMethodName().contains("$")
                        && e.getClassName().equals(Traces.class.getName())),
                "no synthetic method names for the subject's frames:\n  " + trace);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void thrownAfterSuspension(boolean s) throws Exception {
        Knob.reset(s);
        Throwable t = failureOf("thrower", new Class<?>[] {int.class}, 3);
        assertEquals(IllegalStateException.class, t.getClass());
        assertEquals("thrown after suspension 3", t.getMessage());
        assertFrame(t, "thrower");
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void nullPointerAfterSuspension(boolean s) throws Exception {
        Knob.reset(s);
        Throwable t = failureOf("npe", new Class<?>[] {String.class}, (Object) null);
        assertEquals(NullPointerException.class, t.getClass(), String.valueOf(t));
        assertFrame(t, "npe");
    }

    @org.junit.jupiter.api.Test
    void thrownBeforeSuspension() throws Exception {
        for (boolean s : new boolean[] {false, true}) {
            Knob.reset(s);
            Throwable t = failureOf("beforeSuspension", new Class<?>[] {int.class}, 2);
            assertEquals(IllegalArgumentException.class, t.getClass());
            assertFrame(t, "beforeSuspension");
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void instanceMethodThrower(boolean s) throws Exception {
        Knob.reset(s);
        Throwable t = failureOf("callsInstanceThrower", new Class<?>[] {String.class}, "msg");
        assertEquals(UnsupportedOperationException.class, t.getClass());
        assertEquals("msg", t.getMessage());
        assertFrame(t, "instanceThrower");
        assertNotNull(t.getStackTrace());
    }

    /** A child that fails without ever suspending: the parent's frame is on the stack, at its await line. */
    @org.junit.jupiter.api.Test
    void parentFrameAtTheAwaitLineWhenTheChildFailsInline() throws Exception {
        Knob.reset(false);
        Throwable t = failureOf("callsInstanceThrower", new Class<?>[] {String.class}, "inline");
        assertFrame(t, "instanceThrower");
        int line = markerLine("callsInstanceThrower");
        String trace = Arrays.stream(t.getStackTrace()).map(String::valueOf).collect(Collectors.joining("\n  "));
        assertTrue(Arrays.stream(t.getStackTrace()).anyMatch(e -> e.getClassName().equals(Traces.class.getName())
                        && e.getMethodName().equals("callsInstanceThrower") && e.getLineNumber() == line),
                "the parent Traces.callsInstanceThrower at line " + line + " is in the trace:\n  " + trace);
    }
}

package dev.boucle.agent;

import dev.boucle.instrumenter.Instrumenter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Instruments {@code samples.Smoke}, runs its @Async methods on a Loop, and checks what they compute. */
class SmokeTest {
    static SmokeLoader loader;
    static Class<?> smoke;

    @BeforeAll
    static void load() throws Exception {
        loader = new SmokeLoader("dev.boucle.agent.samples.");
        smoke = loader.loadClass("dev.boucle.agent.samples.Smoke");
    }

    static Object call(String name, Object... args) throws Exception {
        for (Method m : smoke.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length && !m.isSynthetic()) {
                try {
                    return m.invoke(null, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(name);
    }

    static Object run(String name, Object... args) throws Exception {
        return Loop.run((Coroutine<?>) call(name, args));
    }

    @SuppressWarnings("unchecked")
    static List<String> log() throws Exception {
        return (List<String>) smoke.getField("LOG").get(null);
    }

    @Test
    void verifiesWithCheckClassAdapter() throws Exception {
        byte[] b = loader.instrumented.get("dev.boucle.agent.samples.Smoke");
        assertNotNull(b);
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(b), loader, false, new PrintWriter(sw));
        assertEquals("", sw.toString());
    }

    @Test
    void secondPassIsANoOp() throws Exception {
        byte[] b = loader.instrumented.get("dev.boucle.agent.samples.Smoke");
        assertNull(Instrumenter.instrument(b, LoaderSource.of(loader), d -> { }));
    }

    @Test
    void callingRunsNothing() throws Exception {
        log().clear();
        Object c = call("ticTac");
        assertTrue(c instanceof Coroutine);
        assertEquals(List.of(), log());
        assertEquals("Boum!", Loop.run((Coroutine<?>) c));
        assertEquals(List.of("Tic", "Tac"), log());
    }

    @Test
    void primitivesSurviveSuspension() throws Exception {
        assertEquals("7,23,11.5,2.5,-3,300,x,true,s",
                run("primitives", 7, 10L, 4.5d, 2.5f, (byte) -3, (short) 300, 'x', true, "s"));
    }

    @Test
    void operandStackSurvivesSuspension() throws Exception {
        assertEquals(123 + 25, run("stack", true));
        assertEquals(123 + 25, run("stack", false));
    }

    @Test
    void constructorsAroundAwaits() throws Exception {
        assertEquals("(3,(7,11))", run("pairs", true));
        assertEquals("(3,(x,11))", run("pairs", false));
    }

    @Test
    void exceptionsCrossAwaits() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run("thrower", true));
        assertEquals("boom", e.getMessage());
        assertEquals("ac:boom;f", run("catcher", true));
        assertEquals("ac:boom;f", run("catcher", false));
    }

    @Test
    void stackTraceShowsUserMethodAndLine() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run("thrower", true));
        StackTraceElement top = e.getStackTrace()[0];
        assertEquals("dev.boucle.agent.samples.Smoke", top.getClassName());
        assertEquals("thrower", top.getMethodName());
        assertEquals("Smoke.java", top.getFileName());
        assertEquals(80, top.getLineNumber() /* the throw in Smoke.thrower */, Arrays.toString(e.getStackTrace()));
    }

    @Test
    void loopsSwitchesAndConditions() throws Exception {
        // plain Java: i=0:+1, i=1:+1, i=2:yield, i=3:+4, i=4: 4>2 && 4>3 -> +100, i=5:yield, i=6:+7
        assertEquals(1 + 1 + 4 + 100 + 7, run("loop", 7));
    }

    @Test
    void deepChainSuspendsAtItsBottomAndResumes() throws Exception {
        assertEquals(100_000, run("deep", 100_000));
    }

    @Test
    void tailAwait() throws Exception {
        assertEquals(10, run("tail", 5));
    }

    @Test
    void voidCoroutine() throws Exception {
        assertNull(run("nothing"));
    }

    @Test
    void instanceMethodsAndOverloads() throws Exception {
        Object s = smoke.getConstructor(String.class).newInstance("bob");
        Method greet2 = smoke.getMethod("greet", String.class, int.class);
        assertEquals("bob greets ann".repeat(3), Loop.run((Coroutine<?>) greet2.invoke(s, "ann", 3)));
    }

    @Test
    void refusedMethodsThrowTheDiagnostic() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call("syncMethod"));
        assertTrue(e.getMessage().contains("synchronized"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.boucle.agent.samples.Smoke.syncMethod()"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> call("syncBlock", new Object()));
        assertTrue(e.getMessage().contains("synchronized block"), e.getMessage());
        assertTrue(e.getMessage().contains("Smoke.java:"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> call("notCoroutine"));
        assertTrue(e.getMessage().contains("not dev.boucle.Coroutine"), e.getMessage());
        assertEquals(3, loader.diagnostics.size(), loader.diagnostics.toString());
    }

    @Test
    void suspendedFramesHoldOnlyLiveValues() throws Exception {
        Coroutine<?> h = (Coroutine<?>) call("hygiene");
        List<String> seen = new java.util.ArrayList<>();
        Loop loop = new Loop();
        dev.boucle.Task<?> t = loop.schedule(h);
        loop.schedule((Coroutine<?>) call("inspect", h, seen));
        loop.runUntilEmpty();
        assertEquals("payload!", t.result());
        // suspended at await 1 (big live); at await 2 (only r live: big is gone); finished (cleared)
        assertEquals(List.of("[payload]", "[payload!]", "[null]"), seen);
    }
}

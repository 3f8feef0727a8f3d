package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.agent.cases.subjects.Bad;
import dev.boucle.agent.cases.subjects.TooBig;
import dev.boucle.agent.cases.subjects.BadAbstract;
import dev.boucle.agent.cases.subjects.BadInit;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a clear error naming the class and the method, never a VerifyError or a hang;
 * the class with refused methods still loads, and its other methods still work.
 */
class BadInputTest {
    static final String BAD = Bad.class.getName();

    /** A loader of its own, so the diagnostics are this class's alone. */
    static final InstrumentingClassLoader IL = new InstrumentingClassLoader(InstrumentingClassLoader.SUBJECTS);

    static Class<?> bad() throws ClassNotFoundException {
        Class<?> c = IL.loadClass(BAD);
        assertTrue(IL.problems.isEmpty(), () -> String.join("\n", IL.problems));
        return c;
    }

    /** Calls {@code name} and, if that gives a coroutine, runs it: the exception either step throws. */
    static Throwable failure(String name, Class<?>[] types, Object... args) throws Exception {
        Method m = bad().getDeclaredMethod(name, types);
        Object co;
        try {
            co = m.invoke(null, args);
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
        if (!(co instanceof Coroutine<?> c)) {
            return fail(name + " returned " + co + " instead of failing");
        }
        try {
            Loop.run(c);
        } catch (Throwable t) {
            return t;
        }
        return fail(name + " ran without an error");
    }

    static void assertNames(Throwable t, String method) {
        assertNotNull(t);
        String msg = String.valueOf(t.getMessage());
        assertTrue(!(t instanceof VerifyError) && !(t instanceof LinkageError), "a linkage error is not a clear error: " + t);
        assertTrue(msg.contains("Bad"), "message names the class: " + msg);
        assertTrue(msg.contains(method), "message names the method " + method + ": " + msg);
    }

    static void assertDiagnosed(String method) throws Exception {
        bad();
        List<String> mine = new ArrayList<>();
        for (String d : IL.diagnostics) {
            if (d.contains("Bad") && d.contains(method)) {
                mine.add(d);
            }
        }
        assertTrue(!mine.isEmpty(), "the instrumenter reported nothing naming Bad and " + method + "; it said: " + IL.diagnostics);
    }

    @Test
    void asyncMethodNotReturningCoroutine() throws Exception {
        Throwable t = failure("notCoroutine", new Class<?>[] {int.class}, 1);
        assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
        assertNames(t, "notCoroutine");
        assertTrue(t.getMessage().contains("Coroutine"), "says what is wrong: " + t.getMessage());
        assertDiagnosed("notCoroutine");
    }

    @Test
    void synchronizedAsyncMethod() throws Exception {
        Throwable t = failure("syncMethod", new Class<?>[] {int.class}, 1);
        assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
        assertNames(t, "syncMethod");
        assertTrue(t.getMessage().contains("synchronized"), "says what is wrong: " + t.getMessage());
        assertDiagnosed("syncMethod");
    }

    @Test
    void awaitInSynchronizedBlock() throws Exception {
        Throwable t = failure("syncBlock", new Class<?>[] {Object.class}, new Object());
        assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
        assertNames(t, "syncBlock");
        assertTrue(t.getMessage().contains("synchronized"), "says what is wrong: " + t.getMessage());
        assertDiagnosed("syncBlock");
    }

    @Test
    void awaitInLambdaInsideAsyncMethod() throws Exception {
        Knob.reset(false);
        Throwable t = failure("inLambda", new Class<?>[] {int.class}, 1);
        assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
        assertNames(t, "inLambda");
        assertTrue(t.getMessage().contains("lambda"), "says it is a lambda: " + t.getMessage());
    }

    @Test
    void awaitInPlainMethod() throws Exception {
        Knob.reset(false);
        Throwable t = failure("plainAwait", new Class<?>[] {int.class}, 1);
        assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
        assertNames(t, "plainAwait");
        assertTrue(t.getMessage().contains("@Async"), "says to make it @Async: " + t.getMessage());
    }

    @Test
    void awaitInConstructor() throws Exception {
        Knob.reset(false);
        var ctor = bad().getDeclaredConstructor(int.class);
        Throwable t;
        try {
            ctor.newInstance(1);
            t = fail("await in a constructor ran");
        } catch (InvocationTargetException e) {
            t = e.getCause();
        }
        assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
        assertTrue(t.getMessage().contains("Bad"), "names the class: " + t.getMessage());
        assertTrue(t.getMessage().contains("<init>") || t.getMessage().contains("constructor"),
                "names the constructor: " + t.getMessage());
    }

    @Test
    void coroutineAwaitedTwice() throws Exception {
        for (boolean s : new boolean[] {false, true}) {
            Knob.reset(s);
            Throwable t = failure("awaitTwice", new Class<?>[] {int.class}, 1);
            assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
            // the coroutine awaited twice is V.v's; the message names it
            String msg = t.getMessage();
            assertTrue(msg.contains("V.v") && msg.contains("already started"), "names the coroutine: " + msg);
        }
    }

    @Test
    void otherMethodsOfARefusedClassStillWork() throws Exception {
        Class<?> c = bad();
        for (boolean s : new boolean[] {false, true}) {
            Knob.reset(s);
            Coroutine<?> co = (Coroutine<?>) c.getDeclaredMethod("fine", int.class).invoke(null, 41);
            assertEquals(Bad.plain(21) + 0, Loop.run(co));
        }
        assertEquals(Bad.plain(5), c.getDeclaredMethod("plain", int.class).invoke(null, 5));
        Object o = c.getDeclaredConstructor().newInstance();
        assertEquals(new Bad().field(), c.getDeclaredMethod("field").invoke(o));
    }

    /** @Async code run without the agent: load Bad uninstrumented, with the agent property cleared. */
    @Test
    void runWithoutTheAgent() throws Exception {
        String saved = System.getProperty("dev.boucle.agent");
        System.clearProperty("dev.boucle.agent");
        try {
            InstrumentingClassLoader plain = new InstrumentingClassLoader(0, getClass().getClassLoader(), null,
                    InstrumentingClassLoader.SUBJECTS);
            Class<?> c = plain.loadClass(BAD);
            Knob.reset(false);
            Throwable t;
            try {
                Object co = c.getDeclaredMethod("fine", int.class).invoke(null, 1);
                Loop.run((Coroutine<?>) co);
                t = fail("ran without the agent");
            } catch (InvocationTargetException e) {
                t = e.getCause();
            } catch (IllegalStateException e) {
                t = e;
            }
            assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
            assertTrue(t.getMessage().contains("-javaagent"), "tells to add -javaagent: " + t.getMessage());
            assertTrue(t.getMessage().contains("boucle-agent.jar"), "names the jar: " + t.getMessage());
        } finally {
            if (saved != null) {
                System.setProperty("dev.boucle.agent", saved);
            } else {
                System.setProperty("dev.boucle.agent", "test");
            }
        }
    }

    /** A method whose state machine cannot fit the 64 KB limit: a named error for it, not a silent failure. */
    @Test
    void methodTooLargeAfterInstrumentationIsNamed() throws Exception {
        Class<?> c = IL.loadClass(TooBig.class.getName());
        Knob.reset(false);
        Throwable t;
        try {
            Object co = c.getDeclaredMethod("huge", int.class).invoke(null, 1);
            Loop.run((Coroutine<?>) co);
            t = null;
        } catch (InvocationTargetException e) {
            t = e.getCause();
        } catch (IllegalStateException e) {
            t = e;
        }
        if (t != null) {
            assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
            assertTrue(t.getMessage().contains("TooBig") && t.getMessage().contains("huge"), t.getMessage());
            boolean reported = false;
            for (String d : IL.diagnostics) {
                reported |= d.contains("TooBig") && d.contains("huge");
            }
            assertTrue(reported, "the instrumenter names TooBig.huge in a diagnostic: " + IL.diagnostics);
        } // else: the transformer managed to fit it, which is fine too (its result is not checked here)
    }

    /** ... and the other @Async methods of that class still work. */
    @Test
    void otherMethodsOfATooLargeClassStillWork() throws Exception {
        Class<?> c = IL.loadClass(TooBig.class.getName());
        for (boolean s : new boolean[] {false, true}) {
            Knob.reset(s);
            Object co = c.getDeclaredMethod("fine", int.class).invoke(null, 21);
            assertEquals(42, Loop.run((Coroutine<?>) co));
        }
    }

    /** @Async on an abstract method is reported by name; the class loads and the implementation works through it. */
    @Test
    void asyncOnAbstractMethod() throws Exception {
        Class<?> c = IL.loadClass(BadAbstract.class.getName());
        assertTrue(IL.problems.isEmpty(), () -> String.join("\n", IL.problems));
        for (boolean s : new boolean[] {false, true}) {
            Knob.reset(s);
            Object co = c.getDeclaredMethod("viaBase", int.class).invoke(null, 5);
            assertEquals(5 * 3 + 1, Loop.run((Coroutine<?>) co));
        }
        boolean reported = false;
        for (String d : IL.diagnostics) {
            reported |= d.contains("BadAbstract") && d.contains("compute");
        }
        assertTrue(reported, "the instrumenter names BadAbstract.compute (abstract @Async): " + IL.diagnostics);
    }

    @Test
    void coroutineRunTwice() throws Exception {
        Knob.reset(false);
        Coroutine<?> co = (Coroutine<?>) bad().getDeclaredMethod("fine", int.class).invoke(null, 1);
        assertEquals(2, Loop.run(co));
        Throwable t;
        try {
            Loop.run(co);
            t = fail("a finished coroutine ran again");
        } catch (IllegalStateException e) {
            t = e;
        }
        assertNames(t, "fine");
    }

    /** await in a static initialiser: not an @Async method; a clear error names the class. */
    @Test
    void awaitInStaticInitialiser() throws Exception {
        Knob.reset(false);
        Throwable t;
        try {
            Class.forName(BadInit.class.getName(), true, IL);
            t = fail("the initialiser ran");
        } catch (ExceptionInInitializerError e) {
            t = e.getCause();
        }
        assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
        assertTrue(t.getMessage().contains("BadInit") && t.getMessage().contains("<clinit>"), t.getMessage());
    }

    /** await(null): a NullPointerException naming the method, not an anonymous one from inside the runtime. */
    @Test
    void awaitOfNull() throws Exception {
        Knob.reset(false);
        Throwable t = failure("awaitNull", new Class<?>[] {int.class}, 1);
        assertInstanceOf(NullPointerException.class, t, String.valueOf(t));
        assertNames(t, "awaitNull");
    }

    /** The agent is there (property set) but this class was loaded without it: the message says so, by name. */
    @Test
    void loadedBeforeTheAgent() throws Exception {
        InstrumentingClassLoader plain = new InstrumentingClassLoader(0, getClass().getClassLoader(), null,
                InstrumentingClassLoader.SUBJECTS);
        String saved = System.getProperty("dev.boucle.agent");
        System.setProperty("dev.boucle.agent", "test");
        try {
            Class<?> c = plain.loadClass(BAD);
            Knob.reset(false);
            Throwable t;
            try {
                Loop.run((Coroutine<?>) c.getDeclaredMethod("fine", int.class).invoke(null, 1));
                t = fail("ran without being rewritten");
            } catch (InvocationTargetException e) {
                t = e.getCause();
            }
            assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
            assertNames(t, "fine");
            assertTrue(t.getMessage().contains("not rewritten"), t.getMessage());
        } finally {
            if (saved == null) {
                System.clearProperty("dev.boucle.agent");
            } else {
                System.setProperty("dev.boucle.agent", saved);
            }
        }
    }

    /** A corrupted frame (a label the body does not know) fails with the runtime's named error, not a wrong jump. */
    @Test
    void corruptedFrameLabel() throws Exception {
        Knob.reset(false);
        Object co = bad().getDeclaredMethod("fine", int.class).invoke(null, 1);
        dev.boucle.internal.Frame f = (dev.boucle.internal.Frame) co;
        f.label = 999;
        Throwable t;
        try {
            Loop.run(f);
            t = fail("ran with label 999");
        } catch (IllegalStateException e) {
            t = e;
        }
        assertNames(t, "fine");
        assertTrue(t.getMessage().contains("999"), t.getMessage());
    }

    /** A method reference to await (Boucle::await) inside an @Async method: a clear error that does not
     * tell the user to annotate an already-@Async method. */
    @Test
    void methodReferenceToAwait() throws Exception {
        Knob.reset(false);
        Throwable t = failure("awaitMethodRef", new Class<?>[] {int.class}, 1);
        assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
        assertNames(t, "awaitMethodRef");
        assertTrue(!t.getMessage().contains("not an @Async method"),
                "awaitMethodRef is @Async; the message must not say otherwise: " + t.getMessage());
    }

    /** An await deep inside a synchronized block (nested try/finally, loop, break) is still refused by name. */
    @Test
    void awaitNestedInSynchronizedBlock() throws Exception {
        Knob.reset(false);
        Throwable t = failure("syncBlockNested", new Class<?>[] {Object.class, int.class}, new Object(), 4);
        assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
        assertNames(t, "syncBlockNested");
        assertTrue(t.getMessage().contains("synchronized"), t.getMessage());
        assertDiagnosed("syncBlockNested");
    }
}

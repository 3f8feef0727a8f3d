package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * What every hard case does: run the instrumented {@code @Async} method on a fresh loop, run its
 * plain twin {@code namePlain} (same class, loaded normally, no await anywhere), and compare the
 * results (value or exception) and the side-effect logs. With {@code suspend}, every await of a
 * {@code V} helper really suspends on {@code yieldNow()}; without, none does: both must agree with
 * plain Java.
 */
public abstract class CaseSupport {
    private static InstrumentingClassLoader shared;

    /** The suite's instrumenting loader for the subjects package (one per JVM). */
    protected static synchronized InstrumentingClassLoader loader() {
        if (shared == null) {
            shared = new InstrumentingClassLoader(InstrumentingClassLoader.SUBJECTS);
        }
        return shared;
    }

    /** What a run produced: its value or exception, and its side effects. */
    public record Outcome(String result, List<String> log) {
        @Override
        public String toString() {
            return result + "  log=" + log;
        }
    }

    public static String render(Object o) {
        if (o == null) {
            return "value null";
        }
        return "value " + o.getClass().getName() + " " + Arrays.deepToString(new Object[] {o});
    }

    public static String renderError(Throwable t) {
        StringBuilder sb = new StringBuilder("threw " + t.getClass().getName() + ": " + t.getMessage());
        for (Throwable s : t.getSuppressed()) {
            sb.append(" [suppressed ").append(s.getClass().getName()).append(": ").append(s.getMessage()).append(']');
        }
        if (t.getCause() != null && t.getCause() != t) {
            sb.append(" [cause ").append(renderError(t.getCause())).append(']');
        }
        return sb.toString();
    }

    /** Compares {@code plain.name} (instrumented) with {@code plain.namePlain}, both with and without suspensions. */
    protected static void check(boolean suspend, Class<?> plain, String name, Object... args) {
        check(loader(), plain, suspend, plain, name, null, args);
    }

    /** As {@link #check}, for an overloaded name: the parameter types pick the method. */
    protected static void checkTyped(boolean suspend, Class<?> plain, String name, Class<?>[] types, Object... args) {
        check(loader(), plain, suspend, plain, name, types, args);
    }

    /**
     * The general form.
     *
     * @param il the loader that instruments {@code subject}
     * @param twinHost the (uninstrumented) class that holds {@code namePlain}
     */
    public static void check(InstrumentingClassLoader il, Class<?> twinHost, boolean suspend, Class<?> subject,
            String name, Class<?>[] types, Object... args) {
        int problemsBefore = il.problems.size();
        Method twin = findTwin(twinHost, name, types, args.length);
        Class<?>[] ptypes = twin.getParameterTypes();

        Outcome actual = runInstrumented(il, suspend, subject.getName(), name, ptypes, args);
        int yields = Knob.yields;

        Object[] plainArgs = copyArgs(args);
        Knob.reset(suspend);
        String expected;
        try {
            expected = render(twin.invoke(null, plainArgs));
        } catch (InvocationTargetException e) {
            expected = renderError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
        Outcome wanted = new Outcome(expected, new ArrayList<>(Knob.log));

        List<String> newProblems = il.problems.subList(problemsBefore, il.problems.size());
        assertTrue(newProblems.isEmpty(), () -> "class checks failed:\n" + String.join("\n", newProblems));
        assertEquals(wanted.toString(), actual.toString(),
                () -> subject.getSimpleName() + "." + name + Arrays.toString(args) + " with suspend=" + suspend
                        + ": instrumented result/log differs from plain Java" + diagnosticsAbout(il, subject));
        yieldsInThisTest += yields;
        checksInThisTest++;
    }

    private static int checksInThisTest;

    private static int yieldsInThisTest;

    /** For tests that run subjects themselves: counts the suspensions of the last run. */
    protected static void countYields() {
        yieldsInThisTest += Knob.yields;
        checksInThisTest++;
    }

    static String diagnosticsAbout(InstrumentingClassLoader il, Class<?> subject) {
        StringBuilder sb = new StringBuilder();
        synchronized (il.diagnostics) {
            for (String d : il.diagnostics) {
                if (d.contains(subject.getSimpleName())) {
                    sb.append("\n  instrumenter said: ").append(d);
                }
            }
        }
        return sb.toString();
    }

    @BeforeEach
    void resetYieldCount() {
        yieldsInThisTest = 0;
        checksInThisTest = 0;
    }

    /** A test run with suspensions must really have suspended, or it proves nothing about resumption. */
    @AfterEach
    void assertSuspended(TestInfo info) {
        if (info.getDisplayName().contains("suspend=true") && (checksInThisTest > 0 || yieldsInThisTest > 0)) {
            assertTrue(yieldsInThisTest > 0, info.getDisplayName() + ": no await ever suspended: the case proves nothing");
        }
    }

    /** Runs {@code name} of the instrumented class on a fresh loop; also checks that calling it ran nothing. */
    public static Outcome runInstrumented(ClassLoader il, boolean suspend, String className, String name,
            Class<?>[] plainTypes, Object... args) {
        Class<?> c;
        try {
            c = Class.forName(className, true, il);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        Class<?>[] types = new Class<?>[plainTypes.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = adaptType(plainTypes[i], il);
        }
        Method m;
        try {
            m = c.getDeclaredMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new AssertionError("no " + name + Arrays.toString(types) + " in the instrumented " + className, e);
        }
        m.setAccessible(true);
        Object[] iargs = copyArgs(args);
        for (int i = 0; i < iargs.length; i++) {
            iargs[i] = adaptArg(iargs[i], types[i]);
        }
        Knob.reset(suspend);
        Object co;
        try {
            co = m.invoke(null, iargs);
        } catch (InvocationTargetException e) {
            return new Outcome("calling it " + renderError(e.getCause()), new ArrayList<>(Knob.log));
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
        assertNotNull(co, name + " returned null instead of a coroutine");
        assertTrue(Knob.log.isEmpty() && Knob.yields == 0,
                () -> "calling @Async " + name + " ran part of its body (it must only create the coroutine): " + Knob.log);
        String result;
        try {
            @SuppressWarnings("unchecked")
            Coroutine<Object> cast = (Coroutine<Object>) co;
            result = render(Loop.run(cast));
        } catch (Throwable t) {
            result = renderError(t);
        }
        return new Outcome(result, new ArrayList<>(Knob.log));
    }

    private static Method findTwin(Class<?> host, String name, Class<?>[] types, int arity) {
        String twinName = name + "Plain";
        if (types != null) {
            try {
                Method m = host.getDeclaredMethod(twinName, types);
                m.setAccessible(true);
                return m;
            } catch (NoSuchMethodException e) {
                throw new AssertionError("no plain twin " + twinName + Arrays.toString(types) + " in " + host.getName());
            }
        }
        Method found = null;
        for (Method m : host.getDeclaredMethods()) {
            if (m.getName().equals(twinName) && m.getParameterCount() == arity) {
                if (found != null) {
                    fail("ambiguous twin " + twinName + " in " + host.getName() + ": give the parameter types");
                }
                found = m;
            }
        }
        if (found == null) {
            fail("no plain twin " + twinName + " with " + arity + " parameters in " + host.getName());
        }
        found.setAccessible(true);
        return found;
    }

    /** A parameter type as the instrumented loader sees it (subject classes are its own copies). */
    static Class<?> adaptType(Class<?> t, ClassLoader il) {
        if (t.isPrimitive() || t.getClassLoader() == null || t.getName().startsWith("java.")) {
            return t;
        }
        try {
            return Class.forName(t.getName(), false, il);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object adaptArg(Object arg, Class<?> target) {
        if (arg instanceof Enum<?> e && target.isEnum() && !target.isInstance(arg)) {
            return Enum.valueOf((Class) target, e.name());
        }
        return arg;
    }

    /** Fresh copies of mutable arguments (arrays, lists), so the two runs do not share state. */
    static Object[] copyArgs(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            Object a = out[i];
            if (a instanceof int[] arr) {
                out[i] = arr.clone();
            } else if (a instanceof Object[] arr) {
                out[i] = arr.clone();
            } else if (a instanceof List<?> l) {
                out[i] = new ArrayList<>(l);
            }
        }
        return out;
    }

    /** Whether {@code m} carries {@link Async}. */
    static boolean isAsync(Method m) {
        return m.isAnnotationPresent(Async.class);
    }
}

package dev.boucle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Harder constructs of {@code samples.Hard}, each run suspending ({@code y}) and on the fast path. */
class HardTest {
    static SmokeLoader loader;
    static Class<?> hard;

    @BeforeAll
    static void load() throws Exception {
        loader = new SmokeLoader("dev.boucle.agent.samples.");
        hard = loader.loadClass("dev.boucle.agent.samples.Hard");
    }

    static Class<?> nested(String simple) throws ClassNotFoundException {
        return loader.loadClass("dev.boucle.agent.samples.Hard$" + simple);
    }

    static Object invoke(Class<?> c, Object target, String name, Object... args) throws Exception {
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length && !m.isSynthetic()
                    && accepts(m.getParameterTypes(), args)) {
                m.setAccessible(true);
                try {
                    return Loop.run((Coroutine<?>) m.invoke(target, args));
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(name);
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i].isPrimitive()
                    ? java.lang.invoke.MethodType.methodType(types[i]).wrap().returnType() : types[i];
            if (args[i] == null ? types[i].isPrimitive() : !t.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    static Object run(String name, Object... args) throws Exception {
        return invoke(hard, null, name, args);
    }

    @SuppressWarnings("unchecked")
    static List<String> log() throws Exception {
        return (List<String>) hard.getField("LOG").get(null);
    }

    @Test
    void everyClassVerifies() throws Exception {
        for (String n : List.of("Hard", "Hard$Shape", "Hard$Square", "Hard$Impl", "Hard$Base", "Hard$Inner")) {
            loader.loadClass("dev.boucle.agent.samples." + n);
        }
        assertTrue(loader.instrumented.size() >= 5, loader.instrumented.keySet().toString());
        for (var e : loader.instrumented.entrySet()) {
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
            assertEquals("", sw.toString(), e.getKey());
        }
        assertEquals(1, loader.diagnostics.size(), loader.diagnostics.toString());
        assertTrue(loader.diagnostics.get(0).startsWith("Boucle: note: @Async on abstract method "
                + "dev.boucle.agent.samples.Hard$Base.make(boolean, java.lang.Object) (Hard.java) has no effect"),
                loader.diagnostics.get(0));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void values(boolean y) throws Exception {
        assertEquals((1L << 40) + 23, run("longsOnStack", y));
        assertEquals("-56:-25536:233:true:-Infinity", run("subInts", y));
        assertEquals("null/null", run("nullLocals", y));
        assertEquals("5x2.5", run("slotReuse", y));
        assertEquals("9q52", run("arrays", y));
        assertEquals("ai2caj2c", run("concat", y));
        Class<?> color = nested("Color");
        Object red = color.getEnumConstants()[0];
        Object green = color.getEnumConstants()[1];
        Object blue = color.getEnumConstants()[2];
        assertEquals("1!r10", run("switches", y, "one", red));
        assertEquals("2b31", run("switches", y, "two", blue));
        assertEquals("?g20", run("switches", y, "zz", green));
        assertEquals(true, run("logic", y, 8));
        assertEquals(true, run("logic", y, 7));
        assertEquals(false, run("logic", y, 3));
        assertEquals(false, run("logic", y, -2));
        assertEquals("0,1,10,11,20,21,1", run("labelled", y));
        assertEquals("afinnergT:x", run("nestedFinally", y));
        assertEquals(55, run("fib", y, 10));
        assertEquals(1, run("even", y, 10));
        assertEquals(0, run("even", y, 7));
        assertEquals(21, run("lambdas", y));
        assertEquals("(t,((1,2),4))", run("ternaryCtor", y, true));
        assertEquals("(f,((1,3),4))", run("ternaryCtor", y, false));
        assertEquals(103, run("overloaded", "abc"));
        assertEquals(List.of(1, "x"), run("varargs", y, new Object[] {1, "x"}));
        assertEquals(103, run("catchThrowable", y));
        assertEquals("[]", run("ctorArgTestsAnAwait", y, true));
        assertEquals("[refused]", run("ctorArgTestsAnAwait", y, false));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void resourcesCloseInOrderWithSuppressed(boolean y) throws Exception {
        log().clear();
        assertEquals("body suppressed=1:close B", run("resources", y));
        assertEquals(List.of("open A", "open B", "use AB", "close B", "close A"), log());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sideEffectsRunOnce(boolean y) throws Exception {
        log().clear();
        assertEquals(1, run("sideEffects", y));
        assertEquals(List.of("before", "after"), log());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void interfacesRecordsBridgesInnerClasses(boolean y) throws Exception {
        Class<?> square = nested("Square");
        Object sq = square.getConstructor(double.class).newInstance(3.0);
        assertEquals("Square:9.0" + (y ? "+" : "-"), invoke(nested("Shape"), sq, "describe", y));
        Object shapes = java.lang.reflect.Array.newInstance(nested("Shape"), 2);
        java.lang.reflect.Array.set(shapes, 0, square.getConstructor(double.class).newInstance(1.0));
        java.lang.reflect.Array.set(shapes, 1, square.getConstructor(double.class).newInstance(2.0));
        assertEquals(5.0, invoke(nested("Shape"), null, "total", y, shapes));
        assertEquals(4.5, invoke(square, sq, "scaled", y, 1.5));
        Object impl = nested("Impl").getConstructor().newInstance();
        assertEquals("abab", invoke(nested("Impl"), impl, "make", y, "ab"));
        Method viaBase = nested("Base").getMethod("make", boolean.class, Object.class);
        assertEquals("cdcd", Loop.run((Coroutine<?>) viaBase.invoke(impl, y, "cd")));
        Object outer = hard.getConstructor().newInstance();
        Object inner = nested("Inner").getConstructor(hard).newInstance(outer);
        assertEquals("outer-inner", invoke(nested("Inner"), inner, "outerName", y));
    }

    @Test
    void bodiesAreSyntheticSameNameOverloads() throws Exception {
        int bodies = 0;
        for (Method m : hard.getDeclaredMethods()) {
            if (m.isSynthetic() && m.getName().equals("overloaded")) {
                bodies++;
                assertTrue(java.lang.reflect.Modifier.isPrivate(m.getModifiers()));
            }
        }
        assertEquals(3, bodies);
        assertNotNull(hard.getDeclaredMethod("overloaded", int.class).getAnnotation(dev.boucle.Async.class));
    }
}

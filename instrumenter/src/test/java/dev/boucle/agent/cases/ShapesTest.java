package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** @Async methods in every class and method shape. */
class ShapesTest extends CaseSupport {
    static final Class<?> K = Shapes.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void instanceMethod(boolean s) { check(s, K, "instance", "tag", 3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void genericMethods(boolean s) { check(s, K, "generics", 9); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void bridgesAndCovariantReturns(boolean s) { check(s, K, "bridges", "abc", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void interfaceDefaultStaticPrivate(boolean s) { check(s, K, "interfaceMethods", "bob", 3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void innerClassAndNestmates(boolean s) { check(s, K, "innerClass", "out", 5); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void nestedClass(boolean s) { check(s, K, "nestedClass", 6); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void localAndAnonymousClasses(boolean s) { check(s, K, "localAndAnonymous", 3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void enumMethods(boolean s) { check(s, K, "enumMethods", 6L, 7L); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void recordMethods(boolean s) { check(s, K, "recordMethods", 3, 4L); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void overloadsWithOneName(boolean s) {
        check(s, K, "overloads", 5);
        checkTyped(s, K, "ov", new Class<?>[] {int.class}, 1);
        checkTyped(s, K, "ov", new Class<?>[] {long.class}, 2L);
        checkTyped(s, K, "ov", new Class<?>[] {String.class}, "z");
        checkTyped(s, K, "ov", new Class<?>[] {int.class, int.class}, 3, 4);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void varargs(boolean s) { check(s, K, "varargs", 2, 5); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void reflectionAndMethodHandles(boolean s) { check(s, K, "reflective", 8); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void staticState(boolean s) { check(s, K, "staticState", 3); }

    /** new T(await(x)): T's static initialiser runs before the arguments are evaluated, as in plain Java. */
    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void staticInitialiserOrder(boolean s) {
        // fresh loaders on both sides, so InitLater is initialised by this very call
        InstrumentingClassLoader instrumented = new InstrumentingClassLoader(InstrumentingClassLoader.SUBJECTS);
        InstrumentingClassLoader plain = new InstrumentingClassLoader(0, getClass().getClassLoader(), null,
                InstrumentingClassLoader.SUBJECTS);
        Class<?> twinHost;
        try {
            twinHost = plain.loadClass(Shapes.class.getName());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        check(instrumented, twinHost, s, Shapes.class, "initOrder", null, 5);
    }

    /** Reflection sees the same public surface: names, descriptors, annotations and generic signatures survive. */
    @Test
    void reflectionSurfaceUnchanged() throws Exception {
        Class<?> plain = Shapes.class;
        Class<?> inst = loader().loadClass(plain.getName());
        for (var pm : plain.getDeclaredMethods()) {
            if (pm.isSynthetic()) {
                continue;
            }
            Class<?>[] types = new Class<?>[pm.getParameterCount()];
            for (int i = 0; i < types.length; i++) {
                types[i] = adaptType(pm.getParameterTypes()[i], loader());
            }
            var im = inst.getDeclaredMethod(pm.getName(), types);
            org.junit.jupiter.api.Assertions.assertEquals(pm.toGenericString().replace(plain.getName(), "X"),
                    im.toGenericString().replace(plain.getName(), "X"), "signature of " + pm);
            org.junit.jupiter.api.Assertions.assertEquals(isAsync(pm), isAsync(im), "@Async on " + pm);
            org.junit.jupiter.api.Assertions.assertEquals(pm.getModifiers(), im.getModifiers(), "modifiers of " + pm);
            for (int i = 0; i < pm.getParameterCount(); i++) {
                org.junit.jupiter.api.Assertions.assertEquals(pm.getParameters()[i].getName(), im.getParameters()[i].getName(),
                        "parameter name " + i + " of " + pm);
            }
            org.junit.jupiter.api.Assertions.assertEquals(java.util.Arrays.toString(pm.getExceptionTypes()),
                    java.util.Arrays.toString(im.getExceptionTypes()), "throws clause of " + pm);
            org.junit.jupiter.api.Assertions.assertEquals(pm.getGenericReturnType().getTypeName().replace(plain.getName(), "X"),
                    im.getGenericReturnType().getTypeName().replace(plain.getName(), "X"), "generic return type of " + pm);
        }
    }

    /** new T(await(x)) with a failing static initialiser: it fails before the arguments run, as in plain Java. */
    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void failingStaticInitialiserOrder(boolean s) {
        InstrumentingClassLoader instrumented = new InstrumentingClassLoader(InstrumentingClassLoader.SUBJECTS);
        InstrumentingClassLoader plain = new InstrumentingClassLoader(0, getClass().getClassLoader(), null,
                InstrumentingClassLoader.SUBJECTS);
        Class<?> twinHost;
        try {
            twinHost = plain.loadClass(Shapes.class.getName());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        check(instrumented, twinHost, s, Shapes.class, "initFails", null, 5);
    }

    /** Parameter annotations and type annotations in the body survive; the method still computes the same. */
    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void annotationsOnParametersAndCode(boolean s) throws Exception {
        Class<?> a = dev.boucle.agent.cases.subjects.Annotated.class;
        check(s, a, "annotated", 3, "b", 9L);
        var pm = a.getDeclaredMethod("annotated", int.class, String.class, long.class);
        var im = loader().loadClass(a.getName()).getDeclaredMethod("annotated", int.class, String.class, long.class);
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Arrays.deepToString(pm.getParameterAnnotations()).replace("Annotated", "X"),
                java.util.Arrays.deepToString(im.getParameterAnnotations()).replace("Annotated", "X"), "parameter annotations");
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Arrays.toString(pm.getAnnotatedParameterTypes()[1].getAnnotations()).replace("Annotated", "X"),
                java.util.Arrays.toString(im.getAnnotatedParameterTypes()[1].getAnnotations()).replace("Annotated", "X"),
                "type annotation on a parameter");
    }
}

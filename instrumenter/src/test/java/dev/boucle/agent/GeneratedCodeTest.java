package dev.boucle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Code compiled at test time: huge methods, and class files of several --release levels. */
class GeneratedCodeTest {

    static final String HEADER = "package gen;\n"
            + "import static dev.boucle.Boucle.*;\n"
            + "import dev.boucle.*;\n";

    static void verify(Compiled c) {
        for (Map.Entry<String, byte[]> e : c.instrumented.entrySet()) {
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), c, false, new PrintWriter(sw));
            assertEquals("", sw.toString(), e.getKey());
        }
    }

    static Object run(Compiled c, String cls, String method, Object... args) throws Exception {
        Class<?> k = c.loadClass(cls);
        for (var m : k.getDeclaredMethods()) {
            if (m.getName().equals(method) && !m.isSynthetic()) {
                m.setAccessible(true);
                return Loop.run((Coroutine<?>) m.invoke(null, args));
            }
        }
        throw new NoSuchMethodException(method);
    }

    static Object runInstance(Compiled c, String cls, String method, boolean y) throws Exception {
        Class<?> k = c.loadClass(cls);
        var ctor = k.getDeclaredConstructor();
        ctor.setAccessible(true);
        var m = k.getDeclaredMethod(method, boolean.class);
        m.setAccessible(true);
        return Loop.run((Coroutine<?>) m.invoke(ctor.newInstance(), y));
    }

    @Test
    void threeHundredLocalsLiveAcrossAwaits() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER).append("public class BigLocals {\n");
        sb.append("  @Async static Coroutine<Integer> id(int x, boolean y) { if (y) await(yieldNow()); return done(x); }\n");
        sb.append("  @Async public static Coroutine<Long> big(boolean y, int seed) {\n");
        int n = 300;
        for (int i = 0; i < n; i++) {
            String t = i % 3 == 0 ? "long" : i % 3 == 1 ? "int" : "String";
            String init = i % 3 == 2 ? "\"\" + (seed + " + i + ")" : "seed + " + i;
            sb.append("    ").append(t).append(" v").append(i).append(" = ").append(init).append(";\n");
        }
        sb.append("    long sum = await(id(1, y)) + await(id(2, y)) + await(id(3, y));\n");
        for (int i = 0; i < n; i++) {
            sb.append("    sum += ").append(i % 3 == 2 ? "Integer.parseInt(v" + i + ")" : "v" + i).append(";\n");
        }
        sb.append("    return done(sum);\n  }\n}\n");
        Compiled c = Compiled.compile(17, Map.of("gen.BigLocals", sb.toString()));
        long expected = 6 + (long) n * (n - 1) / 2;
        assertEquals(expected, run(c, "gen.BigLocals", "big", true, 0));
        assertEquals(expected, run(c, "gen.BigLocals", "big", false, 0));
        verify(c);
    }

    @Test
    void fiveHundredAwaits() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER).append("public class ManyAwaits {\n");
        sb.append("  @Async static Coroutine<Integer> id(int x, boolean y) { if (y) await(yieldNow()); return done(x); }\n");
        sb.append("  @Async public static Coroutine<Long> many(boolean y) {\n    long a = 0; int b = 0; String s = \"\";\n");
        int n = 500;
        for (int i = 0; i < n; i++) {
            sb.append(i % 2 == 0 ? "    a += await(id(" + i + ", y));\n" : "    b += await(id(" + i + ", y));\n");
        }
        sb.append("    return done(a + b);\n  }\n}\n");
        Compiled c = Compiled.compile(17, Map.of("gen.ManyAwaits", sb.toString()));
        long expected = (long) n * (n - 1) / 2;
        assertEquals(expected, run(c, "gen.ManyAwaits", "many", true));
        assertEquals(expected, run(c, "gen.ManyAwaits", "many", false));
        verify(c);
        // three plans (a long on the stack with b live, an int with a live, and the last await, after
        // which y is dead): the 500 awaits share three spill blocks
        org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
        new ClassReader(c.instrumented.get("gen.ManyAwaits")).accept(cn, 0);
        int labelStores = 0;
        for (org.objectweb.asm.tree.MethodNode m : cn.methods) {
            if (m.name.equals("many") && (m.access & org.objectweb.asm.Opcodes.ACC_SYNTHETIC) != 0) {
                for (var i : m.instructions) {
                    if (i instanceof org.objectweb.asm.tree.FieldInsnNode && ((org.objectweb.asm.tree.FieldInsnNode) i).name.equals("label")
                            && i.getOpcode() == org.objectweb.asm.Opcodes.PUTFIELD) {
                        labelStores++;
                    }
                }
            }
        }
        assertEquals(3, labelStores);
    }

    @Test
    void methodTooLargeOnceRewrittenIsRefusedAlone() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER).append("public class TooBig {\n");
        sb.append("  @Async static Coroutine<Integer> id(int x) { await(yieldNow()); return done(x); }\n");
        sb.append("  @Async public static Coroutine<Long> big(int seed) {\n");
        // every await has a different plan (the live set grows), so nothing can be shared
        int n = 320;
        sb.append("    long sum = 0;\n");
        for (int i = 0; i < n; i++) {
            sb.append("    long v").append(i).append(" = seed + ").append(i).append(";\n");
            if (i % 8 == 7) {
                sb.append("    sum += await(id(").append(i).append("));\n");
            }
        }
        for (int i = 0; i < n; i++) {
            sb.append("    sum += v").append(i).append(";\n");
        }
        sb.append("    return done(sum);\n  }\n}\n");
        Compiled c = Compiled.compile(17, Map.of("gen.TooBig", sb.toString()));
        assertEquals(7, run(c, "gen.TooBig", "id", 7));
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> run(c, "gen.TooBig", "big", 0));
        Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
        assertTrue(cause instanceof IllegalStateException, String.valueOf(cause));
        assertTrue(cause.getMessage().contains("gen.TooBig.big is too large once rewritten"), cause.getMessage());
        assertEquals(1, c.diagnostics.size(), c.diagnostics.toString());
        verify(c);
    }

    static final String PORTABLE = HEADER
            + "public class Old {\n"
            + "  static final java.util.List<String> LOG = new java.util.ArrayList<String>();\n"
            + "  @Async static Coroutine<Integer> id(int x, boolean y) { if (y) await(yieldNow()); return done(x); }\n"
            + "  static class P { final Object a, b; P(Object a, Object b) { this.a = a; this.b = b; }\n"
            + "    public String toString() { return \"(\" + a + \",\" + b + \")\"; } }\n"
            + "  @Async public static Coroutine<String> run(boolean y) {\n"
            + "    String s = \"\";\n"
            + "    for (String k : java.util.Arrays.asList(\"a\", \"b\")) { s = s + k + await(id(1, y)); }\n"
            + "    double d = 1.5 * await(id(2, y));\n"
            + "    P p = new P(await(id(3, y)), new P(y ? await(id(4, y)) : 0, 5));\n"
            + "    try { if (await(id(6, y)) == 6) throw new IllegalStateException(\"x\"); }\n"
            + "    catch (IllegalStateException e) { s += e.getMessage() + await(id(7, y)); }\n"
            + "    finally { s += \"f\"; }\n"
            + "    return done(s + d + p + await(new Old().inst(y)) + await(new I() {}.dflt(y)));\n"
            + "  }\n"
            + "  private int k = 8;\n"
            + "  @Async Coroutine<Integer> inst(boolean y) { return done(k + await(id(1, y))); }\n"
            + "  interface I { @Async default Coroutine<String> dflt(boolean y) { return done(\"i\" + await(id(2, y))); } }\n"
            + "  static Coroutine<String> viaI(boolean y) { return new I() {}.dflt(y); }\n"
            + "}\n";

    static java.util.stream.IntStream releases() {
        int now = Runtime.version().feature();
        return java.util.stream.IntStream.of(8, 11, 17, 21, 25, now).filter(r -> r <= now).distinct();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("releases")
    void classFilesOfSeveralReleases(int release) throws Exception {
        Compiled c = Compiled.compile(release, Map.of("gen.Old", PORTABLE));
        assertEquals("a1b1x7f3.0(3,(4,5))9i2", run(c, "gen.Old", "run", true));
        assertEquals("a1b1x7f3.0(3,(0,5))9i2", run(c, "gen.Old", "run", false));
        assertEquals(9, runInstance(c, "gen.Old", "inst", true));
        assertEquals("i2", run(c, "gen.Old", "viaI", true));
        byte[] out = c.instrumented.get("gen.Old");
        int major = ((out[6] & 0xFF) << 8) | (out[7] & 0xFF);
        assertEquals(44 + release, major);
        verify(c);
        assertTrue(c.diagnostics.isEmpty(), c.diagnostics.toString());
    }

    @Test
    void uninitialisedObjectsJavacSpillsToLocalsAroundASwitchWithTry() throws Exception {
        // javac stores the operand stack, the two copies of the `new Bx` included, into locals before a
        // switch expression that contains a try, and reloads them in every arm
        String src = HEADER + "public class SwitchTry {\n"
                + "  static final java.util.List<String> LOG = new java.util.ArrayList<>();\n"
                + "  @Async static Coroutine<Integer> id(int x, boolean y) { if (y) await(yieldNow()); return done(x); }\n"
                + "  static final class Bx { final String s; final int n; Bx(String s, int n) { this.s = s; this.n = n; }\n"
                + "    public String toString() { return s + n; } }\n"
                + "  @Async public static Coroutine<String> m(int k, boolean y) {\n"
                + "    Bx w = new Bx(\"w\" + await(id(5, y)), switch (k) {\n"
                + "      case 1 -> { try { yield await(id(10, y)); } finally { LOG.add(\"f\" + await(id(k, y))); } }\n"
                + "      default -> { try { yield k * await(id(2, y)); } catch (RuntimeException e) { yield -2; } }\n"
                + "    });\n"
                + "    return done(w + \" \" + LOG);\n  }\n}\n";
        Compiled c = Compiled.compile(17, Map.of("gen.SwitchTry", src));
        assertEquals("w510 [f1]", run(c, "gen.SwitchTry", "m", 1, true));
        assertEquals("w56 [f1]", run(c, "gen.SwitchTry", "m", 3, false));
        assertTrue(c.diagnostics.isEmpty(), c.diagnostics.toString());
        verify(c);
    }
}

package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.boucle.agent.Compiled;
import dev.boucle.agent.LoaderSource;
import dev.boucle.agent.SmokeLoader;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/** {@link Instrumenter}'s contract as a whole: what it leaves alone, what it reports, the marker. */
class InstrumenterTest {
    static final ClassFileSource SOURCE = LoaderSource.of(InstrumenterTest.class.getClassLoader());

    // ---- Instrumenter's constant-pool check

    @Test
    void unrelatedClassesAreNotParsed() throws Exception {
        byte[] string = SmokeLoader.bytesOf("java.lang.String");
        assertFalse(Instrumenter.mentionsAsync(string));
        List<String> d = new ArrayList<>();
        assertNull(Instrumenter.instrument(string, null, d::add));
        assertNull(Instrumenter.instrument(SmokeLoader.bytesOf("dev.boucle.instrumenter.InstrumenterTest"), null, d::add));
        assertTrue(d.isEmpty());
        assertTrue(Instrumenter.mentionsAsync(SmokeLoader.bytesOf("dev.boucle.agent.samples.Smoke")));
        byte[] pattern = "Ldev/boucle/Async;".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int at = 10; at < 40; at++) {
            byte[] b = new byte[60];
            java.util.Arrays.fill(b, (byte) 'L');
            System.arraycopy(pattern, 0, b, at, pattern.length);
            assertTrue(Instrumenter.mentionsAsync(b), "at " + at);
            b[at + pattern.length - 1] = 'x';
            assertFalse(Instrumenter.mentionsAsync(b), "at " + at);
        }
        assertFalse(Instrumenter.mentionsAsync(new byte[5]));
    }

    @Test
    void typesAreReadFromTheSourceThenTheJdk() throws Exception {
        Compiled c = Compiled.compile(17, Map.of("gen.M", Fixtures.HEADER + "public class M {\n"
                + "  static class Base {} static class A extends Base {} static class B extends Base {}\n"
                + "  @Async static Coroutine<Object> m(boolean c, Awaitable<Object> x) {\n"
                + "    Base o = c ? new A() : new B();\n    await(x);\n    return done(o);\n  }\n}\n"));
        List<String> asked = new ArrayList<>();
        List<String> d = new ArrayList<>();
        byte[] out = Instrumenter.instrument(c.original.get("gen.M"), name -> {
            asked.add(name);
            return c.original.get(name.replace('/', '.'));
        }, d::add);
        assertNotNull(out);
        assertEquals(List.of(), d);
        assertTrue(asked.contains("gen/M$A") && asked.contains("gen/M$B"), asked.toString());
        assertFalse(asked.contains("java/lang/Object"), "Object needs no reading");
    }

    @Test
    void brokenClassIsReportedAndLeftUnchanged() throws Exception {
        byte[] b = SmokeLoader.bytesOf("dev.boucle.agent.samples.Smoke");
        byte[] cut = java.util.Arrays.copyOf(b, b.length - 20);
        List<String> d = new ArrayList<>();
        assertNull(Instrumenter.instrument(cut, null, d::add));
        assertEquals(1, d.size());
        assertTrue(d.get(0).contains("could not instrument class dev.boucle.agent.samples.Smoke"), d.get(0));
    }

    @Test
    void markerMakesASecondPassANoOp() throws Exception {
        byte[] once = Instrumenter.instrument(SmokeLoader.bytesOf("dev.boucle.agent.samples.Hard"), SOURCE, d -> { });
        assertNotNull(once);
        assertSame(null, Instrumenter.instrument(once, SOURCE, d -> { }));
    }

    @Test
    void methodsNotRewrittenAreCopiedWithTheirFrames() throws Exception {
        byte[] before = SmokeLoader.bytesOf("dev.boucle.agent.samples.Smoke");
        byte[] after = Instrumenter.instrument(before, SOURCE, d -> { });
        String a = text(before, "pick");
        assertTrue(a.contains("java/util/List"), a);
        assertEquals(a, text(after, "pick"));
    }

    private static String text(byte[] b, String method) {
        ClassNode cn = new ClassNode();
        new ClassReader(b).accept(cn, 0);
        org.objectweb.asm.util.Textifier t = new org.objectweb.asm.util.Textifier();
        Fixtures.method(cn, method).accept(new org.objectweb.asm.util.TraceMethodVisitor(t));
        java.io.StringWriter sw = new java.io.StringWriter();
        t.print(new java.io.PrintWriter(sw));
        return sw.toString();
    }

    @Test
    void aMethodThatOverwritesThisKeepsItsValueAcrossASuspension() throws Exception {
        org.objectweb.asm.ClassWriter cw = new org.objectweb.asm.ClassWriter(org.objectweb.asm.ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "gen/ThisStore", null, "java/lang/Object", null);
        org.objectweb.asm.MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        org.objectweb.asm.MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "m", "()Ldev/boucle/Coroutine;", null, null);
        mv.visitAnnotation("Ldev/boucle/Async;", true).visitEnd();
        mv.visitLdcInsn("other");
        mv.visitVarInsn(Opcodes.ASTORE, 0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "dev/boucle/Boucle", "yieldNow", "()Ldev/boucle/Awaitable;", false);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "dev/boucle/Boucle", "await", "(Ldev/boucle/Awaitable;)Ljava/lang/Object;", false);
        mv.visitInsn(Opcodes.POP);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "dev/boucle/Boucle", "done", "(Ljava/lang/Object;)Ldev/boucle/Coroutine;", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        cw.visitEnd();
        byte[] out = Instrumenter.instrument(cw.toByteArray(), SOURCE, d -> { throw new AssertionError(d); });
        assertNotNull(out);
        Class<?> c = new ClassLoader(InstrumenterTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass("gen.ThisStore", out, 0, out.length);
            }
        }.define();
        Object o = c.getConstructor().newInstance();
        assertEquals("other", dev.boucle.Loop.run((dev.boucle.Coroutine<?>) c.getMethod("m").invoke(o)));
    }
}

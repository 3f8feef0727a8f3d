package dev.boucle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;

/** Unit tests of the individual passes. */
class PassesTest {

    static ClassNode node(byte[] b) {
        ClassNode cn = new ClassNode();
        new ClassReader(b).accept(cn, ClassReader.SKIP_FRAMES);
        return cn;
    }

    static MethodNode method(ClassNode cn, String name) {
        for (MethodNode m : cn.methods) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        throw new AssertionError(name);
    }

    static ClassInfo info(ClassNode cn) {
        TypeHierarchy h = new TypeHierarchy(PassesTest.class.getClassLoader());
        h.seed(cn.name, cn.superName, cn.interfaces.toArray(new String[0]), false);
        return new ClassInfo(cn, h);
    }

    // ---- Instrumenter's constant-pool check

    @Test
    void unrelatedClassesAreNotParsed() throws Exception {
        byte[] string = SmokeLoader.bytesOf("java.lang.String");
        assertFalse(Instrumenter.mentionsAsync(string));
        List<String> d = new ArrayList<>();
        assertNull(Instrumenter.instrument(string, null, d::add));
        assertNull(Instrumenter.instrument(SmokeLoader.bytesOf("dev.boucle.agent.PassesTest"), null, d::add));
        assertTrue(d.isEmpty());
        assertTrue(Instrumenter.mentionsAsync(SmokeLoader.bytesOf("dev.boucle.agent.samples.Smoke")));
    }

    @Test
    void nullLoaderReadsTheSystemLoader() throws Exception {
        List<String> d = new ArrayList<>();
        assertNotNull(Instrumenter.instrument(SmokeLoader.bytesOf("dev.boucle.agent.samples.Hard"), null, d::add));
        assertEquals(List.of(), d);
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

    // ---- TypeHierarchy and TypeInterpreter

    @Test
    void hierarchyFromBytes() {
        TypeHierarchy h = new TypeHierarchy(null);
        assertEquals("java/util/AbstractList", h.commonSuperClass("java/util/ArrayList", "java/util/LinkedList"));
        assertEquals("java/lang/Object", h.commonSuperClass("java/util/List", "java/util/ArrayList"));
        assertEquals("java/lang/Number", h.commonSuperClass("java/lang/Integer", "java/lang/Long"));
        assertTrue(h.isSubclassOrImplementation("java/util/ArrayList", "java/util/Collection"));
        assertFalse(h.isSubclassOrImplementation("java/lang/String", "java/util/List"));
        assertTrue(h.isInterface("java/lang/Runnable"));
        assertEquals("java/lang/Object", h.commonSuperClass("no/such/Thing", "java/lang/String"));
    }

    @Test
    void mergesArePreciseWithInterfaces() {
        TypeInterpreter t = new TypeInterpreter(new TypeHierarchy(null), "p/C", "java/lang/Object", List.of(), false);
        BasicValue list = new BasicValue(Type.getObjectType("java/util/List"));
        BasicValue arrayList = new BasicValue(Type.getObjectType("java/util/ArrayList"));
        BasicValue string = new BasicValue(Type.getObjectType("java/lang/String"));
        BasicValue nul = new BasicValue(Type.getObjectType("null"));
        assertEquals("java/lang/Object", t.merge(list, string).getType().getInternalName());
        assertEquals("java/lang/Object", t.merge(string, list).getType().getInternalName());
        assertEquals("java/util/List", t.merge(list, arrayList).getType().getInternalName());
        assertEquals("java/lang/String", t.merge(nul, string).getType().getInternalName());
        BasicValue strings = new BasicValue(Type.getType("[Ljava/lang/String;"));
        BasicValue ints = new BasicValue(Type.getType("[Ljava/lang/Integer;"));
        assertEquals("[Ljava/lang/Object;", t.merge(strings, ints).getType().getDescriptor());
    }

    // ---- Liveness

    @Test
    void livenessFollowsExceptionEdges() {
        // 0: iconst_1 istore 1 ; try { iconst_2 istore 1 ; nop } catch { iload 1 ireturn } ; iconst_0 ireturn
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC, "m", "()I", null, null);
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        m.visitTryCatchBlock(start, end, handler, null);
        m.visitInsn(Opcodes.ICONST_1);
        m.visitVarInsn(Opcodes.ISTORE, 1);
        m.visitLabel(start);
        m.visitInsn(Opcodes.ICONST_2);
        m.visitVarInsn(Opcodes.ISTORE, 1);
        m.visitInsn(Opcodes.NOP);
        m.visitLabel(end);
        m.visitInsn(Opcodes.ICONST_0);
        m.visitInsn(Opcodes.IRETURN);
        m.visitLabel(handler);
        m.visitInsn(Opcodes.POP);
        m.visitVarInsn(Opcodes.ILOAD, 1);
        m.visitInsn(Opcodes.IRETURN);
        Liveness l = Liveness.compute(m, ControlFlow.of(m));
        AbstractInsnNode[] insns = m.instructions.toArray();
        int storeInTry = indexOf(insns, Opcodes.ISTORE, 1);
        int nop = indexOf(insns, Opcodes.NOP, 0);
        int iconst0 = indexOf(insns, Opcodes.ICONST_0, 0);
        assertTrue(l.liveBefore(storeInTry).get(1), "the handler reads 1 even if the store is about to happen");
        assertTrue(l.liveBefore(nop).get(1));
        assertFalse(l.liveBefore(iconst0).get(1), "dead on the normal exit");
        assertFalse(l.liveBefore(0).get(1), "defined before any use");
    }

    private static int indexOf(AbstractInsnNode[] insns, int opcode, int nth) {
        for (int i = 0; i < insns.length; i++) {
            if (insns[i].getOpcode() == opcode && nth-- == 0) {
                return i;
            }
        }
        throw new AssertionError(opcode);
    }

    // ---- ReturnNormalizer

    @Test
    void returnsBecomeValuesOrTailAwaits() throws Exception {
        ClassNode cn = node(SmokeLoader.bytesOf("dev.boucle.agent.samples.Smoke"));
        MethodNode ticTac = method(cn, "ticTac");
        ReturnNormalizer.apply(ticTac);
        assertEquals(0, count(ticTac, "done"), "done(v); areturn peepholed");
        MethodNode nothing = method(cn, "nothing");
        ReturnNormalizer.apply(nothing);
        assertEquals(0, count(nothing, "done"));
        assertEquals(Opcodes.ACONST_NULL, NewDupNormalizer.previousReal(last(nothing, Opcodes.ARETURN)).getOpcode());
        MethodNode tail = method(cn, "tail");
        int awaitsBefore = AsyncMethodFinder.awaits(tail).size();
        ReturnNormalizer.apply(tail);
        assertEquals(awaitsBefore + 1, AsyncMethodFinder.awaits(tail).size(), "return other() is a tail await");
        assertTrue(AsyncMethodFinder.isAwait(NewDupNormalizer.previousReal(last(tail, Opcodes.ARETURN))));
    }

    @Test
    void peepholeSkipsReturnsReachedByJumps() throws Exception {
        String src = GeneratedCodeTest.HEADER + "public class T {\n"
                + "  @Async static Coroutine<String> m(boolean c) { return c ? done(\"a\") : done(\"b\"); }\n}\n";
        ClassNode cn = node(Compiled.compile(17, Map.of("gen.T", src)).original.get("gen.T"));
        MethodNode m = method(cn, "m");
        ReturnNormalizer.apply(m);
        assertEquals(2, count(m, "done"), "both done() calls kept: the areturn is a jump target");
        assertEquals(1, AsyncMethodFinder.awaits(m).size(), "and the areturn awaits the Completed");
    }

    private static int count(MethodNode m, String name) {
        int c = 0;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof MethodInsnNode && ((MethodInsnNode) i).name.equals(name)) {
                c++;
            }
        }
        return c;
    }

    private static AbstractInsnNode last(MethodNode m, int opcode) {
        AbstractInsnNode found = null;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() == opcode) {
                found = i;
            }
        }
        return found;
    }

    // ---- NewDupNormalizer

    @Test
    void newDupMovesNextToItsConstructorOnlyWhenAnAwaitIsInside() throws Exception {
        String src = GeneratedCodeTest.HEADER + "public class N {\n"
                + "  static class P { P(Object a, long b) {} }\n"
                + "  @Async static Coroutine<Object> m(Awaitable<Object> x) {\n"
                + "    Object before = new P(\"k\", 1L);\n"
                + "    Object p = new P(await(x), 2L);\n"
                + "    return done(p);\n  }\n}\n";
        ClassNode cn = node(Compiled.compile(17, Map.of("gen.N", src)).original.get("gen.N"));
        MethodNode m = method(cn, "m");
        List<MethodInsnNode> awaits = AsyncMethodFinder.awaits(m);
        int maxLocals = m.maxLocals;
        assertNull(NewDupNormalizer.apply(info(cn), m, awaits));
        List<AbstractInsnNode> news = new ArrayList<>();
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() == Opcodes.NEW) {
                news.add(i);
            }
        }
        assertEquals(3, news.size());
        int await = m.instructions.indexOf(awaits.get(0));
        assertTrue(m.instructions.indexOf(news.get(0)) < await, "the first new has no await inside: untouched");
        assertEquals(Opcodes.DUP, news.get(0).getNext().getOpcode());
        assertTrue(m.instructions.indexOf(news.get(1)) < await, "the second initialises P where javac did");
        assertEquals(Opcodes.POP, news.get(1).getNext().getOpcode(), "... and drops the object");
        assertTrue(m.instructions.indexOf(news.get(2)) > await, "its real NEW moved after the await");
        // NEW, DUP, load arg0, load arg1 (long), invokespecial
        AbstractInsnNode n = news.get(2);
        assertEquals("gen/N$P", ((TypeInsnNode) n).desc);
        assertEquals(Opcodes.DUP, n.getNext().getOpcode());
        assertEquals(Opcodes.ALOAD, n.getNext().getNext().getOpcode());
        assertEquals(Opcodes.LLOAD, n.getNext().getNext().getNext().getOpcode());
        assertEquals(Opcodes.INVOKESPECIAL, n.getNext().getNext().getNext().getNext().getOpcode());
        assertEquals(maxLocals + 3, m.maxLocals, "fresh locals for an Object and a long");
    }

    // ---- AwaitRefusals

    @Test
    void monitorDepthFindsAwaitsInsideSynchronizedBlocksOnly() throws Exception {
        String src = GeneratedCodeTest.HEADER + "public class S {\n"
                + "  @Async static Coroutine<Object> inside(Object l, Awaitable<Object> x) {\n"
                + "    synchronized (l) { await(x); }\n    return done(1);\n  }\n"
                + "  @Async static Coroutine<Object> after(Object l, Awaitable<Object> x) {\n"
                + "    synchronized (l) { l.hashCode(); }\n    try { await(x); } finally { l.hashCode(); }\n"
                + "    return done(1);\n  }\n}\n";
        ClassNode cn = node(Compiled.compile(17, Map.of("gen.S", src)).original.get("gen.S"));
        ClassInfo info = info(cn);
        MethodNode inside = method(cn, "inside");
        String d = AwaitRefusals.checkMonitors(info, inside, ControlFlow.of(inside), AsyncMethodFinder.awaits(inside));
        assertNotNull(d);
        assertTrue(d.contains("gen.S.inside(java.lang.Object, dev.boucle.Awaitable) (S.java:6)"), d);
        MethodNode after = method(cn, "after");
        assertNull(AwaitRefusals.checkMonitors(info, after, ControlFlow.of(after), AsyncMethodFinder.awaits(after)));
    }

    // ---- LocalRemapper

    @Test
    void remapperMovesTheFrameToSlotOne() {
        MethodNode m = new MethodNode(0, "m", "()V", null, null);
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitVarInsn(Opcodes.LLOAD, 3);
        m.visitVarInsn(Opcodes.ALOAD, 9);
        LocalRemapper.apply(m, false, 9);
        AbstractInsnNode[] i = m.instructions.toArray();
        assertEquals(0, ((org.objectweb.asm.tree.VarInsnNode) i[0]).var);
        assertEquals(4, ((org.objectweb.asm.tree.VarInsnNode) i[1]).var);
        assertEquals(1, ((org.objectweb.asm.tree.VarInsnNode) i[2]).var);
        MethodNode s = new MethodNode(Opcodes.ACC_STATIC, "s", "()V", null, null);
        s.visitVarInsn(Opcodes.ILOAD, 0);
        s.visitVarInsn(Opcodes.ALOAD, 5);
        LocalRemapper.apply(s, true, 5);
        assertEquals(2, ((org.objectweb.asm.tree.VarInsnNode) s.instructions.get(0)).var);
        assertEquals(1, ((org.objectweb.asm.tree.VarInsnNode) s.instructions.get(1)).var);
    }

    @Test
    void markerMakesASecondPassANoOp() throws Exception {
        byte[] once = Instrumenter.instrument(SmokeLoader.bytesOf("dev.boucle.agent.samples.Hard"), null, d -> { });
        assertNotNull(once);
        assertSame(null, Instrumenter.instrument(once, null, d -> { }));
    }

    @Test
    void methodsNotRewrittenAreCopiedWithTheirFrames() throws Exception {
        byte[] before = SmokeLoader.bytesOf("dev.boucle.agent.samples.Smoke");
        byte[] after = Instrumenter.instrument(before, null, d -> { });
        String a = text(before, "pick");
        assertTrue(a.contains("java/util/List"), a);
        assertEquals(a, text(after, "pick"));
    }

    private static String text(byte[] b, String method) {
        ClassNode cn = new ClassNode();
        new ClassReader(b).accept(cn, 0);
        org.objectweb.asm.util.Textifier t = new org.objectweb.asm.util.Textifier();
        method(cn, method).accept(new org.objectweb.asm.util.TraceMethodVisitor(t));
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
        byte[] out = Instrumenter.instrument(cw.toByteArray(), null, d -> { throw new AssertionError(d); });
        assertNotNull(out);
        Class<?> c = new ClassLoader(PassesTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass("gen.ThisStore", out, 0, out.length);
            }
        }.define();
        Object o = c.getConstructor().newInstance();
        assertEquals("other", dev.boucle.Loop.run((dev.boucle.Coroutine<?>) c.getMethod("m").invoke(o)));
    }
}

package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/** {@link FrameAnalysis}: the types before each await, and {@link Liveness}. */
class FrameAnalysisTest {

    @Test
    void typesAndLiveLocalsAtAnAwait() throws Exception {
        ClassNode cn = Fixtures.compile("A", "public class A {\n"
                + "  @Async static Coroutine<Object> m(Awaitable<Object> x, long n, String dead) {\n"
                + "    java.util.List<String> l = new java.util.ArrayList<>();\n"
                + "    Object r = await(x);\n"
                + "    l.add(String.valueOf(r));\n"
                + "    return done(l.size() + n);\n  }\n}\n");
        MethodContext ctx = Fixtures.runUpTo(Fixtures.context(cn, "m"), FrameAnalysis.class);
        new FrameAnalysis().run(ctx);
        MethodInsnNode await = ctx.awaits().get(0);
        Frame<BasicValue> f = ctx.analysis().frameBefore(await);
        assertEquals("Ljava/util/ArrayList;", f.getLocal(4).getType().getDescriptor(), "l, as analysed");
        assertEquals("J", f.getLocal(1).getType().getDescriptor());
        var live = ctx.analysis().liveBefore(await);
        assertTrue(live.get(1), "n is read after the await");
        assertFalse(live.get(3), "dead is never read");
        assertTrue(live.get(4), "l is read after the await");
        AbstractInsnNode added = new InsnNode(Opcodes.NOP);
        ctx.method.instructions.insert(await, added);
        assertThrows(IllegalStateException.class, () -> ctx.analysis().frameBefore(added),
                "no answer about code the analysis did not see");
    }

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
}

package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/** {@link BodyMethod} and the {@link LocalRemapper} it uses. */
class BodyMethodTest {

    @Test
    void theCodeMovesToAPrivateSyntheticSameNameBody() throws Exception {
        ClassNode cn = Fixtures.compile("B", "public class B {\n"
                + "  @Async Coroutine<Object> m(Awaitable<Object> x) {\n"
                + "    Object a = await(x);\n    return done(a);\n  }\n}\n");
        MethodContext ctx = Fixtures.runUpTo(Fixtures.context(cn, "m"), BodyMethod.class);
        int size = ctx.method.instructions.size();
        new BodyMethod().run(ctx);
        MethodNode body = ctx.body();
        assertEquals("m", body.name);
        assertEquals("(Ldev/boucle/internal/Frame;)Ljava/lang/Object;", body.desc);
        assertEquals(Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC, body.access);
        assertEquals(size, body.instructions.size());
        assertEquals(0, ctx.method.instructions.size(), "the original is left for the creator");
        for (LocalVariableNode lv : body.localVariables) {
            if (lv.name.equals("this")) {
                assertEquals(0, lv.index);
            } else {
                assertTrue(lv.index >= 2, lv.name + " moved past the frame at 1");
            }
        }
    }

    @Test
    void remapperMovesTheFrameToSlotOne() {
        MethodNode m = new MethodNode(0, "m", "()V", null, null);
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitVarInsn(Opcodes.LLOAD, 3);
        m.visitVarInsn(Opcodes.ALOAD, 9);
        LocalRemapper.apply(m, false, 9);
        AbstractInsnNode[] i = m.instructions.toArray();
        assertEquals(0, ((VarInsnNode) i[0]).var);
        assertEquals(4, ((VarInsnNode) i[1]).var);
        assertEquals(1, ((VarInsnNode) i[2]).var);
        MethodNode s = new MethodNode(Opcodes.ACC_STATIC, "s", "()V", null, null);
        s.visitVarInsn(Opcodes.ILOAD, 0);
        s.visitVarInsn(Opcodes.ALOAD, 5);
        LocalRemapper.apply(s, true, 5);
        assertEquals(2, ((VarInsnNode) s.instructions.get(0)).var);
        assertEquals(1, ((VarInsnNode) s.instructions.get(1)).var);
    }
}

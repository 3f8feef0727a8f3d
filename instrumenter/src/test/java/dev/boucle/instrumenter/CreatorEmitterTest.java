package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

class CreatorEmitterTest {

    @Test
    void theOriginalMethodCreatesTheFrameBoundToItsBody() throws Exception {
        ClassNode cn = Fixtures.compile("C", "public class C {\n"
                + "  @Async static Coroutine<Object> m(Awaitable<Object> x, int unusedAfterStart) {\n"
                + "    return done(await(x));\n  }\n}\n");
        MethodContext ctx = Fixtures.runUpTo(Fixtures.context(cn, "m"), CreatorEmitter.class);
        String desc = ctx.method.desc;
        int access = ctx.method.access;
        new CreatorEmitter().run(ctx);
        MethodNode m = ctx.method;
        assertEquals(desc, m.desc, "name, descriptor and flags untouched");
        assertEquals(access, m.access);
        InvokeDynamicInsnNode indy = null;
        LineNumberNode line = null;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof InvokeDynamicInsnNode) {
                indy = (InvokeDynamicInsnNode) i;
            } else if (i instanceof LineNumberNode && line == null) {
                line = (LineNumberNode) i;
            }
        }
        assertNotNull(indy);
        Handle impl = (Handle) indy.bsmArgs[1];
        assertEquals(ctx.body().name, impl.getName());
        assertEquals(ctx.body().desc, impl.getDesc());
        assertEquals(Opcodes.H_INVOKESTATIC, impl.getTag());
        assertEquals(6, line.line, "the creator carries the method's first line");
        assertEquals(1, Fixtures.countOpcode(m, Opcodes.LASTORE) + Fixtures.countOpcode(m, Opcodes.AASTORE),
                "only x, live at the start, goes into the frame");
        assertEquals(Opcodes.ARETURN, m.instructions.getLast().getOpcode());
    }
}

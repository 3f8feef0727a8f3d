package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

class NewDupNormalizerTest {

    @Test
    void newDupMovesNextToItsConstructorOnlyWhenAnAwaitIsInside() throws Exception {
        ClassNode cn = Fixtures.compile("N", "public class N {\n"
                + "  static class P { P(Object a, long b) {} }\n"
                + "  @Async static Coroutine<Object> m(Awaitable<Object> x) {\n"
                + "    Object before = new P(\"k\", 1L);\n"
                + "    Object p = new P(await(x), 2L);\n"
                + "    return done(p);\n  }\n}\n");
        MethodContext ctx = Fixtures.runUpTo(Fixtures.context(cn, "m"), NewDupNormalizer.class);
        MethodNode m = ctx.method;
        int maxLocals = ctx.nextFreeLocal();
        new NewDupNormalizer().run(ctx);
        List<AbstractInsnNode> news = new ArrayList<>();
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() == Opcodes.NEW) {
                news.add(i);
            }
        }
        assertEquals(3, news.size());
        int await = m.instructions.indexOf(ctx.awaits().get(0));
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
        assertEquals(maxLocals + 3, ctx.nextFreeLocal(), "fresh locals for an Object and a long");
    }
}

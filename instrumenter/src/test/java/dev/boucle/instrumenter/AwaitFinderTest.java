package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;

class AwaitFinderTest {

    @Test
    void findsEveryAwaitInOrderAndNothingElse() throws Exception {
        ClassNode cn = Fixtures.compile("F", "public class F {\n"
                + "  static Object await(Object o) { return o; }\n"
                + "  @Async static Coroutine<Object> m(Awaitable<Object> x, Awaitable<Object> y) {\n"
                + "    Object a = Boucle.await(x);\n"
                + "    Object b = F.await((Object) y);\n"
                + "    return done(String.valueOf(a) + Boucle.await(y) + b);\n  }\n}\n");
        MethodContext ctx = Fixtures.context(cn, "m");
        assertThrows(IllegalStateException.class, ctx::awaits, "not derived before the finder runs");
        new AwaitFinder().run(ctx);
        assertEquals(2, ctx.awaits().size(), "F.await is not Boucle's");
        int last = -1;
        for (MethodInsnNode a : ctx.awaits()) {
            assertEquals("dev/boucle/Boucle", a.owner);
            int at = ctx.method.instructions.indexOf(a);
            assertTrue(at > last, "in instruction order");
            last = at;
        }
    }
}

package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

class StateMachineEmitterTest {

    @Test
    void dispatchesOnTheLabelAndSpillsOnlyWhatIsLive() throws Exception {
        ClassNode cn = Fixtures.compile("E", "public class E {\n"
                + "  @Async static Coroutine<Object> m(Awaitable<Object> x, int k, double d, String unused) {\n"
                + "    Object a = await(x);\n"
                + "    Object b = await(x);\n"
                + "    return done(String.valueOf(a) + b + k + d);\n  }\n}\n");
        MethodContext ctx = Fixtures.runUpTo(Fixtures.context(cn, "m"), StateMachineEmitter.class);
        int frameSlot = ctx.nextFreeLocal();
        new StateMachineEmitter().run(ctx);
        StateMachineEmitter.Layout layout = ctx.layout();
        assertEquals(frameSlot, layout.frameSlot, "the frame takes the next free local");
        assertEquals(2, layout.awaitCount);
        assertEquals(2, layout.primCount, "k and d, in the long array");
        assertEquals(1, layout.refCount, "x, then a: one at a time; unused is never saved");
        assertEquals(3, layout.entry.locals.size(), "x, k, d live at the start");
        TableSwitchInsnNode dispatch = null;
        for (AbstractInsnNode i = ctx.method.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof TableSwitchInsnNode) {
                dispatch = (TableSwitchInsnNode) i;
                break;
            }
        }
        assertEquals(0, dispatch.min);
        assertEquals(2, dispatch.max, "label 0 = entry, one per await");
        FieldInsnNode label = (FieldInsnNode) dispatch.getPrevious();
        assertEquals("label", label.name);
        assertEquals(0, Fixtures.count(ctx.method, "await") - Fixtures.countFrameAwaits(ctx), "every await rewritten");
        assertTrue(Fixtures.countOpcode(ctx.method, Opcodes.ARETURN) >= 3, "a return per suspension, and the value");
    }
}

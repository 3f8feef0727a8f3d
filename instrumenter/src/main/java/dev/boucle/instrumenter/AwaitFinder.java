package dev.boucle.instrumenter;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Finds the method's awaits, in instruction order, once the returns are normalised (a tail await
 * is an await too): the suspension points every later pass works on.
 */
final class AwaitFinder implements Pass {

    @Override
    public void run(MethodContext ctx) {
        List<MethodInsnNode> out = new ArrayList<>();
        for (AbstractInsnNode i = ctx.method.instructions.getFirst(); i != null; i = i.getNext()) {
            if (BoucleCalls.isAwait(i)) {
                out.add((MethodInsnNode) i);
            }
        }
        ctx.setAwaits(out);
    }
}

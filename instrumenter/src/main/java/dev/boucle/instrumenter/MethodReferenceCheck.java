package dev.boucle.instrumenter;

import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Refuses a method reference to {@code Boucle.await} ({@code Boucle::await}: an
 * {@code invokedynamic} whose bootstrap arguments hold a handle to it): the reference runs later,
 * from the functional interface's method, which is not a suspension point, so it can never be
 * correct.
 */
final class MethodReferenceCheck implements Pass {

    @Override
    public void run(MethodContext ctx) throws Refusal {
        for (AbstractInsnNode i = ctx.method.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof InvokeDynamicInsnNode && refersToAwait((InvokeDynamicInsnNode) i)) {
                throw ctx.refuse(i, "uses await as a method reference (Boucle::await): the reference is called"
                        + " later, from a lambda's method, where the @Async method cannot suspend.",
                        "call await(...) directly in the @Async method's body.");
            }
        }
    }

    private static boolean refersToAwait(InvokeDynamicInsnNode indy) {
        for (Object arg : indy.bsmArgs) {
            if (arg instanceof Handle && ((Handle) arg).getOwner().equals(Names.BOUCLE)
                    && ((Handle) arg).getName().equals(Names.AWAIT)) {
                return true;
            }
        }
        return false;
    }
}

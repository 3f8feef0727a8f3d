package dev.boucle.agent;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Pass 1: which methods are {@code @Async}, and where they await.
 *
 * <p>A method is rewritten when it carries {@code @dev.boucle.Async} and is neither abstract (an
 * interface may document a method as {@code @Async}; its implementations are what get rewritten)
 * nor a bridge (javac copies annotations onto bridges, whose body only calls the real method, which
 * is itself rewritten). An await is an {@code invokestatic dev/boucle/Boucle.await(Awaitable)}, or of its
 * {@code await(CompletionStage)} overload.
 */
final class AsyncMethodFinder {
    private AsyncMethodFinder() {}

    static boolean isAnnotatedAsync(MethodNode m) {
        return has(m.visibleAnnotations) || has(m.invisibleAnnotations);
    }

    private static boolean has(List<AnnotationNode> anns) {
        if (anns != null) {
            for (AnnotationNode a : anns) {
                if (Names.ASYNC_DESC.equals(a.desc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code m} is {@code @Async} and has a body to rewrite. */
    static boolean isRewritable(MethodNode m) {
        return isAnnotatedAsync(m) && (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_BRIDGE)) == 0;
    }

    static boolean isAwait(AbstractInsnNode insn) {
        if (insn.getOpcode() != Opcodes.INVOKESTATIC) {
            return false;
        }
        MethodInsnNode mi = (MethodInsnNode) insn;
        return mi.owner.equals(Names.BOUCLE) && mi.name.equals(Names.AWAIT)
                && (mi.desc.equals(Names.AWAIT_DESC) || mi.desc.equals(Names.AWAIT_STAGE_DESC));
    }

    /** The await calls of {@code m}, in instruction order. */
    static List<MethodInsnNode> awaits(MethodNode m) {
        List<MethodInsnNode> out = new ArrayList<>();
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (isAwait(i)) {
                out.add((MethodInsnNode) i);
            }
        }
        return out;
    }
}

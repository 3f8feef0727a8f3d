package dev.boucle.instrumenter;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which methods of a class are {@code @Async} (where they await is {@link AwaitFinder}'s job).
 *
 * <p>A method is rewritten when it carries {@code @dev.boucle.Async} and is neither abstract (an
 * interface may document a method as {@code @Async}; its implementations are what get rewritten)
 * nor a bridge (javac copies annotations onto bridges, whose body only calls the real method, which
 * is itself rewritten).
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
}

package dev.boucle.instrumenter;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.LocalVariableAnnotationNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Renumbers a body's locals from the original method's layout to the synthetic body's
 * (PROTOCOL §2): the frame, emitted at slot {@code frameSlot} (past every other local), moves to
 * slot 1; an instance method keeps {@code this} at 0 and moves every other slot {@code s} to
 * {@code s + 1}; a static method moves every slot {@code s} to {@code s + 2} (slot 0 is the unused
 * receiver argument). Long/double pairs stay adjacent because the shift is uniform. Applies to
 * instructions, the local-variable table and local-variable type annotations.
 */
final class LocalRemapper {
    private final boolean isStatic;
    private final int frameSlot;

    private LocalRemapper(boolean isStatic, int frameSlot) {
        this.isStatic = isStatic;
        this.frameSlot = frameSlot;
    }

    int map(int s) {
        if (s == frameSlot) {
            return 1;
        }
        if (isStatic) {
            return s + 2;
        }
        return s == 0 ? 0 : s + 1;
    }

    static void apply(MethodNode body, boolean isStatic, int frameSlot) {
        LocalRemapper r = new LocalRemapper(isStatic, frameSlot);
        for (AbstractInsnNode i = body.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof VarInsnNode) {
                ((VarInsnNode) i).var = r.map(((VarInsnNode) i).var);
            } else if (i instanceof IincInsnNode) {
                ((IincInsnNode) i).var = r.map(((IincInsnNode) i).var);
            }
        }
        if (body.localVariables != null) {
            for (LocalVariableNode lv : body.localVariables) {
                lv.index = r.map(lv.index);
            }
        }
        r.remap(body.visibleLocalVariableAnnotations);
        r.remap(body.invisibleLocalVariableAnnotations);
    }

    private void remap(List<LocalVariableAnnotationNode> anns) {
        if (anns == null) {
            return;
        }
        for (LocalVariableAnnotationNode a : anns) {
            List<Integer> idx = new ArrayList<>();
            for (Integer s : a.index) {
                idx.add(map(s));
            }
            a.index = idx;
        }
    }
}

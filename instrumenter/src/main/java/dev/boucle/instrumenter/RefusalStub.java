package dev.boucle.instrumenter;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The body of a refused {@code @Async} method: {@code throw new IllegalStateException(diagnostic)}.
 * Name, descriptor, annotations and signature are kept, so callers still link and the failure names
 * the problem at the first call.
 */
final class RefusalStub {
    private RefusalStub() {}

    /** Replaces {@code m}'s code (in place) with the throwing stub; returns {@code m}. */
    static MethodNode make(MethodNode m, String diagnostic, int line) {
        m.access &= ~(Opcodes.ACC_NATIVE | Opcodes.ACC_SYNCHRONIZED | Opcodes.ACC_ABSTRACT);
        InsnList code = new InsnList();
        LabelNode start = new LabelNode();
        DebugInfo.addLabelWithLine(code, start, line);
        code.add(new TypeInsnNode(Opcodes.NEW, "java/lang/IllegalStateException"));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new LdcInsnNode(diagnostic));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>",
                "(Ljava/lang/String;)V", false));
        code.add(new InsnNode(Opcodes.ATHROW));
        m.instructions = code;
        m.tryCatchBlocks.clear();
        if (m.localVariables != null) {
            m.localVariables.clear();
        }
        m.visibleLocalVariableAnnotations = null;
        m.invisibleLocalVariableAnnotations = null;
        m.maxStack = 3;
        return m;
    }
}

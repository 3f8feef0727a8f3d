package dev.boucle.instrumenter;

import java.util.Iterator;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Line numbers and local-variable tables of rewritten methods (PEERS lesson 10).
 *
 * <p>Invariants it maintains: every await's inline code keeps the await's line (it replaces the call
 * where the call was); every restore block opens with a line-number entry for its await's line, so a
 * resumption reads the await's line; the dispatch opens with the method's first line; every
 * local-variable entry that survives has a start label strictly before its end label in the final
 * instruction list.
 */
final class DebugInfo {
    private DebugInfo() {}

    /** The source line of {@code insn} (the nearest line-number entry before it), or -1. */
    static int lineOf(AbstractInsnNode insn) {
        for (AbstractInsnNode p = insn; p != null; p = p.getPrevious()) {
            if (p instanceof LineNumberNode) {
                return ((LineNumberNode) p).line;
            }
        }
        return -1;
    }

    /** The method's first line, or -1. */
    static int firstLine(MethodNode m) {
        for (Iterator<AbstractInsnNode> it = m.instructions.iterator(); it.hasNext(); ) {
            AbstractInsnNode i = it.next();
            if (i instanceof LineNumberNode) {
                return ((LineNumberNode) i).line;
            }
        }
        return -1;
    }

    /** Appends {@code label} and, if {@code line >= 0}, a line-number entry for it. */
    static void addLabelWithLine(InsnList list, LabelNode label, int line) {
        list.add(label);
        if (line >= 0) {
            list.add(new LineNumberNode(line, label));
        }
    }

    /** {@code pkg.C.m(int, String) (C.java:42)}: how diagnostics name a place in the user's code. */
    static String where(ClassInfo cls, MethodNode m, int line) {
        StringBuilder sb = new StringBuilder(cls.dottedName()).append('.').append(m.name).append('(');
        Type[] args = Type.getArgumentTypes(m.desc);
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(args[i].getClassName());
        }
        sb.append(')');
        String file = cls.sourceFile != null ? cls.sourceFile : "Unknown Source";
        sb.append(" (").append(file);
        if (line >= 0) {
            sb.append(':').append(line);
        }
        return sb.append(')').toString();
    }

    /** Drops local-variable entries whose range is empty or reversed in {@code m}'s final instructions. */
    static void pruneLocalVariables(MethodNode m) {
        List<LocalVariableNode> lvs = m.localVariables;
        if (lvs == null) {
            return;
        }
        InsnList insns = m.instructions;
        lvs.removeIf(lv -> !insns.contains(lv.start) || !insns.contains(lv.end)
                || insns.indexOf(lv.start) >= insns.indexOf(lv.end));
    }
}

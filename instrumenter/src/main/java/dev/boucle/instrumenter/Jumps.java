package dev.boucle.instrumenter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/** Where control can go other than by falling through: the one copy of that question. */
final class Jumps {
    private Jumps() {}

    /** The labels {@code insn} can jump to (a jump's target, a switch's cases and default); empty for others. */
    static List<LabelNode> targetsOf(AbstractInsnNode insn) {
        if (insn instanceof JumpInsnNode) {
            return List.of(((JumpInsnNode) insn).label);
        }
        List<LabelNode> l = new ArrayList<>();
        if (insn instanceof TableSwitchInsnNode) {
            l.add(((TableSwitchInsnNode) insn).dflt);
            l.addAll(((TableSwitchInsnNode) insn).labels);
        } else if (insn instanceof LookupSwitchInsnNode) {
            l.add(((LookupSwitchInsnNode) insn).dflt);
            l.addAll(((LookupSwitchInsnNode) insn).labels);
        }
        return l;
    }

    /** Whether control can go on to the next instruction after {@code insn}. */
    static boolean fallsThrough(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        return !(op == Opcodes.GOTO || op == Opcodes.JSR || insn instanceof TableSwitchInsnNode
                || insn instanceof LookupSwitchInsnNode || isExit(op));
    }

    /** A return, {@code athrow} or {@code ret}. */
    static boolean isExit(int op) {
        return (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) || op == Opcodes.ATHROW || op == Opcodes.RET;
    }

    /** Every label of {@code m} that a jump, a switch or an exception handler enters. */
    static Set<LabelNode> targets(MethodNode m) {
        Set<LabelNode> t = new HashSet<>();
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            t.addAll(targetsOf(i));
        }
        if (m.tryCatchBlocks != null) {
            for (TryCatchBlockNode tcb : m.tryCatchBlocks) {
                t.add(tcb.handler);
            }
        }
        return t;
    }
}

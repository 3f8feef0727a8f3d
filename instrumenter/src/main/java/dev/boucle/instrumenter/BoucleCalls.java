package dev.boucle.instrumenter;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Which instructions are calls to {@code Boucle.await} and {@code Boucle.done}: the one place the
 * instrumenter recognises them (PROTOCOL §6).
 */
final class BoucleCalls {
    private BoucleCalls() {}

    /** {@code invokestatic dev/boucle/Boucle.await(Awaitable)}, or its {@code await(CompletionStage)} overload. */
    static boolean isAwait(AbstractInsnNode insn) {
        if (!isBoucleCall(insn, Names.AWAIT)) {
            return false;
        }
        String desc = ((MethodInsnNode) insn).desc;
        return desc.equals(Names.AWAIT_DESC) || desc.equals(Names.AWAIT_STAGE_DESC);
    }

    /** {@code invokestatic dev/boucle/Boucle.done(Object)} or {@code done()}. */
    static boolean isDone(AbstractInsnNode insn) {
        if (!isBoucleCall(insn, Names.DONE)) {
            return false;
        }
        String desc = ((MethodInsnNode) insn).desc;
        return desc.equals(Names.DONE_VALUE_DESC) || desc.equals(Names.DONE_VOID_DESC);
    }

    /** {@code done(v)}, whose value is already on the stack (as opposed to {@code done()}). */
    static boolean isDoneWithValue(AbstractInsnNode insn) {
        return isDone(insn) && ((MethodInsnNode) insn).desc.equals(Names.DONE_VALUE_DESC);
    }

    /** A new {@code invokestatic Boucle.await(Awaitable)}. */
    static MethodInsnNode newAwait() {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, Names.BOUCLE, Names.AWAIT, Names.AWAIT_DESC, false);
    }

    private static boolean isBoucleCall(AbstractInsnNode insn, String name) {
        if (insn.getOpcode() != Opcodes.INVOKESTATIC) {
            return false;
        }
        MethodInsnNode mi = (MethodInsnNode) insn;
        return mi.owner.equals(Names.BOUCLE) && mi.name.equals(name);
    }
}

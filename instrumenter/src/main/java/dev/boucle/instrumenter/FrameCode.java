package dev.boucle.instrumenter;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The instruction sequences that move one value between a local and the frame's {@code prims} /
 * {@code refs} arrays, with PROTOCOL.md's encodings: sub-int primitives widened with {@code i2l},
 * floats as raw int bits, doubles as raw long bits, references checkcast back to their analysed
 * type on the way in.
 */
final class FrameCode {
    private FrameCode() {}

    static final String PRIMS_DESC = "[J";
    static final String REFS_DESC = "[Ljava/lang/Object;";

    static AbstractInsnNode pushInt(int v) {
        if (v >= -1 && v <= 5) {
            return new InsnNode(Opcodes.ICONST_0 + v);
        }
        if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            return new IntInsnNode(Opcodes.BIPUSH, v);
        }
        if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            return new IntInsnNode(Opcodes.SIPUSH, v);
        }
        return new LdcInsnNode(v);
    }

    private static void array(InsnList out, SpillPlan.Value v) {
        out.add(new FieldInsnNode(Opcodes.GETFIELD, Names.FRAME, v.isPrim() ? "prims" : "refs",
                v.isPrim() ? PRIMS_DESC : REFS_DESC));
        out.add(pushInt(v.index));
    }

    /**
     * Stores local {@code v.slot} into the frame; the frame is pushed by {@code pushFrame}
     * ({@code aload f} in a body, {@code dup} in the creator). Stack-neutral.
     */
    static void spill(InsnList out, AbstractInsnNode pushFrame, SpillPlan.Value v) {
        if (v.kind == SpillPlan.Kind.NULL) {
            return;
        }
        out.add(pushFrame);
        array(out, v);
        out.add(new VarInsnNode(v.loadOpcode(), v.slot));
        widenToLong(out, v.kind);
        out.add(new InsnNode(v.isPrim() ? Opcodes.LASTORE : Opcodes.AASTORE));
    }

    /**
     * Turns the primitive of {@code kind} on top of the stack into the {@code long} the frame's
     * {@code prims} holds (PROTOCOL.md: ints widened, floats and doubles as raw bits); a long or a
     * reference is left as it is.
     */
    private static void widenToLong(InsnList out, SpillPlan.Kind kind) {
        switch (kind) {
            case INT:
                out.add(new InsnNode(Opcodes.I2L));
                break;
            case FLOAT:
                out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false));
                out.add(new InsnNode(Opcodes.I2L));
                break;
            case DOUBLE:
                out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false));
                break;
            default:
                break;
        }
    }

    /**
     * Stores the value on top of the stack (described by {@code v}) into the frame in local
     * {@code frameSlot}, popping it: no temporary local, so a deep stack costs a few bytes per entry.
     */
    static void spillTop(InsnList out, int frameSlot, SpillPlan.Value v) {
        switch (v.kind) {
            case NULL:
                out.add(new InsnNode(Opcodes.POP));
                return;
            case REF:
                out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot));
                out.add(new FieldInsnNode(Opcodes.GETFIELD, Names.FRAME, "refs", REFS_DESC));
                out.add(new InsnNode(Opcodes.SWAP));
                out.add(pushInt(v.index));
                out.add(new InsnNode(Opcodes.SWAP));
                out.add(new InsnNode(Opcodes.AASTORE));
                return;
            default:
                widenToLong(out, v.kind);
                break;
        }
        // ..., long -> ..., prims, idx, long
        out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot));
        out.add(new FieldInsnNode(Opcodes.GETFIELD, Names.FRAME, "prims", PRIMS_DESC));
        out.add(new InsnNode(Opcodes.DUP_X2));
        out.add(new InsnNode(Opcodes.POP));
        out.add(pushInt(v.index));
        out.add(new InsnNode(Opcodes.DUP_X2));
        out.add(new InsnNode(Opcodes.POP));
        out.add(new InsnNode(Opcodes.LASTORE));
    }

    /** Pushes {@code v}'s value read from the frame in local {@code frameSlot}, typed as analysed. */
    static void load(InsnList out, int frameSlot, SpillPlan.Value v) {
        if (v.kind == SpillPlan.Kind.NULL) {
            out.add(new InsnNode(Opcodes.ACONST_NULL));
            return;
        }
        out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot));
        array(out, v);
        out.add(new InsnNode(v.isPrim() ? Opcodes.LALOAD : Opcodes.AALOAD));
        switch (v.kind) {
            case INT:
                out.add(new InsnNode(Opcodes.L2I));
                break;
            case FLOAT:
                out.add(new InsnNode(Opcodes.L2I));
                out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false));
                break;
            case DOUBLE:
                out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false));
                break;
            case REF:
                if (v.castType != null) {
                    out.add(new TypeInsnNode(Opcodes.CHECKCAST, v.castType));
                }
                break;
            default:
                break;
        }
    }

    /** Above this many references, a restore clears the whole array with one call instead of one store each. */
    static final int CLEAR_ONE_BY_ONE = 3;

    /**
     * Clears the references a restore read ({@code refs[i] = null} each, or {@code Arrays.fill(refs,
     * null)} when there are many: fewer bytes of code), so a resumed frame keeps nothing dead alive.
     */
    static void clearAll(InsnList out, int frameSlot, java.util.List<SpillPlan.Value> values, int refCount) {
        if (refCount > CLEAR_ONE_BY_ONE) {
            out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot));
            out.add(new FieldInsnNode(Opcodes.GETFIELD, Names.FRAME, "refs", REFS_DESC));
            out.add(new InsnNode(Opcodes.ACONST_NULL));
            out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Arrays", "fill",
                    "([Ljava/lang/Object;Ljava/lang/Object;)V", false));
            return;
        }
        for (SpillPlan.Value v : values) {
            clear(out, frameSlot, v);
        }
    }

    /** {@code refs[v.index] = null}. */
    static void clear(InsnList out, int frameSlot, SpillPlan.Value v) {
        if (v.kind != SpillPlan.Kind.REF) {
            return;
        }
        out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot));
        array(out, v);
        out.add(new InsnNode(Opcodes.ACONST_NULL));
        out.add(new InsnNode(Opcodes.AASTORE));
    }
}

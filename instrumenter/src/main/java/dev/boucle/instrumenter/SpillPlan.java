package dev.boucle.instrumenter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * What survives one suspension point (an await, or the start of the body): the live locals and
 * the operand stack below the awaited value, each with its kind and its index in the frame's
 * {@code prims} or {@code refs} array. Built from a {@link FrameAnalysis} frame and a
 * {@link Liveness} set.
 *
 * <p>Invariants: primitive and reference indices are each dense from 0; a {@code NULL} value
 * (statically always {@code null}) takes no index and is restored as {@code aconst_null}; a
 * local whose type is unknown (never assigned on some path) is not live in verified code and is
 * skipped; {@code this} (slot 0 of an instance method) is the body's own receiver and is never
 * spilled (unless the method stores into slot 0, which javac never does: then it is spilled like
 * any local).
 */
final class SpillPlan {

    enum Kind { INT, FLOAT, LONG, DOUBLE, REF, NULL }

    /** One value: a local (slot in the original numbering) or a stack entry (slot -1). */
    static final class Value {
        final Kind kind;
        final int slot;
        final int index;
        final String castType; // internal name or array descriptor; null for Object and primitives

        Value(Kind kind, int slot, int index, String castType) {
            this.kind = kind;
            this.slot = slot;
            this.index = index;
            this.castType = castType;
        }

        boolean isPrim() {
            return kind != Kind.REF && kind != Kind.NULL;
        }

        int size() {
            return kind == Kind.LONG || kind == Kind.DOUBLE ? 2 : 1;
        }

        int loadOpcode() {
            switch (kind) {
                case INT: return Opcodes.ILOAD;
                case FLOAT: return Opcodes.FLOAD;
                case LONG: return Opcodes.LLOAD;
                case DOUBLE: return Opcodes.DLOAD;
                default: return Opcodes.ALOAD;
            }
        }

        int storeOpcode() {
            return loadOpcode() + (Opcodes.ISTORE - Opcodes.ILOAD);
        }
    }

    final List<Value> locals = new ArrayList<>();
    /** Bottom to top, without the awaited value. */
    final List<Value> stack = new ArrayList<>();
    int primCount;
    int refCount;
    private UnaryOperator<String> castTypes;

    /** A value's kind, or {@code null} if it cannot be (or need not be) restored. */
    static Kind kindOf(BasicValue v) {
        if (v == null || v.getType() == null) {
            return null;
        }
        Type t = v.getType();
        switch (t.getSort()) {
            case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT: case Type.INT:
                return Kind.INT;
            case Type.FLOAT: return Kind.FLOAT;
            case Type.LONG: return Kind.LONG;
            case Type.DOUBLE: return Kind.DOUBLE;
            case Type.OBJECT:
                return t.getInternalName().equals("null") ? Kind.NULL : Kind.REF;
            case Type.ARRAY:
                return Kind.REF;
            default:
                return null;
        }
    }

    /** The restore's cast for {@code v}: its analysed type made accessible by {@code castTypes}; null for Object. */
    private static String castOf(BasicValue v, UnaryOperator<String> castTypes) {
        String cast = castTypes.apply(v.getType().getInternalName());
        return cast.equals("java/lang/Object") ? null : cast;
    }

    /**
     * The plan for a point whose frame is {@code frame}, with {@code live} slots live; the top
     * {@code popTop} stack entries (the awaited value) are not part of it. {@code castTypes} maps an
     * analysed reference type to the type its restore may cast to ({@link MethodContext#castType}).
     */
    static SpillPlan of(Frame<BasicValue> frame, BitSet live, boolean keepsThis, int popTop,
            UnaryOperator<String> castTypes) {
        SpillPlan p = new SpillPlan();
        p.castTypes = castTypes;
        for (int s = live.nextSetBit(0); s >= 0 && s < frame.getLocals(); s = live.nextSetBit(s + 1)) {
            if (s == 0 && keepsThis) {
                continue;
            }
            BasicValue v = frame.getLocal(s);
            Kind k = kindOf(v);
            if (k == null) {
                continue;
            }
            p.locals.add(p.value(k, s, v));
        }
        for (int j = 0; j < frame.getStackSize() - popTop; j++) {
            BasicValue v = frame.getStack(j);
            Kind k = kindOf(v);
            if (k == null) {
                throw new IllegalStateException("unrestorable stack value " + v + " at stack position " + j);
            }
            p.stack.add(p.value(k, -1, v));
        }
        return p;
    }

    private Value value(Kind k, int slot, BasicValue v) {
        switch (k) {
            case NULL:
                return new Value(k, slot, -1, null);
            case REF:
                return new Value(k, slot, refCount++, castOf(v, castTypes));
            default:
                return new Value(k, slot, primCount++, null);
        }
    }

    /** Everything that goes into the frame: locals then stack entries. */
    List<Value> all() {
        List<Value> l = new ArrayList<>(locals);
        l.addAll(stack);
        return l;
    }

    /** Equal for plans that spill the same locals with the same kinds and types at the same indices. */
    String key() {
        StringBuilder sb = new StringBuilder();
        for (Value v : all()) {
            sb.append(v.slot).append(':').append(v.kind).append(':').append(v.index).append(':')
                    .append(v.castType).append(';');
        }
        return sb.append('|').append(stack.size()).toString();
    }
}

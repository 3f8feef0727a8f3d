package dev.boucle.instrumenter;

import java.util.List;
import java.util.function.UnaryOperator;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The fallback for classes whose hierarchy cannot be read (a loader that serves no class files):
 * the types the compiler declared at each join point, from the method's own {@code StackMapTable}
 * (read with {@code EXPAND_FRAMES}), become {@code checkcast}s right after the join, so the analysis
 * and the frame computation never need a common super class of unreadable classes to type what
 * follows the join (the merge itself may widen to {@code Object}; the cast brings the declared
 * type back).
 *
 * <p>Invariants: only reference types other than {@code java/lang/Object} are cast (class, array or
 * interface names: the compiler's frame guarantees every value reaching the join has that type, so
 * the casts never fail and change nothing but the verifier's view); locals are cast in place
 * ({@code aload; checkcast; astore}, never {@code this}: one more stack slot), the stack only at
 * its top entry; uninitialised values are left alone; every {@link FrameNode} is removed afterwards (frames are recomputed on writing).
 */
final class DeclaredTypes {
    private DeclaredTypes() {}

    /**
     * @param castTypes maps a declared type to the type the method may cast to (javac's frames can
     *     name a merge the method cannot access, such as {@code java/lang/AbstractStringBuilder[]}:
     *     see {@link TypeHierarchy#accessibleSuperType})
     */
    static void insertCasts(MethodNode m, UnaryOperator<String> castTypes) {
        InsnList insns = m.instructions;
        int first = (m.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1; // this is typed already
        m.maxStack += 1; // a local's cast loads it above whatever the join's stack holds
        for (AbstractInsnNode i = insns.getFirst(); i != null; ) {
            AbstractInsnNode next = i.getNext();
            if (i instanceof FrameNode) {
                FrameNode f = (FrameNode) i;
                InsnList casts = new InsnList();
                if (f.type == Opcodes.F_NEW || f.type == Opcodes.F_FULL) {
                    castLocals(f.local, first, casts, castTypes);
                    if (f.stack != null && !f.stack.isEmpty()) {
                        String top = castable(f.stack.get(f.stack.size() - 1), castTypes);
                        if (top != null) {
                            casts.add(new TypeInsnNode(Opcodes.CHECKCAST, top));
                        }
                    }
                }
                insns.insert(f, casts);
                insns.remove(f);
            }
            i = next;
        }
    }

    private static void castLocals(List<Object> locals, int first, InsnList casts, UnaryOperator<String> castTypes) {
        if (locals == null) {
            return;
        }
        int slot = 0;
        for (Object t : locals) {
            String c = castable(t, castTypes);
            if (c != null && slot >= first) {
                casts.add(new VarInsnNode(Opcodes.ALOAD, slot));
                casts.add(new TypeInsnNode(Opcodes.CHECKCAST, c));
                casts.add(new VarInsnNode(Opcodes.ASTORE, slot));
            }
            slot += t == Opcodes.LONG || t == Opcodes.DOUBLE ? 2 : 1;
        }
    }

    /** The internal name to cast to, or {@code null} for primitives, null, TOP, uninitialised and Object. */
    private static String castable(Object t, UnaryOperator<String> castTypes) {
        if (!(t instanceof String)) {
            return null;
        }
        String s = castTypes.apply((String) t);
        return s.equals("java/lang/Object") ? null : s;
    }

    /** Removes every frame node (the passes work without them). */
    static void removeFrames(MethodNode m) {
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; ) {
            AbstractInsnNode next = i.getNext();
            if (i instanceof FrameNode) {
                m.instructions.remove(i);
            }
            i = next;
        }
    }
}

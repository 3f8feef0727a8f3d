package dev.boucle.agent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Pass 2: makes every {@code areturn} of an {@code @Async} body return the method's <em>value</em>.
 *
 * <ul>
 *   <li>{@code invokestatic Boucle.done(Object); areturn} becomes {@code areturn} (the value is
 *       already on the stack: no {@code Completed} is allocated);</li>
 *   <li>{@code invokestatic Boucle.done(); areturn} becomes {@code aconst_null; areturn};</li>
 *   <li>any other {@code areturn c} becomes {@code await(c); areturn}: a tail await, which the
 *       state-machine pass then treats like any await.</li>
 * </ul>
 * The peephole applies only when nothing can jump between the {@code done} call and the
 * {@code areturn} (no jump, switch or handler targets a label in between), so a value reaching the
 * {@code areturn} is never sometimes a coroutine and sometimes a raw value.
 */
final class ReturnNormalizer {
    private ReturnNormalizer() {}

    static void apply(MethodNode m) {
        Set<LabelNode> targets = jumpTargets(m);
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() != Opcodes.ARETURN) {
                continue;
            }
            MethodInsnNode done = doneBefore(i, targets);
            if (done == null) {
                m.instructions.insertBefore(i, new MethodInsnNode(Opcodes.INVOKESTATIC, Names.BOUCLE, Names.AWAIT,
                        Names.AWAIT_DESC, false));
            } else if (done.desc.equals(Names.DONE_VALUE_DESC)) {
                m.instructions.remove(done);
            } else {
                m.instructions.set(done, new InsnNode(Opcodes.ACONST_NULL));
            }
        }
    }

    private static MethodInsnNode doneBefore(AbstractInsnNode ret, Set<LabelNode> targets) {
        for (AbstractInsnNode p = ret.getPrevious(); p != null; p = p.getPrevious()) {
            if (p.getOpcode() >= 0) {
                if (p.getOpcode() == Opcodes.INVOKESTATIC) {
                    MethodInsnNode mi = (MethodInsnNode) p;
                    if (mi.owner.equals(Names.BOUCLE) && mi.name.equals(Names.DONE)
                            && (mi.desc.equals(Names.DONE_VALUE_DESC) || mi.desc.equals(Names.DONE_VOID_DESC))) {
                        return mi;
                    }
                }
                return null;
            }
            if (p instanceof LabelNode && targets.contains(p)) {
                return null;
            }
        }
        return null;
    }

    /** Labels that control can reach other than by falling through. */
    static Set<LabelNode> jumpTargets(MethodNode m) {
        Set<LabelNode> t = new HashSet<>();
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof JumpInsnNode) {
                t.add(((JumpInsnNode) i).label);
            } else if (i instanceof TableSwitchInsnNode) {
                t.add(((TableSwitchInsnNode) i).dflt);
                t.addAll(((TableSwitchInsnNode) i).labels);
            } else if (i instanceof LookupSwitchInsnNode) {
                t.add(((LookupSwitchInsnNode) i).dflt);
                t.addAll(((LookupSwitchInsnNode) i).labels);
            }
        }
        List<TryCatchBlockNode> tcbs = m.tryCatchBlocks;
        if (tcbs != null) {
            for (TryCatchBlockNode tcb : tcbs) {
                t.add(tcb.handler);
            }
        }
        return t;
    }
}

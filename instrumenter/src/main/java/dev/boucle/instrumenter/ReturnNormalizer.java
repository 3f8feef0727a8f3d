package dev.boucle.instrumenter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Makes every {@code areturn} of an {@code @Async} body return the method's <em>value</em>.
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
 *
 * <p>A tail await runs where the return expression is, as the call would in plain Java: inside the
 * try ranges around the {@code return}, before its finally blocks and resource closes. javac ends a
 * try range just before the {@code areturn}, and for a {@code return} under a finally (or
 * try-with-resources) it stores the value in a temporary, inlines the finally code, then reloads
 * it (ecj keeps it on the operand stack across the finally code). So the await (or the {@code done}
 * peephole) goes right after the instruction that <em>produces</em> the value when it can be found
 * ({@link #producer}): the instruction just before the {@code areturn}, the one just before the
 * {@code astore t} of javac's finally shape, or the single source of the stack value in ecj's,
 * provided nothing else enters or reads between. Otherwise it goes just before the {@code areturn}.
 */
final class ReturnNormalizer implements Pass {

    @Override
    public void run(MethodContext ctx) {
        apply(ctx.method);
    }

    static void apply(MethodNode m) {
        Set<LabelNode> targets = Jumps.targets(m);
        Sources sources = new Sources(m);
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() != Opcodes.ARETURN) {
                continue;
            }
            MethodInsnNode done = doneBefore(i, targets);
            if (done == null) {
                AbstractInsnNode p = producer(m, i, targets, sources);
                if (p != null && BoucleCalls.isDone(p)) {
                    unwrapDone(m, p);
                } else if (p != null) {
                    m.instructions.insert(p, BoucleCalls.newAwait());
                } else {
                    m.instructions.insertBefore(i, BoucleCalls.newAwait());
                }
            } else {
                unwrapDone(m, done);
            }
        }
    }

    /** {@code done(v)} goes (its value stays on the stack), {@code done()} becomes {@code null}. */
    private static void unwrapDone(MethodNode m, AbstractInsnNode done) {
        if (BoucleCalls.isDoneWithValue(done)) {
            m.instructions.remove(done);
        } else {
            m.instructions.set(done, new InsnNode(Opcodes.ACONST_NULL));
        }
    }

    /**
     * The instruction whose result {@code ret} returns, when control reaches {@code ret} only by
     * falling through from it: {@code P; areturn}, or javac's finally shape
     * {@code P; astore t; <finally code>; aload t; areturn} where the finally code neither reads nor
     * writes {@code t} (but for {@link #isSelfCast casts}, removed when the shape is found), releases no
     * monitor, and is entered only from {@code astore t} (no jump from outside and no handler targets
     * a label inside it). Labels, line numbers and frames may sit in between; a label that something
     * jumps to may not. {@code null} if there is no such instruction.
     */
    static AbstractInsnNode producer(MethodNode m, AbstractInsnNode ret, Set<LabelNode> targets, Sources sources) {
        AbstractInsnNode prev = realBefore(ret, targets);
        if (prev == null) {
            return keptOnStack(m, ret, sources);
        }
        if (prev.getOpcode() != Opcodes.ALOAD) {
            return producesFallingThrough(prev) ? prev : null;
        }
        int t = ((VarInsnNode) prev).var;
        AbstractInsnNode store = null;
        List<AbstractInsnNode> selfCasts = new ArrayList<>();
        for (AbstractInsnNode p = prev.getPrevious(); p != null; p = p.getPrevious()) {
            if (isSelfCast(p, t)) {
                selfCasts.add(p);
                p = p.getPrevious().getPrevious(); // past the checkcast, onto the aload
                continue;
            }
            if (p.getOpcode() == Opcodes.ASTORE && ((VarInsnNode) p).var == t) {
                store = p;
                break;
            }
            if (p.getOpcode() == Opcodes.MONITOREXIT || p instanceof VarInsnNode && ((VarInsnNode) p).var == t
                    || p instanceof IincInsnNode && ((IincInsnNode) p).var == t) {
                return null;
            }
        }
        if (store == null || !enteredOnlyFromStart(m, store, prev) || !isFinallyTemp(m, store, prev, t)) {
            // a plain local (return c;): the value is the local's; await it where it is returned
            return prev;
        }
        AbstractInsnNode p = realBefore(store, targets);
        if (p == null || !producesFallingThrough(p)) {
            return null;
        }
        // t will hold the awaited value, no longer the coroutine the casts name: drop them
        for (AbstractInsnNode cast : selfCasts) {
            m.instructions.remove(cast.getPrevious().getPrevious());
            m.instructions.remove(cast.getPrevious());
            m.instructions.remove(cast);
        }
        return p;
    }

    /**
     * {@code aload t; checkcast X; astore t}, adjacent: a cast of {@code t} to the type the compiler
     * declared at a join point, which {@link DeclaredTypes} inserts (only when the hierarchy cannot be
     * read). It does not change {@code t}'s value, so it is no store of a new one; but it names the
     * coroutine's type, which {@code t} no longer has once its producer is awaited.
     */
    private static boolean isSelfCast(AbstractInsnNode p, int t) {
        if (p.getOpcode() != Opcodes.ASTORE || ((VarInsnNode) p).var != t) {
            return false;
        }
        AbstractInsnNode cast = p.getPrevious();
        AbstractInsnNode load = cast == null ? null : cast.getPrevious();
        return cast != null && cast.getOpcode() == Opcodes.CHECKCAST && load != null && load.getOpcode() == Opcodes.ALOAD
                && ((VarInsnNode) load).var == t;
    }

    /**
     * Whether {@code t} is the compiler's temporary for a value returned through finally code, not a
     * user's local ({@code Coroutine c = f(); log(); return c;} must await where {@code c} is
     * returned, after {@code log()}). With a local-variable table: {@code t} has no entry at the
     * store. Without one: a catch-any (or {@code Throwable}) range covers the store and ends
     * between the store and the reload, as javac's and ecj's finally and try-with-resources code does.
     */
    private static boolean isFinallyTemp(MethodNode m, AbstractInsnNode store, AbstractInsnNode load, int t) {
        InsnListIndex ix = new InsnListIndex(m);
        int at = ix.of(store);
        if (m.localVariables != null && !m.localVariables.isEmpty()) {
            for (org.objectweb.asm.tree.LocalVariableNode lv : m.localVariables) {
                if (lv.index == t && ix.of(lv.start) <= at + 1 && at < ix.of(lv.end)) {
                    return false;
                }
            }
            return true;
        }
        if (m.tryCatchBlocks != null) {
            for (TryCatchBlockNode tcb : m.tryCatchBlocks) {
                if ((tcb.type == null || tcb.type.equals("java/lang/Throwable")) && ix.of(tcb.start) <= at
                        && at < ix.of(tcb.end) && ix.of(tcb.end) <= ix.of(load)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Instruction positions, computed once per question. */
    private static final class InsnListIndex {
        private final java.util.Map<AbstractInsnNode, Integer> pos = new java.util.HashMap<>();

        InsnListIndex(MethodNode m) {
            int k = 0;
            for (AbstractInsnNode p = m.instructions.getFirst(); p != null; p = p.getNext()) {
                pos.put(p, k++);
            }
        }

        int of(AbstractInsnNode i) {
            return pos.get(i);
        }
    }

    /**
     * ecj's finally shape: {@code P; <finally code, with its own jumps>; areturn}, the value staying on
     * the operand stack. {@code P} is the single instruction that pushed the returned value (a source
     * analysis), the code between neither releases a monitor nor is entered from outside.
     */
    private static AbstractInsnNode keptOnStack(MethodNode m, AbstractInsnNode ret, Sources all) {
        var f = all.before(ret);
        if (f == null || f.getStackSize() == 0) {
            return null;
        }
        Set<AbstractInsnNode> sources = f.getStack(f.getStackSize() - 1).insns;
        if (sources.size() != 1) {
            return null;
        }
        AbstractInsnNode p = sources.iterator().next();
        if (!producesFallingThrough(p) || p.getOpcode() == Opcodes.ALOAD || !enteredOnlyFromStart(m, p, ret)) {
            return null;
        }
        for (AbstractInsnNode q = p.getNext(); q != ret; q = q.getNext()) {
            if (q.getOpcode() == Opcodes.MONITOREXIT) {
                return null;
            }
        }
        return p;
    }

    /**
     * Which instructions pushed each stack value, before each original instruction: computed once,
     * on first use, before the awaits this pass inserts (an inserted await only changes the value
     * of the return it serves, which is then done).
     */
    static final class Sources {
        private final MethodNode m;
        private java.util.Map<AbstractInsnNode, org.objectweb.asm.tree.analysis.Frame<org.objectweb.asm.tree.analysis.SourceValue>> frames;

        Sources(MethodNode m) {
            this.m = m;
        }

        org.objectweb.asm.tree.analysis.Frame<org.objectweb.asm.tree.analysis.SourceValue> before(AbstractInsnNode i) {
            if (frames == null) {
                frames = new java.util.HashMap<>();
                try {
                    var fs = new org.objectweb.asm.tree.analysis.Analyzer<>(
                            new org.objectweb.asm.tree.analysis.SourceInterpreter()).analyze("java/lang/Object", m);
                    int k = 0;
                    for (AbstractInsnNode p = m.instructions.getFirst(); p != null; p = p.getNext()) {
                        frames.put(p, fs[k++]);
                    }
                } catch (org.objectweb.asm.tree.analysis.AnalyzerException e) {
                    // no answer: every return keeps its await just before the areturn
                }
            }
            return frames.get(i);
        }
    }

    /** The real instruction before {@code i}, {@code null} if a jump target or the start lies between. */
    private static AbstractInsnNode realBefore(AbstractInsnNode i, Set<LabelNode> targets) {
        for (AbstractInsnNode p = i.getPrevious(); p != null; p = p.getPrevious()) {
            if (p.getOpcode() >= 0) {
                return p;
            }
            if (p instanceof LabelNode && targets.contains(p)) {
                return null;
            }
        }
        return null;
    }

    /** Whether control falls through {@code p} with its result on the stack (no jump, return, throw or switch). */
    private static boolean producesFallingThrough(AbstractInsnNode p) {
        return !(p instanceof JumpInsnNode) && Jumps.fallsThrough(p);
    }

    /** Whether no jump from outside {@code (from, to]} and no handler lands inside it. */
    private static boolean enteredOnlyFromStart(MethodNode m, AbstractInsnNode from, AbstractInsnNode to) {
        Set<LabelNode> inside = new HashSet<>();
        for (AbstractInsnNode p = from.getNext(); p != null && p != to.getNext(); p = p.getNext()) {
            if (p instanceof LabelNode) {
                inside.add((LabelNode) p);
            }
        }
        if (m.tryCatchBlocks != null) {
            for (TryCatchBlockNode tcb : m.tryCatchBlocks) {
                if (inside.contains(tcb.handler)) {
                    return false;
                }
            }
        }
        boolean in = false;
        for (AbstractInsnNode p = m.instructions.getFirst(); p != null; p = p.getNext()) {
            if (p == from) {
                in = true;
            }
            if (!in) {
                for (LabelNode l : Jumps.targetsOf(p)) {
                    if (inside.contains(l)) {
                        return false;
                    }
                }
            }
            if (p == to) {
                in = false;
            }
        }
        return true;
    }

    private static MethodInsnNode doneBefore(AbstractInsnNode ret, Set<LabelNode> targets) {
        for (AbstractInsnNode p = ret.getPrevious(); p != null; p = p.getPrevious()) {
            if (p.getOpcode() >= 0) {
                return BoucleCalls.isDone(p) ? (MethodInsnNode) p : null;
            }
            if (p instanceof LabelNode && targets.contains(p)) {
                return null;
            }
        }
        return null;
    }
}

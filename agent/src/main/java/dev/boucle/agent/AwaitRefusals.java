package dev.boucle.agent;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Pass 3: what cannot be made correct is refused at transform time, with the place and the fix
 * (PEERS lessons 1 and 5). A refused method's body becomes a {@link RefusalStub}; the rest of the
 * class is rewritten normally.
 *
 * <p>Refused: constructors and initialisers, native methods, {@code synchronized} methods, a
 * return type other than {@code Coroutine}, and an await inside a {@code synchronized} block (a
 * monitor cannot be held across a suspension: another task on the same thread would re-enter it,
 * and the JVM requires monitors to be released by the frame that took them).
 */
final class AwaitRefusals {
    private AwaitRefusals() {}

    private static final int MAX_DEPTH = 64;

    /** The diagnostic for a declaration that cannot be {@code @Async}, or {@code null}. */
    static String checkDeclaration(ClassInfo cls, MethodNode m) {
        String where = DebugInfo.where(cls, m, DebugInfo.firstLine(m));
        if (m.name.equals("<init>") || m.name.equals("<clinit>")) {
            return "Boucle: " + where + " is a constructor or initialiser marked @Async, which cannot suspend."
                    + " Fix: move the asynchronous work into an @Async method (a static factory) and call it after"
                    + " construction.";
        }
        if ((m.access & Opcodes.ACC_NATIVE) != 0) {
            return "Boucle: @Async method " + where + " is native: only a Java body can be rewritten into a state"
                    + " machine. Fix: remove @Async, or give the method a Java body.";
        }
        if ((m.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
            return "Boucle: @Async method " + where + " is synchronized: a monitor cannot be held across an await"
                    + " (the loop runs other tasks on the same thread meanwhile). Fix: remove synchronized; tasks on"
                    + " one loop never run at the same time, so state shared only by tasks needs no lock.";
        }
        if (!Type.getReturnType(m.desc).getDescriptor().equals(Names.COROUTINE_DESC)) {
            return "Boucle: @Async method " + where + " returns " + Type.getReturnType(m.desc).getClassName()
                    + ", not dev.boucle.Coroutine. Fix: declare it as returning Coroutine<T> and end it with"
                    + " return done(value); (or return done(); for Coroutine<Void>).";
        }
        return null;
    }

    /**
     * The diagnostic for a method reference to {@code Boucle.await} ({@code Boucle::await}, an
     * {@code invokedynamic} whose bootstrap arguments hold a handle to it) in an {@code @Async}
     * method, or {@code null}: the reference runs later, from the functional interface's method,
     * which is not a suspension point, so it can never be correct.
     */
    static String checkAwaitReferences(ClassInfo cls, MethodNode m) {
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (!(i instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode)) {
                continue;
            }
            for (Object arg : ((org.objectweb.asm.tree.InvokeDynamicInsnNode) i).bsmArgs) {
                if (arg instanceof org.objectweb.asm.Handle && ((org.objectweb.asm.Handle) arg).getOwner().equals(Names.BOUCLE)
                        && ((org.objectweb.asm.Handle) arg).getName().equals(Names.AWAIT)) {
                    return "Boucle: @Async method " + DebugInfo.where(cls, m, DebugInfo.lineOf(i))
                            + " uses await as a method reference (Boucle::await): the reference is called later,"
                            + " from a lambda's method, where the @Async method cannot suspend. Fix: call await(...)"
                            + " directly in the @Async method's body.";
                }
            }
        }
        return null;
    }

    /**
     * The diagnostic for the first await inside a {@code synchronized} block, or {@code null}. The
     * monitor depth is a forward dataflow ({@code monitorenter} +1, {@code monitorexit} -1, merged
     * by maximum, exception edges carrying the depth of the throwing instruction).
     */
    static String checkMonitors(ClassInfo cls, MethodNode m, ControlFlow cfg, List<MethodInsnNode> awaits) {
        boolean any = false;
        for (AbstractInsnNode i : cfg.insns) {
            if (i.getOpcode() == Opcodes.MONITORENTER) {
                any = true;
                break;
            }
        }
        if (!any || awaits.isEmpty()) {
            return null;
        }
        int n = cfg.insns.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.add(0);
        while (!work.isEmpty()) {
            int i = work.poll();
            int d = depth[i];
            int op = cfg.insns[i].getOpcode();
            int after = op == Opcodes.MONITORENTER ? d + 1 : op == Opcodes.MONITOREXIT ? Math.max(0, d - 1) : d;
            after = Math.min(after, MAX_DEPTH);
            for (int s : cfg.successors[i]) {
                if (after > depth[s]) {
                    depth[s] = after;
                    work.add(s);
                }
            }
            for (int h : cfg.handlers[i]) {
                if (d > depth[h]) {
                    depth[h] = d;
                    work.add(h);
                }
            }
        }
        for (MethodInsnNode a : awaits) {
            int idx = m.instructions.indexOf(a);
            if (depth[idx] > 0) {
                return "Boucle: @Async method " + DebugInfo.where(cls, m, DebugInfo.lineOf(a))
                        + " awaits inside a synchronized block: a monitor cannot be held across an await (the loop"
                        + " runs other tasks on the same thread meanwhile). Fix: await outside the synchronized block;"
                        + " tasks on one loop never run at the same time, so state shared only by tasks needs no lock.";
            }
        }
        return null;
    }
}

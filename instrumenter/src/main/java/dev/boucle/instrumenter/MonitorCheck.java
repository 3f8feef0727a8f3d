package dev.boucle.instrumenter;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Refuses an await inside a {@code synchronized} block: a monitor cannot be held across a
 * suspension (another task on the same thread would re-enter it, and the JVM requires monitors to
 * be released by the frame that took them). Kotlin, Kilim and Quasar refuse it too; EA Async
 * releases and retakes the lock, silently breaking mutual exclusion (PEERS lesson 5).
 */
final class MonitorCheck implements Pass {

    private static final int MAX_DEPTH = 64;

    @Override
    public void run(MethodContext ctx) throws Refusal {
        MethodInsnNode inside = firstAwaitInsideMonitor(ctx.method, ctx.awaits());
        if (inside != null) {
            throw ctx.refuse(inside, "awaits inside a synchronized block: a monitor cannot be held across an await"
                    + " (the loop runs other tasks on the same thread meanwhile).", "await outside the synchronized"
                    + " block; tasks on one loop never run at the same time, so state shared only by tasks needs no"
                    + " lock.");
        }
    }

    /**
     * The first await inside a {@code synchronized} block, or {@code null}. The monitor depth is a
     * forward dataflow ({@code monitorenter} +1, {@code monitorexit} -1, merged by maximum, exception
     * edges carrying the depth of the throwing instruction).
     */
    static MethodInsnNode firstAwaitInsideMonitor(MethodNode m, List<MethodInsnNode> awaits) {
        boolean any = false;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() == Opcodes.MONITORENTER) {
                any = true;
                break;
            }
        }
        if (!any || awaits.isEmpty()) {
            return null;
        }
        ControlFlow cfg = ControlFlow.of(m);
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
                return a;
            }
        }
        return null;
    }
}

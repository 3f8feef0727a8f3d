package dev.boucle.instrumenter;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * The control-flow graph of a method over instruction indices (pseudo-instructions included, as
 * ASM's {@code Analyzer} does): normal successors and, separately, the exception handlers that
 * cover each instruction: the ones the JVM can take, in table order up to the first catch-any or
 * {@code Throwable} entry (javac's {@code synchronized} exit handler covers itself, and an outer
 * catch listed after it is never reached from inside: the monitor is released first). Shared by
 * {@link Liveness} and {@link MonitorCheck}.
 */
final class ControlFlow {
    final AbstractInsnNode[] insns;
    final int[][] successors;
    final int[][] handlers;

    private ControlFlow(AbstractInsnNode[] insns, int[][] successors, int[][] handlers) {
        this.insns = insns;
        this.successors = successors;
        this.handlers = handlers;
    }

    static ControlFlow of(MethodNode m) {
        InsnList list = m.instructions;
        AbstractInsnNode[] insns = list.toArray();
        int n = insns.length;
        int[][] succ = new int[n][];
        List<Integer> tmp = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tmp.clear();
            AbstractInsnNode insn = insns[i];
            for (LabelNode l : Jumps.targetsOf(insn)) {
                tmp.add(list.indexOf(l));
            }
            if (Jumps.fallsThrough(insn)) {
                tmp.add(i + 1);
            }
            tmp.removeIf(x -> x >= n);
            succ[i] = tmp.stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        List<List<Integer>> hs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hs.add(new ArrayList<>());
        }
        if (m.tryCatchBlocks != null) {
            // the JVM takes the first matching entry in table order: past a catch-any (or Throwable)
            // entry covering i, no later entry is ever taken from i
            boolean[] caughtAll = new boolean[n];
            for (TryCatchBlockNode tcb : m.tryCatchBlocks) {
                int s = list.indexOf(tcb.start);
                int e = list.indexOf(tcb.end);
                int h = list.indexOf(tcb.handler);
                boolean all = tcb.type == null || tcb.type.equals("java/lang/Throwable");
                for (int i = s; i < e; i++) {
                    if (!caughtAll[i]) {
                        hs.get(i).add(h);
                        caughtAll[i] = all;
                    }
                }
            }
        }
        int[][] handlers = new int[n][];
        for (int i = 0; i < n; i++) {
            handlers[i] = hs.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        return new ControlFlow(insns, succ, handlers);
    }
}

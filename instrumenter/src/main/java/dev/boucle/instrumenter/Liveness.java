package dev.boucle.instrumenter;

import java.util.ArrayDeque;
import java.util.BitSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which local slots are live before each instruction: backward dataflow, exception edges included.
 *
 * <p>{@code in(i) = use(i) ∪ (out(i) − def(i)) ∪ ⋃ in(h)} for every handler {@code h} covering
 * {@code i} (an exception may leave {@code i} before its store happens, so handler liveness is not
 * killed by {@code def(i)}); {@code out(i) = ⋃ in(s)} over normal successors. A long or double
 * local is live at its first slot; a store of one defines both slots.
 *
 * <p>At an await, {@link #liveBefore} of the await call is exactly what must survive a suspension:
 * the call itself reads and writes no local.
 */
final class Liveness {
    private final BitSet[] in;

    private Liveness(BitSet[] in) {
        this.in = in;
    }

    static Liveness compute(MethodNode m, ControlFlow cfg) {
        AbstractInsnNode[] insns = cfg.insns;
        int n = insns.length;
        BitSet[] in = new BitSet[n];
        BitSet[] use = new BitSet[n];
        BitSet[] def = new BitSet[n];
        int[][] preds = predecessors(cfg);
        for (int i = 0; i < n; i++) {
            in[i] = new BitSet();
            use[i] = new BitSet();
            def[i] = new BitSet();
            AbstractInsnNode insn = insns[i];
            if (insn instanceof VarInsnNode) {
                int var = ((VarInsnNode) insn).var;
                int op = insn.getOpcode();
                if (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE) {
                    def[i].set(var);
                    if (op == Opcodes.LSTORE || op == Opcodes.DSTORE) {
                        def[i].set(var + 1);
                    }
                } else {
                    use[i].set(var); // xLOAD and RET
                }
            } else if (insn instanceof IincInsnNode) {
                use[i].set(((IincInsnNode) insn).var);
            }
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            work.add(i);
            queued[i] = true;
        }
        BitSet scratch = new BitSet();
        while (!work.isEmpty()) {
            int i = work.poll();
            queued[i] = false;
            scratch.clear();
            for (int s : cfg.successors[i]) {
                scratch.or(in[s]);
            }
            scratch.andNot(def[i]);
            scratch.or(use[i]);
            for (int h : cfg.handlers[i]) {
                scratch.or(in[h]);
            }
            if (!scratch.equals(in[i])) {
                in[i] = (BitSet) scratch.clone();
                for (int p : preds[i]) {
                    if (!queued[p]) {
                        queued[p] = true;
                        work.add(p);
                    }
                }
            }
        }
        return new Liveness(in);
    }

    /** Predecessors along normal and exception edges. */
    private static int[][] predecessors(ControlFlow cfg) {
        int n = cfg.insns.length;
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            for (int s : cfg.successors[i]) {
                count[s]++;
            }
            for (int h : cfg.handlers[i]) {
                count[h]++;
            }
        }
        int[][] preds = new int[n][];
        for (int i = 0; i < n; i++) {
            preds[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int s : cfg.successors[i]) {
                preds[s][count[s]++] = i;
            }
            for (int h : cfg.handlers[i]) {
                preds[h][count[h]++] = i;
            }
        }
        return preds;
    }

    /** The slots live just before instruction {@code index}; do not modify. */
    BitSet liveBefore(int index) {
        return in[index];
    }
}

package dev.boucle.agent;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Pass 6: turns the (normalised, analysed) code of an {@code @Async} method into the state machine
 * of PROTOCOL §3–4, in place, in the original local numbering plus a frame local past all others
 * ({@link LocalRemapper} renumbers afterwards).
 *
 * <p>Layout of the result:
 * <pre>
 *   aload F; getfield label; tableswitch 0..N {0: ENTRY, n: RESTORE_n, default: BAD}
 * ENTRY: load the live arguments from the frame            (outside every try range)
 *   ...original code, each await n replaced, in place, by:
 *     aload F; invokestatic Frame.await; dup; getstatic SUSPENDED; if_acmpne CONTINUE_n
 *     pop; stack -> temps; spill live locals and temps; label = n; getstatic SUSPENDED; areturn
 *   TAKE_n: aload F; invokevirtual takeSent                (inside the await's try ranges)
 *   CONTINUE_n:
 * RESTORE_n: reload live locals, rebuild the stack, null the refs read; goto TAKE_n
 * BAD: aload F; invokestatic Frame.badLabel; athrow
 * </pre>
 * The fast path (the awaited thing completes inline) costs a call, a compare and a branch: no
 * allocation, no spill. Restore blocks follow all original code, so they are outside every try
 * range; {@code TAKE_n}, where a resumed await's value or exception appears, sits where the call
 * was, so the user's handlers see exceptions exactly at the await.
 */
final class StateMachineEmitter {
    private StateMachineEmitter() {}

    static final class Result {
        /** The plan at label 0: the arguments live at the start, which the creator stores. */
        SpillPlan entry;
        int primCount;
        int refCount;
        /** Where the frame lives before {@link LocalRemapper}. */
        int frameSlot;
        int awaitCount;
    }

    static Result emit(MethodNode m, List<MethodInsnNode> awaits, Frame<BasicValue>[] frames, Liveness liveness,
            boolean isStatic) {
        InsnList insns = m.instructions;
        int tempBase = m.maxLocals;
        boolean keepsThis = !isStatic && !storesInto(m, 0);
        List<MethodInsnNode> reachable = new ArrayList<>();
        List<SpillPlan> plans = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (MethodInsnNode a : awaits) {
            int idx = insns.indexOf(a);
            if (frames[idx] == null) {
                continue; // unreachable: left as is
            }
            reachable.add(a);
            plans.add(SpillPlan.of(frames[idx], liveness.liveBefore(idx), keepsThis, 1, tempBase));
            lines.add(DebugInfo.lineOf(a));
        }
        SpillPlan entry = SpillPlan.of(frames[0], liveness.liveBefore(0), keepsThis, 0, tempBase);
        int maxTemp = 0;
        Result r = new Result();
        r.entry = entry;
        r.primCount = entry.primCount;
        r.refCount = entry.refCount;
        for (SpillPlan p : plans) {
            maxTemp = Math.max(maxTemp, p.stackTempSize);
            r.primCount = Math.max(r.primCount, p.primCount);
            r.refCount = Math.max(r.refCount, p.refCount);
        }
        int f = tempBase + maxTemp;
        r.frameSlot = f;
        r.awaitCount = reachable.size();
        int firstLine = DebugInfo.firstLine(m);

        InsnList tail = new InsnList();
        LabelNode[] cases = new LabelNode[reachable.size() + 1];
        for (int n = 1; n <= reachable.size(); n++) {
            MethodInsnNode a = reachable.get(n - 1);
            SpillPlan p = plans.get(n - 1);
            int line = lines.get(n - 1);
            LabelNode take = new LabelNode();
            LabelNode cont = new LabelNode();
            InsnList at = new InsnList();
            at.add(new VarInsnNode(Opcodes.ALOAD, f));
            at.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.FRAME, "await", Names.FRAME_AWAIT_DESC, false));
            at.add(new InsnNode(Opcodes.DUP));
            at.add(new FieldInsnNode(Opcodes.GETSTATIC, Names.FRAME, Names.SUSPENDED, Names.OBJECT_DESC));
            at.add(new JumpInsnNode(Opcodes.IF_ACMPNE, cont));
            at.add(new InsnNode(Opcodes.POP));
            for (int j = p.stack.size() - 1; j >= 0; j--) {
                SpillPlan.Value v = p.stack.get(j);
                if (v.kind == SpillPlan.Kind.NULL) {
                    at.add(new InsnNode(Opcodes.POP));
                } else {
                    at.add(new VarInsnNode(v.storeOpcode(), v.slot));
                }
            }
            for (SpillPlan.Value v : p.all()) {
                FrameCode.spill(at, new VarInsnNode(Opcodes.ALOAD, f), v);
            }
            at.add(new VarInsnNode(Opcodes.ALOAD, f));
            at.add(FrameCode.pushInt(n));
            at.add(new FieldInsnNode(Opcodes.PUTFIELD, Names.FRAME, "label", "I"));
            at.add(new FieldInsnNode(Opcodes.GETSTATIC, Names.FRAME, Names.SUSPENDED, Names.OBJECT_DESC));
            at.add(new InsnNode(Opcodes.ARETURN));
            DebugInfo.addLabelWithLine(at, take, line);
            at.add(new VarInsnNode(Opcodes.ALOAD, f));
            at.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, Names.FRAME, "takeSent", "()Ljava/lang/Object;", false));
            at.add(cont);
            insns.insert(a, at);
            insns.remove(a);

            LabelNode restore = new LabelNode();
            cases[n] = restore;
            DebugInfo.addLabelWithLine(tail, restore, line);
            for (SpillPlan.Value v : p.locals) {
                FrameCode.load(tail, f, v);
                tail.add(new VarInsnNode(v.storeOpcode(), v.slot));
            }
            for (SpillPlan.Value v : p.stack) {
                FrameCode.load(tail, f, v);
            }
            FrameCode.clearAll(tail, f, p.all(), p.refCount);
            tail.add(new JumpInsnNode(Opcodes.GOTO, take));
        }
        LabelNode bad = new LabelNode();
        tail.add(bad);
        tail.add(new VarInsnNode(Opcodes.ALOAD, f));
        tail.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.FRAME, "badLabel",
                "(Ldev/boucle/internal/Frame;)Ljava/lang/IllegalStateException;", false));
        tail.add(new InsnNode(Opcodes.ATHROW));

        InsnList head = new InsnList();
        LabelNode dispatch = new LabelNode();
        DebugInfo.addLabelWithLine(head, dispatch, firstLine);
        cases[0] = new LabelNode();
        head.add(new VarInsnNode(Opcodes.ALOAD, f));
        head.add(new FieldInsnNode(Opcodes.GETFIELD, Names.FRAME, "label", "I"));
        head.add(new TableSwitchInsnNode(0, reachable.size(), bad, cases));
        head.add(cases[0]);
        for (SpillPlan.Value v : entry.locals) {
            FrameCode.load(head, f, v);
            head.add(new VarInsnNode(v.storeOpcode(), v.slot));
        }
        FrameCode.clearAll(head, f, entry.locals, entry.refCount);
        insns.insert(head);
        insns.add(tail);
        m.maxLocals = f + 1;
        return r;
    }

    /** Whether some instruction of {@code m} writes local {@code slot}. */
    static boolean storesInto(MethodNode m, int slot) {
        for (var i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof VarInsnNode && ((VarInsnNode) i).var == slot
                    && i.getOpcode() >= Opcodes.ISTORE && i.getOpcode() <= Opcodes.ASTORE) {
                return true;
            }
            if (i instanceof org.objectweb.asm.tree.IincInsnNode && ((org.objectweb.asm.tree.IincInsnNode) i).var == slot) {
                return true;
            }
        }
        return false;
    }
}

package dev.boucle.instrumenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Turns the (normalised, analysed) code of an {@code @Async} method into the state machine
 * of PROTOCOL §3–4, in place, in the original local numbering plus a frame local past all others
 * ({@link LocalRemapper} renumbers afterwards).
 *
 * <p>Layout of the result:
 * <pre>
 *   aload F; getfield label; tableswitch 0..N {0: ENTRY, n: RESTORE_n, default: BAD}
 * ENTRY: load the live arguments from the frame            (outside every try range)
 *   ...original code, each await n replaced, in place, by:
 *     aload F; invokestatic Frame.await; dup; getstatic SUSPENDED; if_acmpne CONTINUE_n
 *     pop; spill the stack entries (top first) and the live locals; label = n; getstatic SUSPENDED; areturn
 *   TAKE_n: aload F; invokevirtual takeSent                (inside the await's try ranges)
 *   CONTINUE_n:
 * RESTORE_n: reload live locals, rebuild the stack, null the refs read; goto TAKE_n
 * BAD: aload F; invokestatic Frame.badLabel; athrow
 * </pre>
 * Awaits whose plans are equal (same live locals and stack entries, same types) share their code:
 * the slow path is {@code spill the stack; push n; goto SPILL_g} ({@code SPILL_g} stores the label
 * and the locals), and the dispatch sends each of them to {@code RESTORE_g}, which reloads
 * the locals, rebuilds the stack and switches on the label to the right {@code TAKE_n}. Long methods
 * with many awaits over the same variables stay small.
 * The fast path (the awaited thing completes inline) costs a call, a compare and a branch: no
 * allocation, no spill. Restore blocks follow all original code, so they are outside every try
 * range; {@code TAKE_n}, where a resumed await's value or exception appears, sits where the call
 * was, so the user's handlers see exceptions exactly at the await.
 */
final class StateMachineEmitter implements Pass {

    /** What the creator needs to know of the state machine. */
    static final class Layout {
        /** The plan at label 0: the arguments live at the start, which the creator stores. */
        SpillPlan entry;
        int primCount;
        int refCount;
        /** Where the frame lives before {@link LocalRemapper}. */
        int frameSlot;
        int awaitCount;
    }

    /** Awaits with at least this many saved values and equal plans share their spill and restore code. */
    static final int SHARE_FROM = 2;

    /** The spill and restore blocks shared by the awaits of one plan. */
    private static final class Shared {
        final SpillPlan plan;
        final LabelNode spill = new LabelNode();
        final LabelNode restore = new LabelNode();
        final List<Integer> members = new ArrayList<>();

        Shared(SpillPlan plan) {
            this.plan = plan;
        }
    }

    @Override
    public void run(MethodContext ctx) {
        MethodNode m = ctx.method;
        MethodContext.Analysis analysis = ctx.analysis();
        InsnList insns = m.instructions;
        boolean keepsThis = !ctx.isStatic && !storesInto(m, 0);
        List<MethodInsnNode> reachable = new ArrayList<>();
        List<SpillPlan> plans = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (MethodInsnNode a : ctx.awaits()) {
            Frame<BasicValue> frame = analysis.frameBefore(a);
            if (frame == null) {
                continue; // unreachable: left as is
            }
            reachable.add(a);
            plans.add(SpillPlan.of(frame, analysis.liveBefore(a), keepsThis, 1, ctx::castType));
            lines.add(DebugInfo.lineOf(a));
        }
        AbstractInsnNode start = insns.getFirst();
        SpillPlan entry = SpillPlan.of(analysis.frameBefore(start), analysis.liveBefore(start), keepsThis, 0,
                ctx::castType);
        Layout r = new Layout();
        r.entry = entry;
        r.primCount = entry.primCount;
        r.refCount = entry.refCount;
        for (SpillPlan p : plans) {
            r.primCount = Math.max(r.primCount, p.primCount);
            r.refCount = Math.max(r.refCount, p.refCount);
        }
        int f = ctx.newLocals(1); // past every local; stack entries are spilled straight from the stack
        r.frameSlot = f;
        r.awaitCount = reachable.size();

        LabelNode bad = new LabelNode();
        // awaits whose plans are equal (same live locals, same types, empty stack) share one spill
        // block and one restore block: code size stays linear in the awaits of long methods
        Map<String, Shared> groups = new LinkedHashMap<>();
        Shared[] sharedOf = new Shared[reachable.size() + 1];
        for (int n = 1; n <= reachable.size(); n++) {
            SpillPlan p = plans.get(n - 1);
            if (p.locals.size() + p.stack.size() >= SHARE_FROM) {
                Shared g = groups.computeIfAbsent(p.key(), k -> new Shared(p));
                g.members.add(n);
                sharedOf[n] = g;
            }
        }
        for (int n = 1; n <= reachable.size(); n++) {
            if (sharedOf[n] != null && sharedOf[n].members.size() < 2) {
                sharedOf[n] = null;
            }
        }

        InsnList tail = new InsnList();
        LabelNode[] cases = new LabelNode[reachable.size() + 1];
        LabelNode[] takes = new LabelNode[reachable.size() + 1];
        for (int n = 1; n <= reachable.size(); n++) {
            MethodInsnNode a = reachable.get(n - 1);
            SpillPlan p = plans.get(n - 1);
            Shared g = sharedOf[n];
            int line = lines.get(n - 1);
            LabelNode take = new LabelNode();
            takes[n] = take;
            LabelNode cont = new LabelNode();
            InsnList at = new InsnList();
            at.add(new VarInsnNode(Opcodes.ALOAD, f));
            String frameAwait = a.desc.equals(Names.AWAIT_STAGE_DESC) ? Names.FRAME_AWAIT_STAGE_DESC : Names.FRAME_AWAIT_DESC;
            at.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.FRAME, "await", frameAwait, false));
            at.add(new InsnNode(Opcodes.DUP));
            at.add(new FieldInsnNode(Opcodes.GETSTATIC, Names.FRAME, Names.SUSPENDED, Names.OBJECT_DESC));
            at.add(new JumpInsnNode(Opcodes.IF_ACMPNE, cont));
            at.add(new InsnNode(Opcodes.POP));
            for (int j = p.stack.size() - 1; j >= 0; j--) {
                FrameCode.spillTop(at, f, p.stack.get(j));
            }
            if (g != null) {
                at.add(FrameCode.pushInt(n));
                at.add(new JumpInsnNode(Opcodes.GOTO, g.spill));
            } else {
                for (SpillPlan.Value v : p.locals) {
                    FrameCode.spill(at, new VarInsnNode(Opcodes.ALOAD, f), v);
                }
                at.add(new VarInsnNode(Opcodes.ALOAD, f));
                at.add(FrameCode.pushInt(n));
                at.add(new FieldInsnNode(Opcodes.PUTFIELD, Names.FRAME, "label", "I"));
                at.add(new FieldInsnNode(Opcodes.GETSTATIC, Names.FRAME, Names.SUSPENDED, Names.OBJECT_DESC));
                at.add(new InsnNode(Opcodes.ARETURN));
            }
            DebugInfo.addLabelWithLine(at, take, line);
            at.add(new VarInsnNode(Opcodes.ALOAD, f));
            at.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, Names.FRAME, "takeSent", "()Ljava/lang/Object;", false));
            at.add(cont);
            insns.insert(a, at);
            insns.remove(a);

            if (g != null) {
                cases[n] = g.restore;
                continue;
            }
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
        for (Shared g : groups.values()) {
            if (g.members.size() < 2) {
                continue;
            }
            // SPILL_g: stack [label]
            tail.add(g.spill);
            tail.add(new VarInsnNode(Opcodes.ALOAD, f));
            tail.add(new InsnNode(Opcodes.SWAP));
            tail.add(new FieldInsnNode(Opcodes.PUTFIELD, Names.FRAME, "label", "I"));
            for (SpillPlan.Value v : g.plan.locals) {
                FrameCode.spill(tail, new VarInsnNode(Opcodes.ALOAD, f), v);
            }
            tail.add(new FieldInsnNode(Opcodes.GETSTATIC, Names.FRAME, Names.SUSPENDED, Names.OBJECT_DESC));
            tail.add(new InsnNode(Opcodes.ARETURN));
            // RESTORE_g: reload, then on to the TAKE of the member that suspended
            DebugInfo.addLabelWithLine(tail, g.restore, lines.get(g.members.get(0) - 1));
            for (SpillPlan.Value v : g.plan.locals) {
                FrameCode.load(tail, f, v);
                tail.add(new VarInsnNode(v.storeOpcode(), v.slot));
            }
            for (SpillPlan.Value v : g.plan.stack) {
                FrameCode.load(tail, f, v);
            }
            FrameCode.clearAll(tail, f, g.plan.all(), g.plan.refCount);
            int[] keys = new int[g.members.size()];
            LabelNode[] targets = new LabelNode[keys.length];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = g.members.get(k);
                targets[k] = takes[keys[k]];
            }
            tail.add(new VarInsnNode(Opcodes.ALOAD, f));
            tail.add(new FieldInsnNode(Opcodes.GETFIELD, Names.FRAME, "label", "I"));
            LabelNode groupBad = new LabelNode(); // its own: the stack here holds the rebuilt entries
            tail.add(new LookupSwitchInsnNode(groupBad, keys, targets));
            tail.add(groupBad);
            tail.add(new VarInsnNode(Opcodes.ALOAD, f));
            tail.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.FRAME, "badLabel",
                    "(Ldev/boucle/internal/Frame;)Ljava/lang/IllegalStateException;", false));
            tail.add(new InsnNode(Opcodes.ATHROW));
        }
        tail.add(bad);
        tail.add(new VarInsnNode(Opcodes.ALOAD, f));
        tail.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.FRAME, "badLabel",
                "(Ldev/boucle/internal/Frame;)Ljava/lang/IllegalStateException;", false));
        tail.add(new InsnNode(Opcodes.ATHROW));

        InsnList head = new InsnList();
        LabelNode dispatch = new LabelNode();
        DebugInfo.addLabelWithLine(head, dispatch, ctx.firstLine);
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
        ctx.setLayout(r);
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

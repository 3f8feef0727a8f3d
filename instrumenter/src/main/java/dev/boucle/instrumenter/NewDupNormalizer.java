package dev.boucle.instrumenter;

import dev.boucle.instrumenter.UninitAnalysis.UValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * No uninitialised object on the operand stack, or in a local, at an await (PEERS lesson 4;
 * kilim#16).
 *
 * <p>For each {@code NEW T} whose uninitialised object is somewhere at some await (found with
 * {@link UninitAnalysis}, which follows the object through {@code DUP}s and through the locals
 * javac spills the stack to around a switch expression containing a {@code try}), the {@code NEW},
 * its {@code DUP}s and the {@code astore}/{@code aload}s of its copies are removed, and just before
 * its {@code invokespecial T.<init>} the constructor arguments are stored into fresh locals,
 * {@code NEW T} and as many {@code DUP}s as there were copies under the receiver are emitted, and the
 * arguments reloaded. Nested constructions ({@code new A(new B(await(x)), y)}) and branches in the
 * arguments work because each object is moved to its own constructor call independently. Only those
 * objects move. Static
 * initialisation order is kept: where {@code T}'s initialiser could have visible effects (a user
 * class other than the one running), a {@code NEW T; POP} stays at the original place, so {@code T}
 * is initialised before the arguments run, as in javac's code (Kotlin emits a {@code Class.forName}
 * for the same purpose; the dead allocation costs nothing once compiled).
 *
 * <p>Refuses shapes javac never produces: one object with several
 * constructor calls, a copy consumed by anything but a store, a {@code DUP} or its constructor, a
 * copy read again after its constructor ran, copies that may be different objects.
 */
final class NewDupNormalizer implements Pass {

    /** Normalises the method in place, or refuses it. */
    @Override
    public void run(MethodContext ctx) throws Refusal, AnalyzerException {
        ClassInfo cls = ctx.cls;
        MethodNode m = ctx.method;
        List<MethodInsnNode> awaits = ctx.awaits();
        boolean anyNew = false;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() == Opcodes.NEW) {
                anyNew = true;
                break;
            }
        }
        if (!anyNew || awaits.isEmpty()) {
            return;
        }
        InsnList insns = m.instructions;
        Frame<UValue>[] frames = UninitAnalysis.analyze(cls.name, m);
        // the NEWs whose object is uninitialised somewhere (stack or local) at an await
        Set<AbstractInsnNode> moving = new LinkedHashSet<>();
        for (MethodInsnNode a : awaits) {
            Frame<UValue> f = frames[insns.indexOf(a)];
            if (f == null) {
                continue;
            }
            for (int s = 0; s < f.getStackSize() + f.getLocals(); s++) {
                UValue v = s < f.getStackSize() ? f.getStack(s) : f.getLocal(s - f.getStackSize());
                if (v.kind == UninitAnalysis.Kind.UNINIT) {
                    moving.add(v.newInsn);
                } else if (v.kind == UninitAnalysis.Kind.MIXED && s < f.getStackSize()) {
                    throw unsupported(ctx, a);
                }
            }
        }
        if (moving.isEmpty()) {
            return;
        }
        // classify every instruction touching those objects before their initialisation
        List<AbstractInsnNode> removed = new ArrayList<>();
        Map<AbstractInsnNode, MethodInsnNode> initOf = new LinkedHashMap<>();
        Map<MethodInsnNode, Integer> copiesAt = new LinkedHashMap<>();
        AbstractInsnNode[] all = insns.toArray();
        for (int idx = 0; idx < all.length; idx++) {
            AbstractInsnNode i = all[idx];
            Frame<UValue> f = frames[idx];
            if (f == null || i.getOpcode() < 0) {
                continue;
            }
            int op = i.getOpcode();
            int top = f.getStackSize() - 1;
            for (int s = 0; s <= top; s++) {
                UValue v = f.getStack(s);
                if (v.kind == UninitAnalysis.Kind.MIXED && intersects(v, moving)) {
                    throw unsupported(ctx, i);
                }
            }
            if (moving.contains(i)) {
                continue; // the NEW itself, handled below
            }
            if (op == Opcodes.DUP || op == Opcodes.ASTORE) {
                UValue v = f.getStack(top);
                if (v.kind == UninitAnalysis.Kind.UNINIT && moving.contains(v.newInsn)) {
                    removed.add(i);
                }
            } else if (op == Opcodes.ALOAD) {
                UValue v = f.getLocal(((VarInsnNode) i).var);
                if (v.kind == UninitAnalysis.Kind.UNINIT && moving.contains(v.newInsn)) {
                    removed.add(i);
                } else if (v.kind != UninitAnalysis.Kind.OTHER && v.kind != UninitAnalysis.Kind.INITED
                        && (v.kind == UninitAnalysis.Kind.MIXED ? intersects(v, moving) : moving.contains(v.newInsn))) {
                    throw unsupported(ctx, i); // a stale or ambiguous copy read again
                }
            } else if (op == Opcodes.INVOKESPECIAL && ((MethodInsnNode) i).name.equals("<init>")) {
                MethodInsnNode init = (MethodInsnNode) i;
                int r = top - Type.getArgumentTypes(init.desc).length;
                UValue recv = f.getStack(r);
                if (recv.kind == UninitAnalysis.Kind.UNINIT && moving.contains(recv.newInsn)) {
                    if (initOf.containsKey(recv.newInsn)) {
                        throw unsupported(ctx, init);
                    }
                    int copies = 0;
                    while (r - 1 - copies >= 0 && recv.equals(f.getStack(r - 1 - copies))) {
                        copies++;
                    }
                    for (int s = 0; s < r - copies; s++) {
                        if (recv.equals(f.getStack(s))) {
                            throw unsupported(ctx, init); // a copy not next to the receiver
                        }
                    }
                    initOf.put(recv.newInsn, init);
                    copiesAt.put(init, copies);
                }
            } else {
                // any other instruction that consumes or shuffles one of these objects: not javac's
                int consumed = consumedEntries(op, f);
                for (int s = top; s > top - consumed; s--) {
                    UValue v = f.getStack(s);
                    if (v.kind == UninitAnalysis.Kind.UNINIT && moving.contains(v.newInsn)) {
                        throw unsupported(ctx, i);
                    }
                }
            }
        }
        int base = ctx.nextFreeLocal(); // every moved object's arguments use the same fresh slots
        int extra = 0;
        for (AbstractInsnNode newInsn : moving) {
            MethodInsnNode init = initOf.get(newInsn);
            if (init == null) {
                throw unsupported(ctx, newInsn);
            }
            String type = ((TypeInsnNode) newInsn).desc;
            Type[] args = Type.getArgumentTypes(init.desc);
            int[] slots = new int[args.length];
            int next = base;
            for (int k = 0; k < args.length; k++) {
                slots[k] = next;
                next += args[k].getSize();
            }
            extra = Math.max(extra, next - base);
            InsnList before = new InsnList();
            for (int k = args.length - 1; k >= 0; k--) {
                before.add(new VarInsnNode(args[k].getOpcode(Opcodes.ISTORE), slots[k]));
            }
            before.add(new TypeInsnNode(Opcodes.NEW, type));
            for (int c = copiesAt.get(init); c > 0; c--) {
                before.add(new InsnNode(Opcodes.DUP));
            }
            for (int k = 0; k < args.length; k++) {
                before.add(new VarInsnNode(args[k].getOpcode(Opcodes.ILOAD), slots[k]));
            }
            insns.insertBefore(init, before);
            if (triggersUserInitialiser(cls, type)) {
                // keep the class-initialisation order of javac's code: `new T` initialises T before the
                // arguments run; a `new T; pop` left in place does that (C2 drops the dead allocation)
                insns.insert(newInsn, new InsnNode(Opcodes.POP));
            } else {
                insns.remove(newInsn);
            }
        }
        for (AbstractInsnNode i : removed) {
            insns.remove(i);
        }
        ctx.newLocals(extra);
    }

    /**
     * How many stack entries (values, not slots) the stack-shuffling and reference-consuming
     * instructions read; 0 for the others, which never receive an uninitialised object in verified
     * code (except a constructor call, handled apart).
     */
    private static int consumedEntries(int op, Frame<UValue> f) {
        int top = f.getStackSize() - 1;
        switch (op) {
            case Opcodes.POP: case Opcodes.ARETURN: case Opcodes.ATHROW: case Opcodes.IFNULL: case Opcodes.IFNONNULL:
            case Opcodes.MONITORENTER: case Opcodes.MONITOREXIT: case Opcodes.CHECKCAST: case Opcodes.INSTANCEOF:
                return 1;
            case Opcodes.POP2: case Opcodes.DUP2:
                return top >= 0 && f.getStack(top).getSize() == 2 ? 1 : 2;
            case Opcodes.DUP_X1: case Opcodes.SWAP: case Opcodes.IF_ACMPEQ: case Opcodes.IF_ACMPNE:
                return 2;
            case Opcodes.DUP_X2: case Opcodes.DUP2_X1:
                return 3;
            case Opcodes.DUP2_X2:
                return 4;
            default:
                return 0;
        }
    }

    private static boolean intersects(UValue v, Set<AbstractInsnNode> moving) {
        for (AbstractInsnNode n : v.news) {
            if (moving.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether moving {@code new type} later could move a static initialiser with visible effects:
     * not for the class running the method (already initialised) nor for the JDK's own classes.
     */
    static boolean triggersUserInitialiser(ClassInfo cls, String type) {
        return !type.equals(cls.name) && !type.startsWith("java/") && !type.startsWith("javax/")
                && !type.startsWith("jdk/") && !type.startsWith("sun/");
    }

    private static Refusal unsupported(MethodContext ctx, AbstractInsnNode at) {
        return ctx.refuse(at, "constructs an object across an await in a shape javac does not produce.",
                "compute the await into a local variable before the 'new'.");
    }
}

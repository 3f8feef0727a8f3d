package dev.boucle.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Pass 4: no uninitialised object on the operand stack at an await (PEERS lesson 4; kilim#16).
 *
 * <p>For each {@code NEW T; DUP} whose uninitialised value is on the stack at some await (found
 * with ASM's {@link SourceInterpreter}: the stack holds a value produced by that {@code DUP}), the
 * pair is removed, and just before its {@code invokespecial T.<init>} the constructor arguments
 * are stored into fresh locals, {@code NEW T; DUP} emitted, and the arguments reloaded. Nested
 * constructions ({@code new A(new B(await(x)), y)}) and branches in the arguments work because
 * each pair is moved to its own constructor call independently. Only those pairs move. Static
 * initialisation order is kept: where {@code T}'s initialiser could have visible effects (a user
 * class other than the one running), a {@code NEW T; POP} stays at the original place, so {@code T}
 * is initialised before the arguments run, as in javac's code (Kotlin emits a {@code Class.forName}
 * for the same purpose; the dead allocation costs nothing once compiled).
 *
 * <p>Refuses (returns a diagnostic) when an uninitialised value at an await does not come from a
 * {@code NEW; DUP} pair with exactly one matching constructor call; javac never produces that.
 */
final class NewDupNormalizer {
    private NewDupNormalizer() {}

    /** Normalises {@code m} in place; returns {@code null}, or a diagnostic if it cannot. */
    static String apply(ClassInfo cls, MethodNode m, List<MethodInsnNode> awaits) throws AnalyzerException {
        boolean anyNew = false;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() == Opcodes.NEW) {
                anyNew = true;
                break;
            }
        }
        if (!anyNew || awaits.isEmpty()) {
            return null;
        }
        Frame<SourceValue>[] frames = new Analyzer<>(new SourceInterpreter()).analyze(cls.name, m);
        InsnList insns = m.instructions;
        // NEW -> its DUP, for the pairs that must move
        Map<AbstractInsnNode, AbstractInsnNode> moving = new LinkedHashMap<>();
        for (MethodInsnNode a : awaits) {
            Frame<SourceValue> f = frames[insns.indexOf(a)];
            if (f == null) {
                continue;
            }
            for (int s = 0; s < f.getStackSize(); s++) {
                for (AbstractInsnNode src : f.getStack(s).insns) {
                    AbstractInsnNode newInsn = null;
                    if (src.getOpcode() == Opcodes.DUP) {
                        AbstractInsnNode p = previousReal(src);
                        if (p != null && p.getOpcode() == Opcodes.NEW) {
                            newInsn = p;
                        }
                    }
                    if (newInsn != null) {
                        moving.put(newInsn, src);
                    } else if (src.getOpcode() == Opcodes.NEW) {
                        AbstractInsnNode next = nextReal(src);
                        if (next == null || next.getOpcode() != Opcodes.DUP) {
                            return "Boucle: @Async method " + DebugInfo.where(cls, m, DebugInfo.lineOf(a))
                                    + " has an object under construction on the stack at an await in a shape javac"
                                    + " does not produce (NEW without DUP). Fix: compute the await into a local"
                                    + " variable before the 'new'.";
                        }
                    }
                }
            }
        }
        if (moving.isEmpty()) {
            return null;
        }
        // find each pair's constructor call
        Map<AbstractInsnNode, MethodInsnNode> initOf = new LinkedHashMap<>();
        for (AbstractInsnNode i = insns.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() != Opcodes.INVOKESPECIAL || !((MethodInsnNode) i).name.equals("<init>")) {
                continue;
            }
            MethodInsnNode init = (MethodInsnNode) i;
            Frame<SourceValue> f = frames[insns.indexOf(init)];
            if (f == null) {
                continue;
            }
            int nargs = Type.getArgumentTypes(init.desc).length;
            SourceValue receiver = f.getStack(f.getStackSize() - 1 - nargs);
            for (Map.Entry<AbstractInsnNode, AbstractInsnNode> e : moving.entrySet()) {
                if (receiver.insns.contains(e.getValue())) {
                    if (receiver.insns.size() != 1 || initOf.containsKey(e.getKey())) {
                        return unsupported(cls, m, init);
                    }
                    initOf.put(e.getKey(), init);
                }
            }
        }
        int base = m.maxLocals;
        int extra = 0;
        for (Map.Entry<AbstractInsnNode, AbstractInsnNode> e : moving.entrySet()) {
            MethodInsnNode init = initOf.get(e.getKey());
            if (init == null) {
                return unsupported(cls, m, e.getKey());
            }
            String type = ((TypeInsnNode) e.getKey()).desc;
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
            before.add(new InsnNode(Opcodes.DUP));
            for (int k = 0; k < args.length; k++) {
                before.add(new VarInsnNode(args[k].getOpcode(Opcodes.ILOAD), slots[k]));
            }
            insns.insertBefore(init, before);
            insns.remove(e.getValue());
            if (triggersUserInitialiser(cls, type)) {
                // keep the class-initialisation order of javac's code: `new T` initialises T before the
                // arguments run; a `new T; pop` left in place does that (C2 drops the dead allocation)
                insns.insert(e.getKey(), new InsnNode(Opcodes.POP));
            } else {
                insns.remove(e.getKey());
            }
        }
        m.maxLocals = base + extra;
        return null;
    }

    /**
     * Whether moving {@code new type} later could move a static initialiser with visible effects:
     * not for the class running the method (already initialised) nor for the JDK's own classes.
     */
    static boolean triggersUserInitialiser(ClassInfo cls, String type) {
        return !type.equals(cls.name) && !type.startsWith("java/") && !type.startsWith("javax/")
                && !type.startsWith("jdk/") && !type.startsWith("sun/");
    }

    private static String unsupported(ClassInfo cls, MethodNode m, AbstractInsnNode at) {
        return "Boucle: @Async method " + DebugInfo.where(cls, m, DebugInfo.lineOf(at))
                + " constructs an object across an await in a shape javac does not produce. Fix: compute the"
                + " await into a local variable before the 'new'.";
    }

    static AbstractInsnNode previousReal(AbstractInsnNode i) {
        for (AbstractInsnNode p = i.getPrevious(); p != null; p = p.getPrevious()) {
            if (p.getOpcode() >= 0) {
                return p;
            }
        }
        return null;
    }

    static AbstractInsnNode nextReal(AbstractInsnNode i) {
        for (AbstractInsnNode p = i.getNext(); p != null; p = p.getNext()) {
            if (p.getOpcode() >= 0) {
                return p;
            }
        }
        return null;
    }

}

package dev.boucle.instrumenter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * What the passes know about the one {@code @Async} method they rewrite, and the only state they
 * share: the method, its awaits, the analysed frames and liveness, the next free local, the state
 * machine's layout, the body method. Each fact is set by the pass that derives it ({@link Pipeline}
 * says which) and read through an accessor that fails loudly if that pass has not run yet, so the
 * order the passes depend on is checked, not assumed.
 */
final class MethodContext {
    final ClassInfo cls;
    /** The method being rewritten: the original code, then (after {@link CreatorEmitter}) the creator. */
    final MethodNode method;
    final boolean isStatic;
    /** The method's first source line (-1 if none), read before any pass changes the code. */
    final int firstLine;
    /** The synthetic body's descriptor (PROTOCOL §2), chosen by the class rewriter for overloads. */
    final String bodyDescriptor;

    private List<MethodInsnNode> awaits;
    private Analysis analysis;
    private StateMachineEmitter.Layout layout;
    private MethodNode body;

    MethodContext(ClassInfo cls, MethodNode method, String bodyDescriptor) {
        this.cls = cls;
        this.method = method;
        this.isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
        this.firstLine = DebugInfo.firstLine(method);
        this.bodyDescriptor = bodyDescriptor;
    }

    /** The type frames and liveness of one version of the instruction list (see {@link FrameAnalysis}). */
    static final class Analysis {
        private final Map<AbstractInsnNode, Integer> index;
        private final Frame<BasicValue>[] frames;
        private final Liveness liveness;

        Analysis(AbstractInsnNode[] insns, Frame<BasicValue>[] frames, Liveness liveness) {
            this.index = new IdentityHashMap<>(insns.length * 2);
            for (int i = 0; i < insns.length; i++) {
                index.put(insns[i], i);
            }
            this.frames = frames;
            this.liveness = liveness;
        }

        private int at(AbstractInsnNode insn) {
            Integer i = index.get(insn);
            if (i == null) {
                throw new IllegalStateException("instruction added after the analysis: " + insn);
            }
            return i;
        }

        /** The frame before {@code insn}, {@code null} if it is unreachable. */
        Frame<BasicValue> frameBefore(AbstractInsnNode insn) {
            return frames[at(insn)];
        }

        /** The local slots live before {@code insn}; do not modify. */
        java.util.BitSet liveBefore(AbstractInsnNode insn) {
            return liveness.liveBefore(at(insn));
        }
    }

    /** A diagnostic for this method at {@code at}'s line (the first line if {@code at} is null). */
    Refusal refuse(AbstractInsnNode at, String what, String fix) {
        return new Refusal("Boucle: @Async method " + where(at) + " " + what + " Fix: " + fix);
    }

    /** {@code pkg.C.m(int) (C.java:12)} for {@code at}'s line, or the method's first line. */
    String where(AbstractInsnNode at) {
        return DebugInfo.where(cls, method, at == null ? firstLine : DebugInfo.lineOf(at));
    }

    /**
     * The type a restore casts a value of analysed type {@code type} to: the nearest type this
     * method's class may name ({@link TypeHierarchy#accessibleSuperType}).
     */
    String castType(String type) {
        return cls.hierarchy.accessibleSuperType(type, cls.name);
    }

    /** Reserves {@code size} fresh local slots past every local in use; returns the first. */
    int newLocals(int size) {
        int first = method.maxLocals;
        method.maxLocals += size;
        return first;
    }

    /** The next local slot {@link #newLocals} would return. */
    int nextFreeLocal() {
        return method.maxLocals;
    }

    List<MethodInsnNode> awaits() {
        return require(awaits, "awaits", "AwaitFinder");
    }

    void setAwaits(List<MethodInsnNode> awaits) {
        this.awaits = awaits;
    }

    Analysis analysis() {
        return require(analysis, "the frames", "FrameAnalysis");
    }

    void setAnalysis(Analysis analysis) {
        this.analysis = analysis;
    }

    StateMachineEmitter.Layout layout() {
        return require(layout, "the state machine", "StateMachineEmitter");
    }

    void setLayout(StateMachineEmitter.Layout layout) {
        this.layout = layout;
    }

    MethodNode body() {
        return require(body, "the body method", "BodyMethod");
    }

    void setBody(MethodNode body) {
        this.body = body;
    }

    private static <T> T require(T fact, String what, String pass) {
        if (fact == null) {
            throw new IllegalStateException(what + " not derived yet: " + pass + " must run first (see Pipeline)");
        }
        return fact;
    }
}

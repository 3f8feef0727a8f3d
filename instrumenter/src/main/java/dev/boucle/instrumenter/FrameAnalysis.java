package dev.boucle.instrumenter;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * What is in every local and stack slot before every instruction of the normalised code, and which
 * locals are still needed: the type of each slot from ASM's {@link Analyzer} with a
 * {@link TypeInterpreter} (precise merges, no class loading; frames of unreachable instructions are
 * {@code null}), and {@link Liveness} (exception edges included). Together they say what a
 * suspension must save. Runs last before code generation: the facts hold for the instructions as
 * they are now, and {@link MethodContext.Analysis} refuses questions about instructions added later.
 */
final class FrameAnalysis implements Pass {

    @Override
    public void run(MethodContext ctx) throws AnalyzerException {
        MethodNode m = ctx.method;
        AbstractInsnNode[] insns = m.instructions.toArray();
        Frame<BasicValue>[] frames = types(ctx.cls, m);
        Liveness liveness = Liveness.compute(m, ControlFlow.of(m));
        ctx.setAnalysis(new MethodContext.Analysis(insns, frames, liveness));
    }

    static Frame<BasicValue>[] types(ClassInfo cls, MethodNode m) throws AnalyzerException {
        TypeInterpreter interpreter = new TypeInterpreter(cls.hierarchy, cls.name, cls.superName, cls.interfaces,
                cls.isInterface);
        return new Analyzer<>(interpreter).analyze(cls.name, m);
    }
}

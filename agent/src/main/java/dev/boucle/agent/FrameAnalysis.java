package dev.boucle.agent;

import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Pass 5: the type of every local and stack slot before every instruction, from ASM's
 * {@link Analyzer} with a {@link TypeInterpreter} (precise merges, no class loading). Frames of
 * unreachable instructions are {@code null}.
 */
final class FrameAnalysis {
    private FrameAnalysis() {}

    static Frame<BasicValue>[] analyze(ClassInfo cls, MethodNode m) throws AnalyzerException {
        TypeInterpreter interpreter = new TypeInterpreter(cls.hierarchy, cls.name, cls.superName, cls.interfaces,
                cls.isInterface);
        return new Analyzer<>(interpreter).analyze(cls.name, m);
    }
}

package dev.boucle.agent;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Runs the passes on one {@code @Async} method, in order:
 * <ol>
 *   <li>{@link AwaitRefusals#checkDeclaration} (constructor, native, synchronized, return type) and
 *       {@link AwaitRefusals#checkAwaitReferences} ({@code Boucle::await});</li>
 *   <li>{@link ReturnNormalizer} ({@code done(v); areturn} peephole, tail awaits);</li>
 *   <li>{@link AsyncMethodFinder#awaits} and {@link AwaitRefusals#checkMonitors};</li>
 *   <li>{@link NewDupNormalizer};</li>
 *   <li>{@link FrameAnalysis} and {@link Liveness};</li>
 *   <li>{@link StateMachineEmitter}, then {@link LocalRemapper} and {@link DebugInfo} on the body;</li>
 *   <li>{@link CreatorEmitter} on the original method.</li>
 * </ol>
 * The result is either a refusal (a diagnostic; the caller stubs the method) or the body method,
 * with {@code m} rewritten in place into the creator.
 */
final class AsyncMethodRewriter {
    private AsyncMethodRewriter() {}

    static final class Outcome {
        final String refusal;
        final MethodNode body;

        Outcome(String refusal, MethodNode body) {
            this.refusal = refusal;
            this.body = body;
        }
    }

    /**
     * Rewrites {@code m}; {@code bodyReturn} is the internal name of the body's return type
     * (PROTOCOL §2: {@code java/lang/Object}, or a JDK interface for the k-th overload).
     */
    static Outcome rewrite(ClassInfo cls, MethodNode m, String bodyReturn) throws AnalyzerException {
        String refusal = AwaitRefusals.checkDeclaration(cls, m);
        if (refusal == null) {
            refusal = AwaitRefusals.checkAwaitReferences(cls, m);
        }
        if (refusal != null) {
            return new Outcome(refusal, null);
        }
        int firstLine = DebugInfo.firstLine(m);
        ReturnNormalizer.apply(m);
        List<MethodInsnNode> awaits = AsyncMethodFinder.awaits(m);
        refusal = AwaitRefusals.checkMonitors(cls, m, ControlFlow.of(m), awaits);
        if (refusal != null) {
            return new Outcome(refusal, null);
        }
        refusal = NewDupNormalizer.apply(cls, m, awaits);
        if (refusal != null) {
            return new Outcome(refusal, null);
        }
        Frame<BasicValue>[] frames = FrameAnalysis.analyze(cls, m);
        Liveness liveness = Liveness.compute(m, ControlFlow.of(m));
        boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
        StateMachineEmitter.Result sm = StateMachineEmitter.emit(m, awaits, frames, liveness, isStatic);

        String bodyDesc = bodyDescriptor(isStatic, bodyReturn);
        int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0)
                | (m.access & Opcodes.ACC_STRICT);
        MethodNode body = new MethodNode(Opcodes.ASM9, access, m.name, bodyDesc, null, null);
        body.instructions = m.instructions;
        body.tryCatchBlocks = m.tryCatchBlocks;
        body.localVariables = m.localVariables;
        body.visibleLocalVariableAnnotations = m.visibleLocalVariableAnnotations;
        body.invisibleLocalVariableAnnotations = m.invisibleLocalVariableAnnotations;
        LocalRemapper.apply(body, isStatic, sm.frameSlot);
        DebugInfo.pruneLocalVariables(body);

        CreatorEmitter.emit(cls, m, sm, m.name, bodyDesc, firstLine);
        return new Outcome(null, body);
    }

    static String bodyDescriptor(boolean isStatic, String returnType) {
        return (isStatic ? "(" + Names.OBJECT_DESC + Names.FRAME_DESC + ")" : "(" + Names.FRAME_DESC + ")")
                + "L" + returnType + ";";
    }
}

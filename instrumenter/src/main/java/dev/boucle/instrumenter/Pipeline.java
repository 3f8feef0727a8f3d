package dev.boucle.instrumenter;

import java.util.List;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;

/**
 * The recipe: the passes every {@code @Async} method goes through, in order. This list is the only
 * place the order is written; each pass's javadoc says its one job, and {@link MethodContext} says
 * which facts each pass derives for the ones after it.
 *
 * <p>The result is either a {@link Refusal} (the caller reports it and stubs the method) or the body
 * method, with the original method rewritten in place into the frame creator.
 */
final class Pipeline {
    private Pipeline() {}

    static final List<Pass> PASSES = List.of(
            new DeclarationCheck(),     // refuse constructors, native, synchronized, a return type other than Coroutine
            new MethodReferenceCheck(), // refuse Boucle::await
            new ReturnNormalizer(),     // done(v); areturn -> areturn v; any other areturn c -> a tail await of c
            new AwaitFinder(),          // the awaits, in instruction order
            new MonitorCheck(),         // refuse an await inside a synchronized block
            new NewDupNormalizer(),     // no uninitialised object on the stack or in a local at an await
            new FrameAnalysis(),        // the type of every slot and the live locals before every instruction
            new StateMachineEmitter(),  // dispatch, fast path, spills, restores (PROTOCOL §3-4)
            new BodyMethod(),           // the code moves to the synthetic body, locals renumbered (PROTOCOL §2)
            new CreatorEmitter());      // the original method creates the frame (PROTOCOL §1)

    /** Runs every pass on {@code ctx}; returns the body method, the original one now the creator. */
    static MethodNode rewrite(MethodContext ctx) throws Refusal, AnalyzerException {
        for (Pass p : PASSES) {
            p.run(ctx);
        }
        return ctx.body();
    }
}

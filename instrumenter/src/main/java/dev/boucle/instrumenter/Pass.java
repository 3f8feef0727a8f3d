package dev.boucle.instrumenter;

import org.objectweb.asm.tree.analysis.AnalyzerException;

/** One step of the rewrite of an {@code @Async} method; {@link Pipeline} lists them in order. */
interface Pass {
    /** Does this pass's one job on {@code m}, or refuses the method. */
    void run(MethodContext m) throws Refusal, AnalyzerException;
}

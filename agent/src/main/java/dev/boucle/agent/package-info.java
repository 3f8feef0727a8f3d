/**
 * Boucle's agent: the transformer that turns {@code @Async} methods into state machines, and the
 * {@code -javaagent} / self-attach plumbing around it.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link dev.boucle.agent.Instrumenter#instrument} — the pure {@code byte[] -> byte[]}
 *       function shared by the agent, the tests and any build-time tool.</li>
 *   <li>{@link dev.boucle.agent.BoucleAgent} — {@code premain}/{@code agentmain} and
 *       {@code install()} (Byte Buddy self-attach).</li>
 * </ul>
 *
 * <h2>The pipeline (per class)</h2>
 * <ol>
 *   <li>A byte scan for the UTF-8 constant {@code Ldev/boucle/Async;}: classes without it cost
 *       nothing more. Then a {@code ClassNode} parse; a class carrying the
 *       {@code dev.boucle.Instrumented} attribute is returned unchanged.</li>
 *   <li>Per {@code @Async} method ({@code AsyncMethodRewriter} runs these in order):
 *     <ol>
 *       <li>{@code AsyncMethodFinder} — which methods (annotated, not abstract, not bridges), which
 *           calls are awaits (an abstract {@code @Async} method is reported as a note);</li>
 *       <li>{@code AwaitRefusals.checkDeclaration} — constructors, native, synchronized, return type;</li>
 *       <li>{@code ReturnNormalizer} — {@code done(v); areturn} becomes {@code areturn v}, any other
 *           {@code areturn} a tail await;</li>
 *       <li>{@code AwaitRefusals.checkMonitors} — awaits inside {@code synchronized} blocks;</li>
 *       <li>{@code NewDupNormalizer} (over {@code UninitAnalysis}) — no uninitialised object on the
 *           stack or in a local at an await; static-initialiser order kept;</li>
 *       <li>{@code FrameAnalysis} ({@code TypeInterpreter} over a {@code TypeHierarchy} read from
 *           class bytes) and {@code Liveness} (exception edges included);</li>
 *       <li>{@code StateMachineEmitter} (with {@code SpillPlan}, {@code FrameCode}) — dispatch,
 *           fast path, spills, {@code TAKE_n} inline in the original try ranges, restore blocks
 *           after all original code; awaits with equal plans share their spill and restore code;</li>
 *       <li>{@code LocalRemapper} — the body's slot layout (frame at 1);</li>
 *       <li>{@code DebugInfo} — line entries at the dispatch, every await and every restore
 *           block; local-variable entries kept only with valid ranges;</li>
 *       <li>{@code CreatorEmitter} — the original method now creates the frame
 *           ({@code invokedynamic} of {@code LambdaMetafactory} to the body) and stores the live
 *           arguments.</li>
 *     </ol>
 *     A refused method becomes a {@code RefusalStub} (throws {@code IllegalStateException} with the
 *     diagnostic, which is also reported).</li>
 *   <li>Writing: a {@code HierarchyClassWriter} (frames computed from the {@code TypeHierarchy},
 *       never by loading classes) copies every method that is not rewritten byte for byte (its
 *       frames included) and computes frames for the rewritten ones. Class files older than 52 are
 *       bumped to 52 with all frames computed (refused, class unchanged, if they use JSR/RET). A
 *       method that overflows 64 KiB once rewritten is refused alone and the class written again.
 *       Any other failure leaves the class unchanged, reported with its name and cause.</li>
 * </ol>
 *
 * <p>What the generated code looks like and what it may call in the runtime is fixed by
 * {@code docs/PROTOCOL.md}.
 */
package dev.boucle.agent;

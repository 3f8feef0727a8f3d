/**
 * Boucle's instrumenter: the pure class-file transformation that turns {@code @Async} methods into
 * state machines. It reads class files through a {@link dev.boucle.instrumenter.ClassFileSource}
 * and never loads a class; the agent, the Maven plugin, the command-line tool and the tests all
 * call it.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link dev.boucle.instrumenter.Instrumenter#instrument} — {@code byte[] -> byte[]}, one class.</li>
 *   <li>{@link dev.boucle.instrumenter.ClassDirectory} — every class file of a directory, in place
 *       (what the build-time tools run).</li>
 * </ul>
 *
 * <h2>How a class is rewritten</h2>
 * {@code Instrumenter} skips, with one byte scan, every class whose constant pool does not mention
 * {@code Ldev/boucle/Async;}, and returns a class carrying the {@code dev.boucle.Instrumented}
 * marker unchanged. {@code ClassRewriter} runs the {@code Pipeline} on each {@code @Async} method:
 * the list of passes there is the only statement of their order, each pass's javadoc says its one
 * job, and {@code MethodContext} holds what the passes derive for each other. A refused method
 * becomes a {@code RefusalStub}; the rest of the class is rewritten. What the generated code looks
 * like and what it may call in the runtime is fixed by {@code docs/PROTOCOL.md}.
 */
package dev.boucle.instrumenter;

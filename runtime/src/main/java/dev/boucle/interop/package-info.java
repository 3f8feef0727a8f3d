/**
 * Bridges between a loop and the rest of Java: awaiting {@code CompletionStage}s completed on any
 * thread, running blocking calls on other threads ({@code toThread}), futures of tasks, and a loop on
 * a thread of its own ({@link dev.boucle.interop.LoopThread}). The everyday entry points are
 * {@code Boucle.await(CompletionStage)}, {@code Boucle.toThread}, {@code Loop.submit} and
 * {@code Task.toCompletableFuture}; {@link dev.boucle.interop.Interop} has the explicit variants.
 */
package dev.boucle.interop;

/**
 * Context that follows a task, like asyncio's {@code contextvars}: {@link dev.boucle.context.TaskLocal}
 * values inherited by the tasks a task creates and copied into its {@code toThread} work, and a
 * {@link dev.boucle.context.ContextHook} to carry them into a logging MDC across task switches.
 */
package dev.boucle.context;

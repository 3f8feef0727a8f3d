package dev.boucle.context;

/**
 * Told each time the {@link Context} in force on a thread changes: before the loop runs a step of a
 * task whose context differs from the one last announced on that thread, after a
 * {@link TaskLocal#set} or {@link TaskLocal#remove} in the running task, and around {@code toThread}
 * work on its worker thread. The place to copy task-locals into a logging MDC, with no logging
 * dependency in Boucle:
 *
 * <pre>{@code
 * static final TaskLocal<Map<String, String>> MDC_MAP = new TaskLocal<>("mdc", Map.of());
 * Context.addHook(c -> MDC.setContextMap(MDC_MAP.in(c)));
 * }</pre>
 *
 * <p>Runs on the thread whose context changed, on the loop's hot path: keep it short. An exception it
 * throws is reported on standard error and ignored.
 */
@FunctionalInterface
public interface ContextHook {
    void entered(Context now);
}

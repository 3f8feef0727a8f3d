package dev.boucle;

/**
 * Thrown into a task at its suspension point when it is cancelled ({@link Task#cancel()},
 * {@link Boucle#cancel(Task)}), so that its {@code finally} blocks and try-with-resources run. A
 * task whose body lets it escape ends {@link Task.Status#CANCELLED}. Also what awaiting a
 * cancelled task throws.
 *
 * <p>Catching it and going on is allowed (the task then ends as its code decides), but the
 * cancellation was asked for a reason: rethrow it after cleaning up.
 */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Set while the loop makes a cancellation: its Java stack is the loop's alone, not worth filling. */
    private static final ThreadLocal<Boolean> BY_LOOP = new ThreadLocal<>();

    /** The cancel scope whose cancellation this is; null for {@link Task#cancel()}'s. */
    transient Object origin;

    public CancelledException(String message) {
        super(message);
    }

    /**
     * A cancellation made by the loop, to be thrown at a task's await: its stack trace is not filled
     * from the Java stack (the loop's frames, which say nothing, and filling them costs more than the
     * cancellation); the loop writes the task's await chain into it when it delivers it.
     */
    static CancelledException byLoop(String message) {
        BY_LOOP.set(Boolean.TRUE);
        try {
            return new CancelledException(message);
        } finally {
            BY_LOOP.remove();
        }
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return BY_LOOP.get() != null ? this : super.fillInStackTrace();
    }
}

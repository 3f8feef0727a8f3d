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

    /** The cancel scope whose cancellation this is; null for {@link Task#cancel()}'s. */
    transient Object origin;

    public CancelledException(String message) {
        super(message);
    }
}

package dev.boucle.sync;

/**
 * Thrown by {@link Barrier#arrive()} when the barrier is aborted or reset (asyncio's
 * {@code BrokenBarrierError}; named so as not to clash with
 * {@code java.util.concurrent.BrokenBarrierException}, which is checked).
 */
public final class BarrierBrokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BarrierBrokenException(String message) {
        super(message);
    }
}

package dev.boucle.sync;

/** {@link Queue#putNowait} on a queue that has {@code maxsize} items (asyncio's {@code QueueFull}). */
public final class QueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueFullException(String message) {
        super(message);
    }
}

package dev.boucle.sync;

/** {@link Queue#getNowait} on an empty queue (asyncio's {@code QueueEmpty}). */
public final class QueueEmptyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueEmptyException(String message) {
        super(message);
    }
}

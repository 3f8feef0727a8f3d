package dev.boucle.sync;

/**
 * A put on a queue that was {@link Queue#shutdown shut down}, or a get on one that is shut down and
 * empty (Python 3.13's {@code QueueShutDown}); also thrown into the tasks waiting on the queue
 * when it shuts down.
 */
public final class QueueShutDownException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueShutDownException(String message) {
        super(message);
    }
}

package dev.boucle;

/**
 * What awaiting {@link Boucle#withTimeout} or {@link Boucle#withDeadline} throws when the time ran
 * out before the coroutine finished: the coroutine was cancelled at its suspension point, its
 * {@code finally} blocks ran, and only then was this thrown, from the scope whose deadline fired.
 *
 * <p>Unchecked, and named so that it does not clash with
 * {@code java.util.concurrent.TimeoutException} when both packages are imported with {@code *}. It
 * is not a {@link CancelledException}: a timeout is a failure of the awaiting code, which may catch
 * it and go on, while a cancellation asks the whole task to stop. Its cause is the cancellation
 * the coroutine got.
 */
public final class DeadlineExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeadlineExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.boucle.sync;

/**
 * A {@link Semaphore} that refuses to be released more times than it was acquired (asyncio's
 * {@code BoundedSemaphore}): a release that would take the count past the initial number of
 * permits throws {@link IllegalStateException} and changes nothing. Catches the classic bug of a
 * release on a path that did not acquire.
 */
public final class BoundedSemaphore extends Semaphore {
    private final int bound;

    public BoundedSemaphore(int permits) {
        super(permits);
        this.bound = permits;
    }

    @Override
    void checkRelease() {
        if (available() >= bound) {
            throw new IllegalStateException("Boucle: BoundedSemaphore.release() called more times than acquire(): all "
                    + bound + " permits are already available");
        }
    }

    @Override
    String kind() {
        return "BoundedSemaphore";
    }
}

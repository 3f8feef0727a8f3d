package dev.boucle;

/**
 * A countdown that tasks can await: awaiting it suspends until {@link #set()} was called
 * {@code n} times (the seeds' {@code Waiter}).
 *
 * <p>MINIMAL VERSION: the loop issue implements it.
 */
public final class Waiter implements Awaitable<Void> {
    private int remaining;

    public Waiter(int n) {
        this.remaining = n;
    }

    public void set() {
        remaining--;
    }
}

package dev.boucle.internal;

import dev.boucle.Awaitable;

/**
 * Gives the loop a turn: the sender goes to the back of the ready queue (the seeds'
 * {@code interrupt()}, asyncio's {@code sleep(0)}). A singleton, recognised by identity by
 * {@link Frame#await} and the loop's step, so a yield allocates nothing and needs no handler.
 *
 * <p>It lives here, beside {@link Frame}, and knows nothing of tasks: the frame machinery depends on
 * no class of the loop.
 */
public final class Yield implements Awaitable<Void> {
    /** The one yield message. */
    public static final Yield INSTANCE = new Yield();

    private Yield() {}

    @Override
    public String toString() {
        return "YIELD";
    }
}

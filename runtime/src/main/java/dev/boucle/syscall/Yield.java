package dev.boucle.syscall;

import dev.boucle.Task;

/**
 * Gives the loop a turn: the sender goes to the back of the ready queue (the seeds'
 * {@code interrupt()}, asyncio's {@code sleep(0)}). A singleton, recognised by identity on the
 * loop's hot path, so a yield allocates nothing.
 */
public final class Yield implements Syscall<Void> {
    /** The one yield message. */
    public static final Yield INSTANCE = new Yield();

    private Yield() {}

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        kernel.reply(sender, null);
    }

    @Override
    public String toString() {
        return "YIELD";
    }
}

package dev.boucle.sync;

import dev.boucle.Loop;
import dev.boucle.Task;

/**
 * The loop a primitive belongs to, and the check every public method makes before it changes any
 * state. A primitive binds to a loop at its first use from a loop's thread (or by a task of that
 * loop awaiting it); from then on, a call from another thread, or an await by a task of another
 * loop, is refused with an {@link IllegalStateException} that names the method and the fix.
 * Before it is bound (built and used on a thread running no loop), it accepts any thread.
 */
final class Affinity {
    private Loop loop;

    /**
     * Checks that the caller may use the primitive {@code what} (for messages: {@code "Lock"}) in
     * {@code method} ({@code "release()"}); binds to the caller's loop at first use.
     */
    void check(String what, String method) {
        Loop l = loop;
        if (l == null) {
            loop = Loop.current();
        } else if (!l.inLoopThread()) {
            throw new IllegalStateException("Boucle: " + what + "." + method + " called from thread '"
                    + Thread.currentThread().getName() + "', but this " + what
                    + " belongs to a loop running on another thread; nothing was changed. A " + what
                    + " is for the tasks of one loop: from another thread, go through"
                    + " loop.callSoonThreadsafe(() -> ...)." );
        }
    }

    /** Checks that {@code sender}, awaiting the primitive {@code what}, belongs to its loop; binds at first use. */
    void bind(String what, Task<?> sender) {
        Loop l = loop;
        Loop s = sender.loop();
        if (l == null) {
            loop = s;
        } else if (l != s) {
            throw new IllegalStateException("Boucle: " + sender + " awaits a " + what
                    + " attached to a different loop; nothing was changed. Use a " + what
                    + " from the tasks of one loop.");
        }
    }
}

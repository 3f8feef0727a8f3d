package dev.boucle;

import java.lang.ref.Cleaner;

/**
 * Reports on standard error the exception of a task that failed and became garbage before anyone
 * retrieved it (asyncio's "Task exception was never retrieved"). Registered only for failed tasks.
 */
final class Unretrieved implements Runnable {
    private static final class Holder {
        static final Cleaner CLEANER = Cleaner.create();
    }

    private final Throwable error;
    private final String task;
    volatile boolean retrieved;

    private Unretrieved(Throwable error, String task) {
        this.error = error;
        this.task = task;
    }

    static Unretrieved watch(Task<?> t, Throwable error) {
        Unretrieved u = new Unretrieved(error, t.toString());
        Holder.CLEANER.register(t, u);
        return u;
    }

    @Override
    public void run() {
        if (!retrieved) {
            System.err.println("Boucle: the exception of " + task + " was never retrieved"
                    + " (await the task, or call exception() or result()):");
            error.printStackTrace();
        }
    }
}

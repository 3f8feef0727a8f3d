package dev.boucle;

import java.lang.ref.Cleaner;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports on standard error the exception of a task that failed and that nobody retrieved
 * (asyncio's "Task exception was never retrieved"): when the task becomes garbage, or at the latest
 * when its loop closes, whichever comes first, once. Registered only for failed tasks.
 *
 * <p>The loop keeps the reports still pending ({@link Loop#unretrieved}), so that closing it can
 * print them: a program whose background task failed does not exit in silence because no GC ran.
 * A report leaves that set once it is retrieved or printed, so a long-running loop keeps no
 * exception that was dealt with.
 */
final class Unretrieved implements Runnable {
    private static final class Holder {
        static final Cleaner CLEANER = Cleaner.create();
    }

    private final Throwable error;
    private final String task;
    private final Set<Unretrieved> pending;
    /** Retrieved, or reported: nothing more to say. */
    private boolean settled;

    private Unretrieved(Throwable error, String task, Set<Unretrieved> pending) {
        this.error = error;
        this.task = task;
        this.pending = pending;
    }

    static Unretrieved watch(Task<?> t, Throwable error) {
        Loop loop = t.loop;
        Set<Unretrieved> pending = loop.unretrieved;
        if (pending == null) {
            loop.unretrieved = pending = ConcurrentHashMap.newKeySet();
        }
        Unretrieved u = new Unretrieved(error, t.toString(), pending);
        pending.add(u);
        Holder.CLEANER.register(t, u);
        return u;
    }

    /** The exception was retrieved (joined, {@code exception()}, {@code result()}): no report. */
    void retrieved() {
        settle();
    }

    /** Prints the reports still pending for {@code loop}, which is closing. */
    static void closing(Loop loop) {
        Set<Unretrieved> pending = loop.unretrieved;
        if (pending != null) {
            for (Unretrieved u : pending.toArray(new Unretrieved[0])) {
                u.run();
            }
        }
    }

    private synchronized boolean settle() {
        boolean first = !settled;
        settled = true;
        pending.remove(this);
        return first;
    }

    /** The report; runs once, on the cleaner's thread or on the closing loop's. */
    @Override
    public void run() {
        if (settle()) {
            System.err.println("Boucle: the exception of " + task + " was never retrieved"
                    + " (await the task, or call exception() or result()):");
            error.printStackTrace();
        }
    }
}

package dev.boucle.internal;

import java.lang.ref.Cleaner;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Debug mode's "coroutine ... was never awaited" (Python's RuntimeWarning): every coroutine is
 * watched from its creation, with the place it was created; one that becomes garbage before it
 * was awaited or scheduled is reported on standard error. Only in debug mode: it walks the stack
 * at each creation.
 */
final class NeverAwaited implements Runnable {
    private static final class Holder {
        static final Cleaner CLEANER = Cleaner.create();
        static final Map<Frame, NeverAwaited> WATCHED = Collections.synchronizedMap(new WeakHashMap<>());
        static final StackWalker WALKER = StackWalker.getInstance();
    }

    private final String method;
    private final StackTraceElement createdAt;
    private volatile boolean started;

    private NeverAwaited(String method, StackTraceElement createdAt) {
        this.method = method;
        this.createdAt = createdAt;
    }

    /** {@code f} was just made by its {@code @Async} method. */
    static void created(Frame f) {
        String owner = f.owner.replace('/', '.');
        // skip the runtime's frames and the @Async method itself: the caller made the coroutine
        StackTraceElement site = Holder.WALKER.walk(s -> s
                .dropWhile(x -> x.getClassName().startsWith("dev.boucle.internal.")
                        || (x.getClassName().equals(owner) && x.getMethodName().equals(f.name)))
                .findFirst()
                .map(StackWalker.StackFrame::toStackTraceElement)
                .orElse(null));
        NeverAwaited w = new NeverAwaited(f.qualifiedName(), site);
        Holder.WATCHED.put(f, w);
        Holder.CLEANER.register(f, w);
    }

    /** {@code f} was awaited or scheduled. */
    static void started(Frame f) {
        NeverAwaited w = Holder.WATCHED.remove(f);
        if (w != null) {
            w.started = true;
        }
    }

    @Override
    public void run() {
        if (!started) {
            System.err.println("Boucle: coroutine " + method + " was never awaited (nor scheduled); it was created at "
                    + (createdAt == null ? "an unknown place" : createdAt) + ". Await it, schedule it"
                    + " (loop.schedule(c), ensureFuture(c)), or do not call the @Async method.");
        }
    }
}

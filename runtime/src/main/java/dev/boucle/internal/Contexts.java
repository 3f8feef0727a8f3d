package dev.boucle.internal;

import dev.boucle.context.Context;
import dev.boucle.context.ContextHook;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where a task's {@link Context} is kept, and the hooks told when the context in force on a thread
 * changes. For {@code dev.boucle} and {@code dev.boucle.context}; not an API.
 */
public final class Contexts {
    private Contexts() {}

    /** The context in force on a thread that runs no task step (a {@code toThread} worker, main). */
    private static final ThreadLocal<Context> THREAD = new ThreadLocal<>();
    /** With hooks installed: the context last announced on this thread, so a switch is announced once. */
    private static final ThreadLocal<Context> ANNOUNCED = new ThreadLocal<>();
    private static final CopyOnWriteArrayList<ContextHook> HOOKS = new CopyOnWriteArrayList<>();
    /** Whether any hook is installed: the loop's step reads this plain field, nothing more, otherwise. */
    public static volatile boolean hooked;

    public static Context of(Fiber f) {
        return (Context) f.context;
    }

    public static void set(Fiber f, Context c) {
        f.context = c;
    }

    public static Context ofThread() {
        return THREAD.get();
    }

    /** Installs {@code c} on this thread; returns what was installed before. */
    public static Context setThread(Context c) {
        Context prev = THREAD.get();
        THREAD.set(c);
        if (hooked) {
            announce(c);
        }
        return prev;
    }

    /** The loop is about to run a step of {@code f}: announce its context if it changed. */
    public static void enter(Fiber f) {
        announce((Context) f.context);
    }

    /** Tells the hooks that {@code c} is now in force on this thread, if it was not already. */
    public static void announce(Context c) {
        Context now = c == null ? Context.EMPTY : c;
        if (ANNOUNCED.get() != now) {
            ANNOUNCED.set(now);
            for (ContextHook h : HOOKS) {
                try {
                    h.entered(now);
                } catch (RuntimeException e) {
                    System.err.println("Boucle: the context hook " + h + " failed:");
                    e.printStackTrace();
                }
            }
        }
    }

    public static void addHook(ContextHook h) {
        HOOKS.add(h);
        hooked = true;
    }

    public static void removeHook(ContextHook h) {
        HOOKS.remove(h);
        hooked = !HOOKS.isEmpty();
    }
}

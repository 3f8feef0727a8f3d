package dev.boucle.internal;

import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.debug.LoopListener;
import java.util.function.Consumer;

/**
 * What {@code dev.boucle.debug} may see of a loop's and a task's insides, without widening the
 * public API of {@link Loop} and {@link Task}: the loop installs the one implementation when its
 * class initialises (the JDK's "shared secrets" pattern). All of it is for the loop's thread.
 */
public abstract class LoopAccess {
    private static volatile LoopAccess impl;

    protected LoopAccess() {}

    /** Installed once, by {@link Loop}'s static initialiser; later calls are ignored. */
    public static synchronized void install(LoopAccess a) {
        if (impl == null) {
            impl = a;
        }
    }

    public static LoopAccess get() {
        LoopAccess a = impl;
        if (a == null) {
            try {
                Class.forName(Loop.class.getName(), true, LoopAccess.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = impl;
        }
        return a;
    }

    /** The loop's listener (one, or a composite of several), {@code null} if none. */
    public abstract LoopListener listener(Loop loop);

    public abstract void setListener(Loop loop, LoopListener listener);

    /** Calls {@code action} with each task of {@code loop} that is not done, oldest first, copying nothing. */
    public abstract void forEachLive(Loop loop, Consumer<Task<?>> action);

    public abstract int liveCount(Loop loop);

    /** {@code "ready"}, {@code "running"}, or what the task waits on ({@code "waiting: sleep until ..."}). */
    public abstract String whereIs(Task<?> task);

    /** Whether the current thread is the one running {@code loop} (or nothing runs it). */
    public abstract boolean onLoopThread(Loop loop);

    /** The frame {@code task} resumes next (while it runs: the one that suspended last); {@code null} once done. */
    public abstract Frame innermost(Task<?> task);

    /** The thread running {@code loop}, {@code null} when it does not run. */
    public abstract Thread thread(Loop loop);
}

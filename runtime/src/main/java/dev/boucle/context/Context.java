package dev.boucle.context;

import dev.boucle.Task;
import dev.boucle.internal.Contexts;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * An immutable set of {@link TaskLocal} values: what asyncio calls a context ({@code contextvars}).
 * Every task has one; a task created by another (scheduled, spawned, gathered, submitted from a
 * thread) starts with its creator's context at that moment, and {@code Boucle.toThread} work runs
 * with a copy of the awaiting task's. Setting a {@link TaskLocal} replaces the current task's
 * context with a new one, so tasks created before keep the values they had: a context is copied,
 * never shared.
 */
public final class Context {
    /** The context with no value set. */
    public static final Context EMPTY = new Context(new Object[0]);

    /** Keys and values, alternating. Small: a linear scan beats hashing for a handful of locals. */
    private final Object[] entries;

    private Context(Object[] entries) {
        this.entries = entries;
    }

    /**
     * The context in force on this thread: the running task's on a loop's thread, otherwise the one
     * installed on the thread ({@link #call}, a {@code toThread} worker), otherwise {@link #EMPTY}.
     */
    public static Context current() {
        Task<?> t = Task.current();
        Context c = t != null ? Contexts.of(t) : Contexts.ofThread();
        return c == null ? EMPTY : c;
    }

    /** Installs hooks told each time the context in force on a thread changes (logging MDC). */
    public static void addHook(ContextHook hook) {
        Contexts.addHook(Objects.requireNonNull(hook, "hook"));
    }

    public static void removeHook(ContextHook hook) {
        Contexts.removeHook(hook);
    }

    /** The value of {@code local} here, or {@code null} if it has none. */
    @SuppressWarnings("unchecked")
    <T> T value(TaskLocal<T> local, T orElse) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i] == local) {
                return (T) entries[i + 1];
            }
        }
        return orElse;
    }

    boolean has(TaskLocal<?> local) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i] == local) {
                return true;
            }
        }
        return false;
    }

    /** This context with {@code local} set to {@code value}. */
    <T> Context with(TaskLocal<T> local, T value) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i] == local) {
                Object[] e = entries.clone();
                e[i + 1] = value;
                return new Context(e);
            }
        }
        Object[] e = Arrays.copyOf(entries, entries.length + 2);
        e[entries.length] = local;
        e[entries.length + 1] = value;
        return new Context(e);
    }

    /** This context without {@code local}. */
    Context without(TaskLocal<?> local) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i] == local) {
                Object[] e = new Object[entries.length - 2];
                System.arraycopy(entries, 0, e, 0, i);
                System.arraycopy(entries, i + 2, e, i, entries.length - i - 2);
                return e.length == 0 ? EMPTY : new Context(e);
            }
        }
        return this;
    }

    /**
     * Runs {@code work} on this thread with this context installed (what {@code toThread} does on
     * its worker; use it to carry a context into your own executors), then restores the previous one.
     * Values set inside stay inside, as with {@code contextvars.Context.run}.
     */
    public <T> T call(Callable<T> work) throws Exception {
        Context prev = Contexts.setThread(this);
        try {
            return work.call();
        } finally {
            Contexts.setThread(prev);
        }
    }

    /** {@code work} bound to this context: it runs with it installed, on whatever thread calls it. */
    public <T> Callable<T> wrap(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return () -> call(work);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("<Context");
        for (int i = 0; i < entries.length; i += 2) {
            b.append(i == 0 ? " " : ", ").append(((TaskLocal<?>) entries[i]).name()).append('=').append(entries[i + 1]);
        }
        return b.append('>').toString();
    }
}

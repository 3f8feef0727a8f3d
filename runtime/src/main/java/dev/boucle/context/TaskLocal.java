package dev.boucle.context;

import dev.boucle.Task;
import dev.boucle.internal.Contexts;
import java.util.Objects;

/**
 * A variable with one value per task (asyncio's {@code ContextVar}): set in a task, it is seen by
 * that task and by the tasks and {@code toThread} work it creates afterwards, never by others.
 *
 * <pre>{@code
 * static final TaskLocal<String> REQUEST_ID = new TaskLocal<>("requestId", "-");
 * REQUEST_ID.set(id);                         // in the task handling a request
 * await(toThread(() -> log(REQUEST_ID.get())));   // the worker sees it
 * }</pre>
 *
 * <p>Outside a task (on a thread that runs no loop step), get and set work on the thread's own
 * context, which the tasks it creates ({@code Loop.run}, {@code Loop.submit}) inherit.
 */
public final class TaskLocal<T> {
    private final String name;
    private final T initial;

    /** A task-local whose value is {@code initial} wherever it was not set. */
    public TaskLocal(String name, T initial) {
        this.name = Objects.requireNonNull(name, "name");
        this.initial = initial;
    }

    /** A task-local whose value is {@code null} wherever it was not set. */
    public TaskLocal(String name) {
        this(name, null);
    }

    public String name() {
        return name;
    }

    /** The value in the current context ({@link Context#current()}), or the initial value. */
    public T get() {
        return Context.current().value(this, initial);
    }

    /** The value in {@code c}, or the initial value: for {@link ContextHook}s. */
    public T in(Context c) {
        return c.value(this, initial);
    }

    /** Whether the current context has a value for this local (set, even to {@code null}). */
    public boolean isSet() {
        return Context.current().has(this);
    }

    /** Sets the value for the current task (or thread) from now on, and for what it creates later. */
    public void set(T value) {
        install(Context.current().with(this, value));
    }

    /** Forgets the value in the current context: {@link #get()} gives the initial value again. */
    public void remove() {
        install(Context.current().without(this));
    }

    private static void install(Context c) {
        Task<?> t = Task.current();
        if (t != null) {
            Contexts.set(t, c);
            if (Contexts.hooked) {
                Contexts.announce(c);
            }
        } else {
            Contexts.setThread(c);
        }
    }

    @Override
    public String toString() {
        return "<TaskLocal " + name + ">";
    }
}

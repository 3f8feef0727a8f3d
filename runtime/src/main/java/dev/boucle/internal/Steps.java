package dev.boucle.internal;

import dev.boucle.Awaitable;
import dev.boucle.Coroutine;

/**
 * A hand-written coroutine for runtime code that cannot use {@code @Async} (the runtime is not
 * rewritten by the agent): a loop of {@link #step}s, each of which either finishes with a value or
 * asks, through {@link #await}, for one awaitable to be awaited before the next step. The value of
 * that await is the next step's argument; its failure goes to {@link #failed}.
 *
 * <p>This is the shape the agent gives an {@code @Async} method, reduced to one suspension point:
 * label 0 before the first step, 1 while suspended. An awaitable that completes inline (a child
 * coroutine that did not suspend) costs no trip through the loop. State kept across steps lives in
 * the subclass's fields; one instance runs once, as one {@link Frame}.
 */
public abstract class Steps<T> implements Body {
    /** What {@link #step} returns to ask for an await: never a user value. */
    protected static final Object AWAIT = new Object() {
        @Override
        public String toString() {
            return "AWAIT";
        }
    };

    /** Owners' internal names, computed once per class: a read of a line must not build a string for its frame. */
    private static final ClassValue<String> INTERNAL_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> c) {
            return c.getName().replace('.', '/');
        }
    };

    private Awaitable<?> next;
    private Frame frame;

    /** The task running this operation (a {@code dev.boucle.Task}); valid inside {@link #step} and {@link #failed}. */
    protected final Fiber task() {
        return frame.task();
    }

    /**
     * One step: the result of the whole operation, or {@link #AWAIT} (returned by {@link #await}).
     *
     * @param sent the value of the previous await; {@code null} for the first step
     */
    protected abstract Object step(Object sent);

    /**
     * The previous await failed with {@code error}: return a value to go on with (passed to the next
     * step), or throw. The default rethrows. An override must rethrow cancellation.
     */
    protected Object failed(RuntimeException error) {
        throw error;
    }

    /** Returned by a step: await {@code a}, then run the next step with its value. */
    protected final Object await(Awaitable<?> a) {
        next = a;
        return AWAIT;
    }

    /** This operation as a coroutine, shown in stack traces as {@code owner.name}. */
    @SuppressWarnings("unchecked")
    public final <R extends T> Coroutine<R> coroutine(Class<?> owner, String name) {
        return (Coroutine<R>) (Coroutine<?>) new Frame(this, null, INTERNAL_NAMES.get(owner), name, 0, 0);
    }

    @Override
    public final Object resume(Object self, Frame f) {
        frame = f;
        Object sent = null;
        if (f.label != 0) {
            try {
                sent = f.takeSent();
            } catch (RuntimeException e) {
                sent = failed(e);
            }
        }
        for (;;) {
            Object r = step(sent);
            if (r != AWAIT) {
                return r;
            }
            Awaitable<?> a = next;
            next = null;
            try {
                sent = Frame.await(a, f);
            } catch (RuntimeException e) {
                sent = failed(e);
                continue;
            }
            if (sent == Frame.SUSPENDED) {
                f.label = 1;
                return sent;
            }
        }
    }
}

package dev.boucle.syscall;

import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Task;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Runs coroutines concurrently, each as a child task, and replies with their results in argument
 * order once all finished. The first child that fails (or is cancelled) fails the sender with its
 * exception, and the other children are cancelled. Cancelling the sender cancels the children.
 *
 * <p>Written only against the public SPI ({@link Kernel}, {@link Task#onDone}), as a user's own
 * syscall would be.
 */
public final class Gather<T> implements Syscall<List<T>> {
    private final Coroutine<? extends T>[] coroutines;
    /** asyncio's {@code return_exceptions=True}: wait for all, fail for none, reply with the tasks. */
    private final boolean settled;

    @SafeVarargs
    public Gather(Coroutine<? extends T>... coroutines) {
        this(false, coroutines);
    }

    private Gather(boolean settled, Coroutine<? extends T>[] coroutines) {
        if (coroutines == null) {
            throw new NullPointerException("gather: the coroutines argument is null");
        }
        for (Coroutine<? extends T> c : coroutines) {
            if (c == null) {
                throw new NullPointerException("gather(..., null, ...): one of the coroutines is null");
            }
        }
        this.coroutines = coroutines.clone();
        this.settled = settled;
    }

    /**
     * Runs the coroutines concurrently and replies, once every one has ended, with their tasks in
     * argument order: FINISHED, ERROR or CANCELLED, none failing the others (asyncio's
     * {@code gather(..., return_exceptions=True)}). Cancelling the sender cancels them.
     */
    @SuppressWarnings("unchecked")
    public static <T> Syscall<List<Task<T>>> settled(List<? extends Coroutine<? extends T>> coroutines) {
        if (coroutines == null) {
            throw new NullPointerException("gatherSettled: the coroutines argument is null");
        }
        return (Syscall<List<Task<T>>>) (Syscall<?>) new Gather<T>(true, coroutines.toArray(new Coroutine[0]));
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        int n = coroutines.length;
        if (n == 0) {
            kernel.reply(sender, Collections.emptyList());
            return;
        }
        State s = new State(kernel, sender, n, settled);
        for (int i = 0; i < n; i++) {
            try {
                s.children[i] = kernel.spawn(coroutines[i]);
            } catch (RuntimeException e) {
                s.cancelChildren();
                throw e;
            }
        }
        kernel.onCancel(sender, s::senderCancelled);
        for (int i = 0; i < n; i++) {
            int index = i;
            s.children[i].onDone(t -> s.childDone(index, t));
        }
    }

    /** One gather in progress. */
    private static final class State {
        final Kernel kernel;
        final Task<?> sender;
        final Task<?>[] children;
        final Object[] results;
        final boolean settled;
        int remaining;
        boolean over;

        State(Kernel kernel, Task<?> sender, int n, boolean settled) {
            this.settled = settled;
            this.kernel = kernel;
            this.sender = sender;
            this.children = new Task<?>[n];
            this.results = new Object[n];
            this.remaining = n;
        }

        void childDone(int index, Task<?> child) {
            if (over) {
                return;
            }
            if (settled) {
                results[index] = child;
                if (--remaining == 0) {
                    over = true;
                    kernel.reply(sender, Collections.unmodifiableList(Arrays.asList(results)));
                }
                return;
            }
            switch (child.status()) {
                case FINISHED:
                    results[index] = child.result();
                    if (--remaining == 0) {
                        over = true;
                        kernel.reply(sender, Collections.unmodifiableList(Arrays.asList(results)));
                    }
                    return;
                case ERROR:
                    over = true;
                    cancelChildren();
                    kernel.fail(sender, child.exception());
                    return;
                default:
                    over = true;
                    cancelChildren();
                    kernel.fail(sender, new CancelledException("gather: " + child + " was cancelled"));
            }
        }

        void senderCancelled() {
            over = true;
            cancelChildren();
        }

        void cancelChildren() {
            for (Task<?> c : children) {
                if (c != null) {
                    c.cancel();
                }
            }
        }
    }

    @Override
    public String toString() {
        return "GATHER(" + coroutines.length + " coroutines)";
    }
}

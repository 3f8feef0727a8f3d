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

    @SafeVarargs
    public Gather(Coroutine<? extends T>... coroutines) {
        for (Coroutine<? extends T> c : coroutines) {
            if (c == null) {
                throw new NullPointerException("gather(..., null, ...)");
            }
        }
        this.coroutines = coroutines.clone();
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        int n = coroutines.length;
        if (n == 0) {
            kernel.reply(sender, Collections.emptyList());
            return;
        }
        State s = new State(kernel, sender, n);
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
        int remaining;
        boolean over;

        State(Kernel kernel, Task<?> sender, int n) {
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

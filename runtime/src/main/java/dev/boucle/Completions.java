package dev.boucle;

import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import dev.boucle.syscall.WaitQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Tasks in the order they finish: {@link Boucle#asCompleted}'s awaitables each take the next one to
 * finish, whichever of them is awaited first. A finished task handed to an awaiter that is cancelled
 * before it runs goes back to the front, for the next awaiter.
 */
final class Completions implements Syscall<Task<?>>, Consumer<Task<?>> {
    private final ArrayDeque<Task<?>> finished = new ArrayDeque<>();
    private final WaitQueue waiting = new WaitQueue() {
        @Override
        public void refund(Task<?> task, Object value) {
            finished.addFirst((Task<?>) value);
            handOut();
        }
    };

    static <T> List<Awaitable<T>> of(Collection<? extends Coroutine<? extends T>> cs) {
        Objects.requireNonNull(cs, "Boucle.asCompleted: the coroutines argument is null");
        Loop loop = Loop.current();
        if (loop == null) {
            throw new IllegalStateException("Boucle.asCompleted: no loop runs on this thread; call it from an @Async"
                    + " method (it schedules the coroutines on the current loop at once, as asyncio.as_completed does)");
        }
        for (Coroutine<?> c : cs) {
            Objects.requireNonNull(c, "Boucle.asCompleted: one of the coroutines is null");
        }
        Completions all = new Completions();
        List<Awaitable<T>> out = new ArrayList<>(cs.size());
        for (Coroutine<? extends T> c : cs) {
            loop.schedule(c).onDone(all);
            out.add(Then.of("asCompleted", t -> all, task -> Completions.<T>outcome(task)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T outcome(Task<?> t) {
        return (T) t.result(); // the value, or the task's exception thrown (it counts as retrieved)
    }

    @Override
    public void accept(Task<?> done) {
        finished.addLast(done);
        handOut();
    }

    private void handOut() {
        while (!finished.isEmpty() && !waiting.isEmpty()) {
            waiting.wakeFirst(finished.pollFirst());
        }
    }

    @Override
    public Object poll(Task<?> sender) {
        Task<?> t = finished.pollFirst();
        return t != null ? t : NOT_READY;
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        waiting.park(kernel, sender);
    }

    @Override
    public String toString() {
        return "asCompleted (" + finished.size() + " finished, not taken)";
    }
}

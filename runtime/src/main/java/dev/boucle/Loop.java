package dev.boucle;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * A single-threaded event loop: a FIFO of ready tasks run round-robin, each to its next
 * suspension, answering the messages they send.
 *
 * <p>MINIMAL VERSION (transformer issue): only yields are answered; the loop issue adds syscalls,
 * timers, the selector and thread-safe wake-ups.
 */
public final class Loop implements AutoCloseable {
    private static final ThreadLocal<Loop> CURRENT = new ThreadLocal<>();

    private final ArrayDeque<Task<?>> ready = new ArrayDeque<>();

    public Loop() {}

    /** The loop running on this thread, or {@code null}. */
    public static Loop current() {
        return CURRENT.get();
    }

    public <T> Task<T> schedule(Coroutine<T> c) {
        Task<T> t = new Task<>(c);
        ready.add(t);
        return t;
    }

    public void runUntilEmpty() {
        Loop previous = CURRENT.get();
        CURRENT.set(this);
        try {
            Task<?> t;
            while ((t = ready.poll()) != null) {
                runStep(t);
            }
        } finally {
            CURRENT.set(previous);
        }
    }

    public <T> T runUntilComplete(Coroutine<T> c) {
        Task<T> task = schedule(c);
        Loop previous = CURRENT.get();
        CURRENT.set(this);
        try {
            while (!task.isDone()) {
                Task<?> t = ready.poll();
                if (t == null) {
                    throw new IllegalStateException("Boucle: the loop ran out of tasks before " + task + " finished");
                }
                runStep(t);
            }
        } finally {
            CURRENT.set(previous);
        }
        if (task.status() == Task.Status.ERROR) {
            throw Loop.<RuntimeException>sneaky(task.exception());
        }
        return task.result();
    }

    public static <T> T run(Coroutine<T> c) {
        try (Loop loop = new Loop()) {
            return loop.runUntilComplete(c);
        }
    }

    private void runStep(Task<?> t) {
        if (t.step(null, null)) {
            Object m = t.pendingMessage();
            if (m == YieldNow.INSTANCE) {
                ready.add(t);
            } else {
                throw new UnsupportedOperationException("TODO(loop issue): " + m);
            }
        }
    }

    public void callSoon(Runnable r) {
        throw new UnsupportedOperationException("TODO(loop issue)");
    }

    public void callLater(Duration delay, Runnable r) {
        throw new UnsupportedOperationException("TODO(loop issue)");
    }

    public void callSoonThreadsafe(Runnable r) {
        throw new UnsupportedOperationException("TODO(loop issue)");
    }

    @Override
    public void close() {}

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }

    /** Placeholder yield message until the loop issue's syscalls land. */
    static final class YieldNow implements Awaitable<Void> {
        static final YieldNow INSTANCE = new YieldNow();
    }
}

package dev.boucle.serve;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.Waiter;
import dev.boucle.internal.Frame;
import dev.boucle.net.AsyncSocket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A loop per core: {@code n} {@link Loop}s, each run by its own thread until the group is closed.
 * Tasks of one loop stay on its thread; work for another loop goes through that loop's thread-safe
 * door ({@link #execute}, {@link #spawn}: {@link Loop#callSoonThreadsafe}).
 *
 * <pre>{@code
 * try (LoopGroup group = new LoopGroup(Runtime.getRuntime().availableProcessors())) {
 *     SharedListener l = group.listen(new InetSocketAddress(6379), socket -> handle(socket));
 *     ...
 * }   // close(): every loop cancels its tasks, runs them to their end, and its thread exits
 * }</pre>
 *
 * <p>{@link #listen} shares one listening address across the loops (see {@link SharedListener}); a
 * connection stays on the loop that accepted or received it, for its whole life.
 *
 * <p>Closing: each loop cancels every task it has (the accept loops, which close their listening
 * sockets, and every connection's task, whose {@code finally} blocks run), runs them until they are
 * done, and closes; {@link #close} returns when every thread has ended. A task that ignores
 * cancellation keeps its loop's thread alive, and {@link #close} says so after its timeout.
 */
public final class LoopGroup implements AutoCloseable {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Loop[] loops;
    private final Thread[] threads;
    private final CountDownLatch ended;
    private volatile boolean closing;
    private int nextLoop; // round-robin for spawn(Coroutine): any thread, a hint only

    /** Starts {@code n} loops, each on a new platform thread named {@code boucle-loop-i}. */
    public LoopGroup(int n) {
        if (n < 1 || n > 1024) {
            throw new IllegalArgumentException("LoopGroup(" + n + "): the number of loops must be 1..1024"
                    + " (one per core: Runtime.getRuntime().availableProcessors())");
        }
        loops = new Loop[n];
        threads = new Thread[n];
        ended = new CountDownLatch(n);
        CountDownLatch started = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            Loop loop = new Loop();
            loops[i] = loop;
            threads[i] = new Thread(() -> run(loop, started), "boucle-loop-" + i);
        }
        for (Thread t : threads) {
            t.start();
        }
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("LoopGroup: interrupted while its loops started", e);
        }
    }

    /** A loop's thread: keeps the loop alive with a task that waits until cancelled, then runs it until nothing is left. */
    private void run(Loop loop, CountDownLatch started) {
        try {
            Waiter never = new Waiter(1);
            loop.schedule(parkOn(never), "loop group: alive until close");
            started.countDown();
            loop.runUntilEmpty();
        } finally {
            started.countDown(); // harmless twice: lets the constructor go on if the loop failed
            try {
                loop.close();
            } finally {
                ended.countDown();
            }
        }
    }

    /** A coroutine that awaits {@code w}: the agent's shape, written by hand (the runtime is not transformed). */
    private static Coroutine<Void> parkOn(Waiter w) {
        Frame f = new Frame((self, frame) -> {
            if (frame.label == 0) {
                Object r = Frame.await(w, frame);
                if (r == Frame.SUSPENDED) {
                    frame.label = 1;
                    return r;
                }
                return null;
            }
            frame.takeSent(); // the cancellation of close()
            return null;
        }, null, "dev/boucle/serve/LoopGroup", "park", 0, 0);
        @SuppressWarnings("unchecked")
        Coroutine<Void> c = (Coroutine<Void>) (Coroutine<?>) f;
        return c;
    }

    /** The number of loops. */
    public int size() {
        return loops.length;
    }

    /** Loop {@code i} (0-based). Use it from other threads only through its thread-safe methods. */
    public Loop loop(int i) {
        Objects.checkIndex(i, loops.length);
        return loops[i];
    }

    /** Runs {@code r} on loop {@code i}'s thread, soon; from any thread. */
    public void execute(int i, Runnable r) {
        Objects.requireNonNull(r, "r");
        checkNotClosing("execute");
        loop(i).callSoonThreadsafe(r);
    }

    /**
     * Schedules the coroutine made by {@code c} as a task of loop {@code i}; {@code c} is called on
     * that loop's thread. From any thread. The task, once scheduled, stays on that loop.
     */
    public void spawn(int i, java.util.function.Supplier<? extends Coroutine<?>> c) {
        Objects.requireNonNull(c, "c");
        Loop loop = loop(i);
        execute(i, () -> loop.schedule(c.get()));
    }

    /** The next loop in round-robin order, for spreading work. */
    public synchronized int nextIndex() {
        int i = nextLoop;
        nextLoop = (i + 1) % loops.length;
        return i;
    }

    /** Which of this group's loops runs on the calling thread, or -1. */
    public int currentIndex() {
        Loop current = Loop.current();
        for (int i = 0; i < loops.length; i++) {
            if (loops[i] == current) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Listens on {@code address} with every loop of the group: {@code handler} is called on a
     * connection's loop, with the connected socket, and the coroutine it returns runs there as the
     * connection's task (it should close the socket when done: try-with-resources). See
     * {@link SharedListener} for how connections are spread.
     */
    public SharedListener listen(SocketAddress address, Function<AsyncSocket, ? extends Coroutine<?>> handler) {
        return listen(address, null, handler);
    }

    /**
     * {@link #listen(SocketAddress, Function)} with the way of sharing chosen: {@code null} for the
     * default ({@link SharedListener.Mode#REUSE_PORT} where the OS offers it and there are several
     * loops), or {@link SharedListener.Mode#ACCEPTOR} for an even round-robin spread.
     *
     * @throws UnsupportedOperationException if {@code REUSE_PORT} is asked for where the OS lacks it
     */
    public SharedListener listen(SocketAddress address, SharedListener.Mode mode,
            Function<AsyncSocket, ? extends Coroutine<?>> handler) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(handler, "handler");
        checkNotClosing("listen");
        return SharedListener.open(this, address, mode, handler);
    }

    boolean isClosing() {
        return closing;
    }

    private void checkNotClosing(String op) {
        if (closing) {
            throw new IllegalStateException("LoopGroup." + op + ": the group is closed");
        }
    }

    /**
     * Cancels every task of every loop, waits until they have finished and the threads have ended.
     * Harmless twice. Not from one of the group's own loops (it would wait for itself).
     *
     * @throws IllegalStateException if a loop has not ended after 30 s (a task ignoring cancellation)
     */
    @Override
    public void close() {
        if (currentIndex() >= 0) {
            throw new IllegalStateException("LoopGroup.close() from " + Thread.currentThread().getName()
                    + ", one of the group's own loops, would wait for itself; call shutdown() there instead");
        }
        shutdown();
        try {
            if (!ended.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                List<String> stuck = new ArrayList<>();
                for (Thread t : threads) {
                    if (t.isAlive()) {
                        stuck.add(t.getName());
                    }
                }
                throw new IllegalStateException("LoopGroup.close(): " + stuck + " still running after "
                        + CLOSE_TIMEOUT.toSeconds() + " s: a task there does not end when cancelled");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts closing without waiting: every loop cancels its tasks and ends once they are done. From any thread. */
    public void shutdown() {
        if (closing) {
            return;
        }
        closing = true;
        for (Loop loop : loops) {
            try {
                loop.callSoonThreadsafe(() -> {
                    for (Task<?> t : loop.tasks()) {
                        t.cancel();
                    }
                });
            } catch (IllegalStateException alreadyClosed) {
                // that loop has ended already (its thread failed): nothing to cancel
            }
        }
    }

    /** Waits until every loop has ended after {@link #shutdown}; {@code true} if they did within {@code timeout}. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return "<LoopGroup " + loops.length + " loops" + (closing ? ", closing" : "") + ">";
    }
}

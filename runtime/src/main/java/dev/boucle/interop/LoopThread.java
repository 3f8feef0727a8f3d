package dev.boucle.interop;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.Waiter;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A loop running on a thread of its own, for programs whose {@code main} is not Boucle: start it,
 * {@link #submit} work to it from any thread, {@link #stop()} it.
 *
 * <pre>{@code
 * try (LoopThread lt = LoopThread.start("io")) {
 *     String page = lt.submit(fetch(url)).join();
 * }   // stops: pending tasks are cancelled and finish, then the loop closes
 * }</pre>
 */
public final class LoopThread implements AutoCloseable {
    private final Loop loop = new Loop();
    private final Thread thread;
    /** Set (on the loop's thread) by {@link #stop()}: the keeper task returns. */
    private final Waiter stopping = new Waiter(1);
    private volatile Throwable failure;

    private LoopThread(String name) {
        thread = new Thread(this::runLoop, name);
    }

    /** Starts a loop on a new (non-daemon) thread named {@code name}. */
    public static LoopThread start(String name) {
        Objects.requireNonNull(name, "name");
        LoopThread lt = new LoopThread(name);
        lt.thread.start();
        return lt;
    }

    /** What {@code Loop.run} does, with this loop: a keeper task runs until {@link #stop()}. */
    private void runLoop() {
        try {
            try {
                loop.runUntilComplete(Awaiting.of(stopping, "loopThread"));
            } catch (Throwable e) {
                failure = e; // the keeper was cancelled: stop all the same
            }
            for (Task<?> t : loop.tasks()) {
                t.cancel();
            }
            loop.runUntilEmpty();
        } catch (Throwable e) {
            failure = e;
        } finally {
            loop.close();
        }
    }

    /** The loop; from another thread, use only its thread-safe methods ({@code submit}, {@code callSoonThreadsafe}). */
    public Loop loop() {
        return loop;
    }

    /** From any thread: {@link Loop#submit} to this loop. */
    public <T> CompletableFuture<T> submit(Coroutine<T> c) {
        return loop.submit(c);
    }

    /**
     * From any thread: cancels the pending tasks, lets them finish (their {@code finally} blocks run),
     * closes the loop (and its {@code toThread} workers) and, unless called on the loop's own thread,
     * waits until its thread has ended. Does nothing the second time.
     */
    public void stop() {
        try {
            loop.callSoonThreadsafe(stopping::set);
        } catch (IllegalStateException closed) {
            // already stopped
        }
        if (Thread.currentThread() != thread) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The exception the loop's thread ended with, {@code null} if none (or still running). */
    public Throwable failure() {
        return failure;
    }

    @Override
    public String toString() {
        return "<LoopThread " + thread.getName() + " " + loop + ">";
    }
}

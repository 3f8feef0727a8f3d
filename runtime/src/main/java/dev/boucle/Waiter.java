package dev.boucle;

import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import dev.boucle.syscall.WaitQueue;

/**
 * A countdown that tasks can await: awaiting it suspends until {@link #set()} was called
 * {@code n} times (the seeds' {@code Waiter}), then every waiting task resumes, in the order it
 * began to wait. Awaiting an open waiter (counted down to zero) does not suspend.
 *
 * <p>Not thread-safe: call {@link #set()} on the loop's thread (from another thread, through
 * {@link Loop#callSoonThreadsafe}). A call from another thread while the loop runs is refused with
 * an {@link IllegalStateException} and changes nothing.
 */
public final class Waiter implements Syscall<Void> {
    private int remaining;
    private final WaitQueue waiting = new WaitQueue();
    /** The loop of the first task that awaited this waiter: the thread {@link #set()} must run on. */
    private Loop loop;

    public Waiter(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Boucle: Waiter(" + n + "): the count cannot be negative");
        }
        this.remaining = n;
    }

    /** A waiter set once: {@code new Waiter(1)}. */
    public Waiter() {
        this(1);
    }

    /** Counts down by one; at zero, wakes the waiting tasks. */
    public void set() {
        Loop l = loop;
        if (l != null && !l.inLoopThread()) {
            throw new IllegalStateException("Boucle: Waiter.set() called from thread '" + Thread.currentThread().getName()
                    + "', but the waiter belongs to a loop running on another thread; nothing was counted."
                    + " From another thread, use loop.callSoonThreadsafe(waiter::set).");
        }
        if (remaining > 0 && --remaining == 0) {
            waiting.wakeAll(null);
        }
    }

    /** How many {@link #set()} calls are still needed. */
    public int remaining() {
        return remaining;
    }

    /** Part of the syscall protocol (called by the loop): does not suspend once the count is zero. */
    @Override
    public Object poll(Task<?> sender) {
        if (loop == null) {
            loop = sender.loop();
        }
        return remaining == 0 ? null : NOT_READY;
    }

    /** Part of the syscall protocol (called by the loop): parks the sender until the count reaches zero. */
    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        waiting.park(kernel, sender);
    }

    @Override
    public String toString() {
        return "<Waiter " + remaining + " left>";
    }
}

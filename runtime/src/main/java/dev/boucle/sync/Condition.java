package dev.boucle.sync;

import dev.boucle.Awaitable;
import dev.boucle.Boucle;
import dev.boucle.Coroutine;
import dev.boucle.Task;
import dev.boucle.internal.Body;
import dev.boucle.internal.Frame;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import dev.boucle.syscall.WaitQueue;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A condition variable over a {@link Lock} (asyncio's {@code Condition}): a task holding the lock
 * awaits {@link #notified()}, which releases the lock, waits for a {@link #signal()}, and takes the
 * lock back before it returns. Java's {@code Object} already has final {@code wait()},
 * {@code notify()} and {@code notifyAll()}, hence the names:
 *
 * <table>
 *   <caption>asyncio's names and Boucle's</caption>
 *   <tr><th>asyncio</th><th>Boucle</th></tr>
 *   <tr><td>{@code await cond.wait()}</td><td>{@code await(cond.notified())}</td></tr>
 *   <tr><td>{@code await cond.wait_for(pred)}</td><td>{@code await(cond.waitFor(pred))}</td></tr>
 *   <tr><td>{@code cond.notify()}, {@code cond.notify(n)}</td><td>{@link #signal()}, {@link #signal(int)}</td></tr>
 *   <tr><td>{@code cond.notify_all()}</td><td>{@link #signalAll()}</td></tr>
 * </table>
 *
 * <pre>{@code
 * await(cond.acquire());
 * try {
 *     await(cond.waitFor(() -> !items.isEmpty()));   // releases the lock while it waits
 *     take(items);
 * } finally {
 *     cond.release();
 * }
 * }</pre>
 *
 * <p>As in asyncio, the lock is taken back even when the wait is cancelled: the
 * {@code CancelledException} is thrown once the task holds the lock again, so a {@code finally}
 * that releases it is right on every path. Taking it back is not cancellable (a cancelled
 * {@code withTimeout} around it waits for the lock too). A task signalled but cancelled before it
 * runs passes the signal on to the next waiter: no wake-up is lost (Python 3.13 does the same; 3.11
 * loses it). A task cancelled while it waits takes nothing.
 *
 * <p>Bound to one loop: a call from another thread is refused with an {@link IllegalStateException}
 * and changes nothing.
 */
public final class Condition {
    private static final Body WAIT = (self, f) -> ((Condition) self).waitStep(f);
    private static final Body WAIT_FOR = (self, f) -> ((Condition) f.refs[0]).waitForStep(f, (BooleanSupplier) self);
    private static final Body REACQUIRE = (self, f) -> ((Condition) self).reacquireStep(f);

    private final Affinity affinity;
    private final Lock lock;
    private final Waiters waiters = new Waiters();

    /** A condition with a lock of its own. */
    public Condition() {
        this(new Lock());
    }

    /** A condition over {@code lock}, which other conditions may share. */
    public Condition(Lock lock) {
        this.lock = Objects.requireNonNull(lock, "Boucle: Condition(lock): the lock is null");
        this.affinity = lock.affinity; // a condition belongs to its lock's loop
    }

    /** The condition's lock. */
    public Lock lock() {
        return lock;
    }

    /** Acquires the condition's lock ({@link Lock#acquire()}). */
    public Awaitable<Void> acquire() {
        return lock.acquire();
    }

    /** Releases the condition's lock ({@link Lock#release()}). */
    public void release() {
        lock.release();
    }

    public boolean isLocked() {
        return lock.isLocked();
    }

    /**
     * asyncio's {@code wait()}: releases the lock (which the calling task must hold), waits until
     * signalled, takes the lock back, and returns. Each call makes a new coroutine.
     */
    public Coroutine<Void> notified() {
        affinity.check("Condition", "notified()");
        return frame(WAIT, this, "notified", 1);
    }

    /**
     * asyncio's {@code wait_for(predicate)}: returns once {@code predicate} is true, checking it
     * first and after each signal, with the lock held each time (which the calling task must hold).
     */
    public Coroutine<Void> waitFor(BooleanSupplier predicate) {
        Objects.requireNonNull(predicate, "Boucle: Condition.waitFor(predicate): the predicate is null");
        affinity.check("Condition", "waitFor(predicate)");
        Frame f = new Frame(WAIT_FOR, predicate, "dev/boucle/sync/Condition", "waitFor", 0, 1);
        f.refs[0] = this;
        return castVoid(f);
    }

    /** Wakes the first waiting task (asyncio's {@code notify()}); the caller must hold the lock. */
    public void signal() {
        signal(1);
    }

    /** Wakes up to {@code n} waiting tasks, in the order they began to wait; the caller must hold the lock. */
    public void signal(int n) {
        affinity.check("Condition", "signal(" + n + ")");
        checkHeld("signal");
        for (int i = 0; i < n && waiters.wakeFirst(null) != null; i++) {
            // each wake-up is the next waiter's
        }
    }

    /** Wakes every waiting task (asyncio's {@code notify_all()}); the caller must hold the lock. */
    public void signalAll() {
        affinity.check("Condition", "signalAll()");
        checkHeld("signalAll");
        waiters.wakeAll(null);
    }

    /** How many tasks wait to be signalled. */
    public int waiting() {
        return waiters.size();
    }

    private void checkHeld(String method) {
        Task<?> o = lock.owner();
        if (o == null || !o.isRunningNow()) {
            throw new IllegalStateException("Boucle: Condition." + method + " by a caller that does not hold the condition's lock;"
                    + " await(cond.acquire()) first");
        }
    }

    @SuppressWarnings("unchecked")
    private static Coroutine<Void> castVoid(Frame f) {
        return (Coroutine<Void>) (Coroutine<?>) f;
    }

    private static Coroutine<Void> frame(Body body, Object self, String name, int refs) {
        return castVoid(new Frame(body, self, "dev/boucle/sync/Condition", name, 0, refs));
    }

    /**
     * notified(): label 0 releases the lock and parks; label 1 woke (or was cancelled: kept in refs[0]);
     * label 2 has taken the lock back, shielded from cancellation, and rethrows what label 1 kept.
     */
    private Object waitStep(Frame f) {
        Object v;
        switch (f.label) {
            case 0:
                checkHeld("notified()");
                lock.release();
                try {
                    v = Frame.await(waiters, f);
                } catch (Throwable e) {
                    f.refs[0] = e;
                    v = null;
                }
                if (v == Frame.SUSPENDED) {
                    f.label = 1;
                    return v;
                }
                break;
            case 1:
                try {
                    f.takeSent();
                } catch (Throwable e) {
                    f.refs[0] = e; // thrown once the lock is ours again
                }
                break;
            case 2:
                f.takeSent();
                return rethrow(f);
            default:
                throw Frame.badLabel(f);
        }
        v = Frame.await(Boucle.nonCancellable(frame(REACQUIRE, this, "notified", 0)), f);
        if (v == Frame.SUSPENDED) {
            f.label = 2;
            return v;
        }
        return rethrow(f);
    }

    private static Object rethrow(Frame f) {
        Throwable e = (Throwable) f.refs[0];
        if (e != null) {
            f.refs[0] = null;
            throw Condition.<RuntimeException>sneaky(e);
        }
        return null;
    }

    /** Takes the lock back (run under nonCancellable). */
    private Object reacquireStep(Frame f) {
        if (f.label == 0) {
            Object v = Frame.await(lock.acquire(), f);
            if (v == Frame.SUSPENDED) {
                f.label = 1;
            }
            return v;
        }
        return f.takeSent();
    }

    /** waitFor(p): self is the predicate; loops over notified() until it holds. */
    private Object waitForStep(Frame f, BooleanSupplier p) {
        if (f.label == 0) {
            checkHeld("waitFor(predicate)");
        } else {
            f.takeSent();
        }
        while (!p.getAsBoolean()) {
            Object v = Frame.await(notified(), f);
            if (v == Frame.SUSPENDED) {
                f.label = 1;
                return v;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }

    @Override
    public String toString() {
        return "<Condition " + (lock.isLocked() ? "locked" : "unlocked") + (waiters.isEmpty() ? "" : ", " + waiters.size() + " waiting") + ">";
    }

    /** The tasks waiting to be signalled; the message they park with. */
    private final class Waiters extends WaitQueue implements Syscall<Void> {
        @Override
        public Object poll(Task<?> sender) {
            affinity.bind("Condition", sender);
            return NOT_READY;
        }

        @Override
        public void handle(Kernel kernel, Task<?> sender) {
            park(kernel, sender);
        }

        /** A task signalled but cancelled before it ran: the signal goes to the next waiter. */
        @Override
        public void refund(Task<?> task, Object value) {
            wakeFirst(null);
        }

        @Override
        public String describeWait(Task<?> task) {
            return "signal of " + Condition.this;
        }

        @Override
        public String toString() {
            return Condition.this.toString();
        }
    }
}

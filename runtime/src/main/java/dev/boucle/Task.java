package dev.boucle;

import dev.boucle.internal.Body;
import dev.boucle.internal.Completed;
import dev.boucle.internal.Fiber;
import dev.boucle.internal.Frame;
import dev.boucle.internal.TaskFuture;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Parking;
import dev.boucle.syscall.Syscall;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * A coroutine scheduled on a {@link Loop}: it runs concurrently with the other tasks, one step
 * (up to its next suspension) at a time. Awaiting a task joins it, from any number of tasks,
 * before or after it finished.
 *
 * <p>Its lifecycle is the seeds': {@code NEW} until its first step, {@code RUNNING} while it runs or
 * is suspended, then {@code FINISHED} (a result), {@code ERROR} (an exception, kept here: one task's
 * failure never stops the loop) or {@code CANCELLED}. An exception that nobody retrieves (by
 * awaiting the task, {@link #exception()}, {@link #result()}) is reported on standard error when
 * the task is garbage collected, as asyncio does.
 *
 * <p>Not thread-safe: use a task on its loop's thread (from another thread, go through
 * {@link Loop#callSoonThreadsafe}).
 */
public final class Task<T> extends Fiber implements Syscall<T> {
    /** The lifecycle of the seeds' tasks. */
    public enum Status { NEW, RUNNING, FINISHED, ERROR, CANCELLED }

    // Where the task is, for the loop (finer than Status).
    static final byte QUEUED = 0;   // in the ready queue, or about to be
    static final byte RUNNING = 1;  // its step is on the Java stack
    static final byte WAITING = 2;  // parked: suspended on a message the loop has not answered
    static final byte DONE = 3;

    // The bits of attention: what the next step must look at before it resumes the task.
    static final byte CANCEL = 1;    // throw a cancellation into the task at its await
    static final byte REFUNDABLE = 2; // the pending reply came from replyFrom, which wants it back if undelivered
    static final byte REPLIED = 4;   // woken with a reply while in a cancel scope: a scope's cancellation waits for the next suspension

    /** The body of a task made from {@code done(v)}: returns the value. */
    private static final Body CONSTANT = (self, frame) -> ((Completed<?>) self).value();

    final Loop loop;
    private String name;
    private Status status = Status.NEW;
    byte state = QUEUED;
    /** Non-zero when the next step is not a plain resumption (see {@link #stepRare}): one test on the hot path. */
    byte attention;
    /** {@link #cancel()} was called and the cancellation is not delivered yet (edge-triggered, as asyncio). */
    boolean cancelRequested;
    /** The innermost cancel scope the task is in ({@code withTimeout}, a task group's body), or null. */
    CancelScope scope;
    /** The parking whose wake-up is pending, when it wants a refund if the task is cancelled first. */
    Parking replyFrom;
    private T result;
    private Throwable exception;
    private boolean retrieved;
    private Unretrieved unretrieved;

    /** Index in the loop's timer heap, -1 if no timer. */
    int timerIndex = -1;
    /** What the task is parked on while WAITING: null, one {@link Parking}, or a {@link Many} of them. */
    Object parkings;
    /** The loop's list of tasks alive. */
    Task<?> prevLive;
    Task<?> nextLive;
    /** Joining tasks ({@link Joiner}) and done callbacks, in the order they came: null, one, or a {@link Many}. */
    private Object listeners;

    Task(Loop loop, Coroutine<T> coroutine, String name) {
        this.loop = loop;
        Frame root;
        if (coroutine instanceof Frame) {
            root = (Frame) coroutine;
        } else if (coroutine instanceof Completed) {
            root = new Frame(CONSTANT, coroutine, "dev/boucle/Boucle", "done", 0, 0);
        } else if (coroutine == null) {
            throw new NullPointerException("Boucle: cannot schedule a null coroutine");
        } else {
            throw new IllegalArgumentException("Boucle: " + coroutine + " is not a coroutine made by an @Async method"
                    + " or done(...); was its class transformed by the agent?");
        }
        this.name = name != null ? name : root.name();
        begin(root); // fails if the coroutine was already started
    }

    /** Runs one step; {@code true} if the task suspended on {@link #pending()}. Called by the loop. */
    boolean step() {
        if (attention != 0 && !stepRare()) {
            return false;
        }
        state = RUNNING;
        refillBudget();
        if (status != Status.RUNNING) {
            status = Status.RUNNING; // the first step only: a reference store costs a write barrier
        }
        return advance();
    }

    /**
     * The rare start of a step: a cancellation to throw in (refunding a reply it overrides), or a
     * refundable reply being delivered. {@code false} if the task ended without running.
     */
    private boolean stepRare() {
        byte a = attention;
        Parking from = replyFrom;
        replyFrom = null;
        attention = 0;
        if ((a & CANCEL) == 0) {
            return deliver(from); // a reply is delivered: nothing to refund
        }
        CancelledException e;
        if (cancelRequested && !CancelScope.shielded(scope)) {
            // Task.cancel(), asyncio's rule: thrown at the await even over a reply, which is refunded
            cancelRequested = false;
            if (from != null) {
                refund(from);
            }
            if (status == Status.NEW) {
                state = RUNNING;
                completed(null, new CancelledException(describe() + " was cancelled before it started"));
                return false;
            }
            e = new CancelledException(describe() + " was cancelled");
            if (CancelScope.outermostCancelled(scope) != null) {
                attention = CANCEL; // a cancelled scope it is in goes on cancelling
            }
        } else {
            CancelScope s = CancelScope.outermostCancelled(scope);
            if (s == null) {
                return deliver(from); // the scope that asked was left meanwhile
            }
            attention = CANCEL; // level-triggered: every suspension in a cancelled scope is cancelled again
            if ((a & REPLIED) != 0) {
                return deliver(from); // a woken task takes its reply (no value is lost); the next suspension is cancelled
            }
            if (from != null) {
                refund(from);
            }
            e = s.cancellation();
        }
        send(null, e);
        return true;
    }

    /**
     * The pending reply reaches the task: a parking that woke it with {@link Kernel#reply(Task, Object,
     * Parking)} decides now what it resumes with ({@link Parking#delivered}: a queue's getter takes
     * its item as it runs).
     */
    private boolean deliver(Parking from) {
        if (from != null) {
            Object v;
            try {
                v = from.delivered(this, sentValue());
            } catch (Throwable e) {
                send(null, e); // the parking's answer, decided at delivery, is a failure
                return true;
            }
            send(v, null);
        }
        return true;
    }

    private void refund(Parking from) {
        try {
            from.refund(this, sentValue());
        } catch (Throwable e) {
            loop.report("the refund of " + from + " to " + this, e);
        }
    }

    /** The reply the next step delivers at the task's await (see {@link Loop#wake}). */
    void reply(Object value, Throwable error) {
        send(value, error);
    }

    /** The message the task suspended on (see {@link #forgetPending}). */
    Object pending() {
        return message();
    }

    /** Drops the reference to the message once the loop has it, so a waiting task does not keep it alive. */
    void forgetPending() {
        takeMessage();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void completed(Object value, Throwable error) {
        state = DONE;
        attention = 0;
        replyFrom = null;
        if (error == null && cancelRequested) {
            // asyncio's rule: a task cancelled during its last step ends CANCELLED, its value dropped
            error = new CancelledException(describe() + " was cancelled (during its last step)");
        }
        cancelRequested = false;
        if (error == null) {
            result = (T) value;
            status = Status.FINISHED;
        } else {
            exception = error;
            status = error instanceof CancelledException ? Status.CANCELLED : Status.ERROR;
        }
        Object ls = listeners;
        listeners = null;
        if (ls instanceof Many) {
            for (Object l : (Many) ls) {
                notify(l);
            }
        } else if (ls != null) {
            notify(ls);
        }
        if (status == Status.ERROR && !retrieved) {
            unretrieved = Unretrieved.watch(this, error);
        }
        loop.taskDone(this);
    }

    @SuppressWarnings("unchecked")
    private void notify(Object listener) {
        if (listener instanceof CrossLoopJoin) {
            ((CrossLoopJoin) listener).targetDone(status == Status.FINISHED ? result : null,
                    status == Status.FINISHED ? null : joinError());
        } else if (listener instanceof Task.Joiner) {
            Task<?>.Joiner j = (Task<?>.Joiner) listener;
            if (status == Status.FINISHED) {
                loop.wake(j.task, result, null, j);
            } else {
                loop.wake(j.task, null, joinError(), j);
            }
        } else {
            loop.runCallback((Consumer<? super Task<T>>) listener, this);
        }
    }

    /** The exception a joiner of this failed or cancelled task gets. */
    Throwable joinError() {
        if (status == Status.ERROR) {
            markRetrieved();
            return exception;
        }
        return new CancelledException(describe() + " was cancelled");
    }

    @Override
    protected Object poll(Awaitable<?> a) {
        if (a instanceof Syscall) {
            return ((Syscall<?>) a).poll(this);
        }
        return Fiber.NOT_READY;
    }

    /**
     * Joining, the fast path (part of the syscall protocol; called by the loop): this task's result if
     * it is done, its exception thrown if it failed.
     */
    @Override
    public Object poll(Task<?> sender) {
        if (state == DONE && sender.loop == loop) { // from another loop's thread, nothing here is safe to read
            if (status == Status.FINISHED) {
                return result;
            }
            throw Loop.<RuntimeException>sneaky(joinError());
        }
        return Fiber.NOT_READY;
    }

    /** Joining, the slow path (part of the syscall protocol; called by the loop): parks the sender until this task is done. */
    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        if (sender == this) {
            throw new IllegalStateException("Boucle: " + this + " awaits itself; it would never finish");
        }
        if (sender.loop != loop) {
            CrossLoopJoin.join(this, kernel, sender);
            return;
        }
        Joiner j = new Joiner(sender);
        addListener(j);
        kernel.park(sender, j);
    }

    /** A task joining this one: a listener of this task, and what the joiner is parked on. */
    private final class Joiner implements Parking {
        final Task<?> task;

        Joiner(Task<?> task) {
            this.task = task;
        }

        @Override
        public void unpark(Task<?> t, boolean cancelled) {
            removeListener(this);
        }

        @Override
        public String describeWait(Task<?> t) {
            return "join " + Task.this;
        }

        @Override
        public String toString() {
            return "join " + Task.this;
        }
    }

    /** Registers a done callback. */
    void addListener(Object l) {
        listeners = Many.add(listeners, l);
    }

    void removeListener(Object l) {
        Object ls = listeners;
        if (ls == l) {
            listeners = null;
        } else if (ls instanceof Many) {
            ((Many) ls).remove(l);
        }
    }

    private void markRetrieved() {
        retrieved = true;
        if (unretrieved != null) {
            unretrieved.retrieved = true;
        }
    }

    /**
     * The task whose step runs on this thread (asyncio's {@code current_task()}): {@code null}
     * outside a loop, and in callbacks ({@code callSoon}, {@code callLater}, posts).
     */
    public static Task<?> current() {
        Loop l = Loop.current();
        return l == null ? null : l.current;
    }

    /**
     * A future completed with this task's outcome (on the loop's thread): its value, its exception,
     * or a {@code CancellationException} if it was cancelled. Cancelling the future, from any thread,
     * cancels the task; its {@code finally} blocks then run on the loop. Thread-safe: from another
     * thread than the loop's, the future is tied to the task through {@link Loop#callSoonThreadsafe}.
     */
    public java.util.concurrent.CompletableFuture<T> toCompletableFuture() {
        return TaskFuture.of(this);
    }

    /** The task's name: the {@code @Async} method's unless one was given. */
    public String name() {
        return name;
    }

    /** Renames the task (as it appears in {@link #toString()}). */
    public void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name");
        }
        this.name = name;
    }

    /** The loop the task runs on. */
    public Loop loop() {
        return loop;
    }

    public Status status() {
        return status;
    }

    /** {@code true} once FINISHED, ERROR or CANCELLED. */
    public boolean isDone() {
        return state == DONE;
    }

    /**
     * Whether the caller runs inside this task: its step is on the Java stack, on its loop's thread
     * (asyncio's {@code current_task() is task}). What a lock asks to know that its holder releases it.
     */
    public boolean isRunningNow() {
        return state == RUNNING && loop.inLoopThread();
    }

    /** {@code true} once CANCELLED. */
    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    /**
     * The value of a FINISHED task. For an ERROR task, throws its exception; for a CANCELLED one,
     * a {@link CancelledException}; before the end, an {@link IllegalStateException}.
     */
    public T result() {
        switch (status) {
            case FINISHED:
                return result;
            case ERROR:
            case CANCELLED:
                throw Loop.<RuntimeException>sneaky(joinError());
            default:
                throw new IllegalStateException("Boucle: " + this + " has no result yet");
        }
    }

    /**
     * The exception of an ERROR task (it then counts as retrieved), the {@link CancelledException}
     * that ended a CANCELLED one, {@code null} for a FINISHED one; before the end, throws
     * {@link IllegalStateException}.
     */
    public Throwable exception() {
        if (state != DONE) {
            throw new IllegalStateException("Boucle: " + this + " is not done");
        }
        if (status == Status.ERROR) {
            markRetrieved();
        }
        return exception;
    }

    /**
     * Asks for the task's cancellation: it gets a {@link CancelledException} at its suspension point
     * when it next runs (woken at once if it waits for a timer, a join, a waiter or I/O), so its
     * {@code finally} blocks run; a task that has not started yet never runs. Returns {@code false}
     * if the task is already done. A task that catches the exception and goes on is not
     * cancelled, and may be cancelled again.
     */
    public boolean cancel() {
        if (state == DONE) {
            return false;
        }
        if (!cancelRequested) {
            loop.checkThread();
            cancelRequested = true;
            refreshCancel();
        }
        return true;
    }

    /**
     * Decides whether the task's next suspension throws a cancellation: a {@link #cancel()} not
     * delivered yet and not held back by a shield, or a cancelled scope it is in. If so and the task
     * is parked, wakes it now. Called whenever one of those facts changes.
     */
    void refreshCancel() {
        boolean deliver = (cancelRequested && !CancelScope.shielded(scope)) || CancelScope.outermostCancelled(scope) != null;
        if (!deliver) {
            attention &= ~CANCEL;
            return;
        }
        attention |= CANCEL;
        if (state == WAITING) {
            loop.kernel.unparkAll(this, true);
            loop.enqueue(this);
        }
    }

    /**
     * Calls {@code callback} with this task on the loop's thread when it is done (FINISHED, ERROR or
     * CANCELLED), at once if it is already, in the order callbacks were added. An exception it
     * throws is reported, and the loop goes on.
     */
    public void onDone(Consumer<? super Task<T>> callback) {
        if (callback == null) {
            throw new NullPointerException("Task.onDone: the callback argument is null");
        }
        loop.checkThread();
        if (state == DONE) {
            loop.runCallback(callback, this);
        } else {
            addListener(callback);
        }
    }

    private String describe() {
        return "<Task '" + name + "'>";
    }

    /** {@code <Task 'ticTac' [FINISHED] (Boum!)>}, {@code <Task 'sub' [CANCELLED]>}. */
    @Override
    public String toString() {
        if (status == Status.CANCELLED) {
            return "<Task '" + name + "' [CANCELLED]>";
        }
        return "<Task '" + name + "' [" + status + "] (" + (status == Status.ERROR ? exception : result) + ")>";
    }

    /** A list of listeners or blockers, told apart from a single one by its class. */
    static final class Many extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        Many() {
            super(4);
        }

        /**
         * {@code slot} (null, one item, or a {@code Many}) with {@code item} added: the shape of the
         * task's listener and parking fields, which allocate nothing for the common single item.
         */
        static Object add(Object slot, Object item) {
            if (slot == null) {
                return item;
            }
            if (slot instanceof Many) {
                ((Many) slot).add(item);
                return slot;
            }
            Many m = new Many();
            m.add(slot);
            m.add(item);
            return m;
        }
    }
}

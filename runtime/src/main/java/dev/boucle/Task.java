package dev.boucle;

import dev.boucle.internal.Body;
import dev.boucle.internal.Completed;
import dev.boucle.internal.Fiber;
import dev.boucle.internal.Frame;
import dev.boucle.internal.TaskFuture;
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
public final class Task<T> extends Fiber implements Awaitable<T> {
    /** The lifecycle of the seeds' tasks. */
    public enum Status { NEW, RUNNING, FINISHED, ERROR, CANCELLED }

    // Where the task is, for the loop (finer than Status).
    static final byte QUEUED = 0;   // in the ready queue, or about to be
    static final byte RUNNING = 1;  // its step is on the Java stack
    static final byte WAITING = 2;  // suspended on a message the loop has not answered
    static final byte DONE = 3;

    /** The body of a task made from {@code done(v)}: returns the value. */
    private static final Body CONSTANT = (self, frame) -> ((Completed<?>) self).value();

    final Loop loop;
    private String name;
    private Status status = Status.NEW;
    byte state = QUEUED;
    /** Set by {@link #cancel()}; consumed when the cancellation is thrown into the task. */
    boolean cancelRequested;
    private T result;
    private Throwable exception;
    private boolean retrieved;
    private Unretrieved unretrieved;

    /** Index in the loop's timer heap, -1 if no timer. */
    int timerIndex = -1;
    /** What to release when the task is answered or cancelled (see {@link LoopKernel#detach}). */
    Object blockers;
    /** The loop's list of tasks alive. */
    Task<?> prevLive;
    Task<?> nextLive;
    /** Joining tasks and done callbacks: null, one, or a {@link Many}. */
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
        if (cancelRequested) {
            cancelRequested = false;
            if (status == Status.NEW) {
                state = RUNNING;
                completed(null, new CancelledException(describe() + " was cancelled before it started"));
                return false;
            }
            send(null, new CancelledException(describe() + " was cancelled"));
        }
        state = RUNNING;
        if (status != Status.RUNNING) {
            status = Status.RUNNING; // the first step only: a reference store costs a write barrier
        }
        return advance();
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
        if (listener instanceof Task) {
            Task<?> joiner = (Task<?>) listener;
            joiner.blockers = null; // it waited on this task only
            if (status == Status.FINISHED) {
                joiner.loop.wake(joiner, result, null);
            } else {
                joiner.loop.wake(joiner, null, joinError());
            }
        } else {
            loop.runCallback((Consumer<? super Task<T>>) listener, this);
        }
    }

    /** The exception a joiner of this failed or cancelled task gets. */
    private Throwable joinError() {
        if (status == Status.ERROR) {
            markRetrieved();
            return exception;
        }
        return new CancelledException(describe() + " was cancelled");
    }

    @Override
    protected Object poll(Awaitable<?> a) {
        if (a instanceof Task) {
            Task<?> other = (Task<?>) a;
            if (other.state == DONE) {
                if (other.status == Status.FINISHED) {
                    return other.result;
                }
                throw Loop.<RuntimeException>sneaky(other.joinError());
            }
        } else if (a instanceof Waiter) {
            if (((Waiter) a).isOpen()) {
                return null;
            }
        }
        return NOT_READY;
    }

    /** Registers a joining task or a done callback. */
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

    /** Adds something to release when the task is answered or cancelled. */
    void addBlocker(Object b) {
        blockers = Many.add(blockers, b);
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
     * cancels the task; its {@code finally} blocks then run on the loop. Call it on the loop's
     * thread; from another thread, {@link Loop#submit} gives the future of a new task.
     */
    public java.util.concurrent.CompletableFuture<T> toCompletableFuture() {
        loop.checkThread();
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
            if (state == WAITING) {
                loop.kernel.detach(this, true);
                loop.enqueue(this);
            }
        }
        return true;
    }

    /**
     * Calls {@code callback} with this task on the loop's thread when it is done (FINISHED, ERROR or
     * CANCELLED), at once if it is already, in the order callbacks were added. An exception it
     * throws is reported, and the loop goes on.
     */
    public void onDone(Consumer<? super Task<T>> callback) {
        if (callback == null) {
            throw new NullPointerException("callback");
        }
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
         * task's listener and blocker fields, which allocate nothing for the common single item.
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

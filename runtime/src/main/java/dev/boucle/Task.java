package dev.boucle;

import dev.boucle.internal.Completed;
import dev.boucle.internal.Fiber;
import dev.boucle.internal.Frame;

/**
 * A coroutine scheduled on a {@link Loop}: it runs concurrently with the other tasks, one step
 * (up to its next suspension) at a time. Awaiting a task joins it.
 *
 * <p>MINIMAL VERSION (transformer issue): the loop issue completes statuses, cancellation, joins
 * and done callbacks.
 */
public final class Task<T> extends Fiber implements Awaitable<T> {
    /** The lifecycle of the seeds' tasks. */
    public enum Status { NEW, RUNNING, FINISHED, ERROR, CANCELLED }

    private final String name;
    private final Coroutine<T> coroutine;
    private Status status = Status.NEW;
    private T result;
    private Throwable exception;

    Task(Coroutine<T> coroutine) {
        this.coroutine = coroutine;
        if (coroutine instanceof Frame) {
            Frame f = (Frame) coroutine;
            if (f.started()) {
                throw new IllegalStateException("Boucle: the coroutine of " + f.qualifiedName()
                        + " was already started (awaited or scheduled). A coroutine runs once: call "
                        + f.name() + "(...) again for a new one.");
            }
            this.name = f.name();
            begin(f);
        } else {
            this.name = "done";
        }
    }

    /** Runs one step; returns true if the task is suspended on {@link #message()}. */
    @SuppressWarnings("unchecked")
    boolean step(Object value, Throwable error) {
        status = Status.RUNNING;
        if (coroutine instanceof Completed) {
            completed(((Completed<T>) coroutine).value(), null);
            return false;
        }
        return advance(value, error);
    }

    Object pendingMessage() {
        return message();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void completed(Object value, Throwable error) {
        if (error == null) {
            result = (T) value;
            status = Status.FINISHED;
        } else {
            exception = error;
            status = Status.ERROR;
        }
    }

    @Override
    protected Object poll(Awaitable<?> a) {
        return NOT_READY;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    public boolean isDone() {
        return status == Status.FINISHED || status == Status.ERROR || status == Status.CANCELLED;
    }

    public T result() {
        return result;
    }

    public Throwable exception() {
        return exception;
    }

    public boolean cancel() {
        throw new UnsupportedOperationException("TODO(loop issue)");
    }

    @Override
    public String toString() {
        if (status == Status.CANCELLED) {
            return "<Task '" + name + "' [" + status + "]>";
        }
        return "<Task '" + name + "' [" + status + "] (" + (exception != null ? exception : result) + ")>";
    }
}

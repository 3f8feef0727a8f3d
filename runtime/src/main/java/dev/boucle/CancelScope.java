package dev.boucle;

/**
 * A region of one task's code that is cancelled as a whole: the body of a {@code withTimeout} (by
 * its deadline), of a task group (by a child's failure or {@link TaskGroup#cancel()}), or a shield
 * ({@link Boucle#nonCancellable}) that keeps cancellation out. Scopes nest, innermost first, through
 * {@link Task#scope}.
 *
 * <p>The rules, enforced here and in {@link Task#stepRare}:
 * <ul>
 *   <li><b>Level-triggered</b> (Trio's choice, not asyncio's): once a scope is cancelled, every
 *       suspension inside it throws a {@link CancelledException}, again and again, until the code
 *       leaves the scope. A body that catches the exception and carries on cannot outlive its
 *       deadline by awaiting more; asyncio's edge-triggered {@code uncancel} counting is a known
 *       source of swallowed timeouts (cpython #95253, #86296).</li>
 *   <li>The exception belongs to the <b>outermost</b> cancelled scope (its {@link #origin}): when an
 *       inner and an outer scope both expired, the inner one lets it pass and the outer one reports
 *       it. A scope reports only its own cancellation, never an inner or outer one's.</li>
 *   <li>A <b>shield</b> hides every cancellation from outside it (of enclosing scopes, and of
 *       {@link Task#cancel()}) until it exits; then they are delivered.</li>
 *   <li>A scope that exits removes its timer: nothing is left in the heap.</li>
 * </ul>
 */
class CancelScope {
    /** The task the scope is in, and the scope around it: set when the scope is entered. */
    Task<?> task;
    CancelScope parent;
    /** A shield ({@link Boucle#nonCancellable}): holds back every cancellation from outside it. */
    final boolean shield;
    /**
     * What the scope's cancellation says, as a String or an object whose {@code toString()} says
     * it (a timeout describes itself only if it fires: no string is built on the fast path).
     */
    private Object reason;
    private boolean cancelled;
    private boolean exited;
    /** Index in the loop's timer heap, -1 if none (see {@link Timers}). */
    int timerIndex = -1;

    CancelScope(boolean shield) {
        this.shield = shield;
    }

    /** Enters this scope in {@code task}, the running task; a scope is entered once. */
    final void enter(Task<?> task) {
        this.task = task;
        this.parent = task.scope;
        task.scope = this;
        if (shield) {
            task.refreshCancel();
        }
    }

    /** Enters a new scope in {@code task}, the running task. */
    static CancelScope enter(Task<?> task, boolean shield) {
        CancelScope s = new CancelScope(shield);
        s.enter(task);
        return s;
    }

    /** Cancels the scope, for {@code reason}, when the loop's clock reaches {@code deadlineNanos}. */
    final void expireAt(long deadlineNanos, Object reason) {
        this.reason = reason;
        task.loop.timers.add(deadlineNanos, this);
    }

    /** The deadline passed (called by the loop's timers). */
    final void expire() {
        cancel(reason);
    }

    /** Cancels the code in the scope, at its next suspension (now, if the task is parked). */
    final void cancel(Object why) {
        if (cancelled || exited) {
            return;
        }
        cancelled = true;
        reason = why;
        task.refreshCancel();
    }


    /**
     * Leaves the scope (the task must be in it, innermost): removes its timer, and stops delivering
     * its cancellation.
     */
    final void exit() {
        exited = true;
        if (timerIndex >= 0) {
            task.loop.timers.removeAt(timerIndex);
        }
        task.scope = parent;
        if (cancelled || shield) {
            task.refreshCancel();
        }
    }

    /**
     * Whether {@code e} is this scope's own cancellation, for it to report: the exception came from
     * this scope, and no cancellation from outside it is pending.
     */
    boolean owns(Throwable e) {
        return cancelled && e instanceof CancelledException && ((CancelledException) e).origin == this
                && outermostCancelled(parent) == null && !(task.cancelRequested && !shielded(parent));
    }

    /** The exception thrown at a suspension inside this cancelled scope. */
    CancelledException cancellation() {
        CancelledException e = new CancelledException(String.valueOf(reason));
        e.origin = this;
        return e;
    }

    /** The outermost cancelled scope from {@code s} outwards, up to the first shield; null if none. */
    static CancelScope outermostCancelled(CancelScope s) {
        CancelScope found = null;
        for (; s != null; s = s.parent) {
            if (s.shield) {
                break;
            }
            if (s.cancelled) {
                found = s;
            }
        }
        return found;
    }

    /** Whether a shield stands between {@code s} (inclusive) and the task's top level. */
    static boolean shielded(CancelScope s) {
        for (; s != null; s = s.parent) {
            if (s.shield) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "<CancelScope " + (shield ? "shield" : cancelled ? "cancelled: " + reason : "active") + ">";
    }
}

package dev.boucle.internal;

import dev.boucle.Awaitable;

/**
 * The execution state of a task: which frame resumes next, what it is waiting for, and the
 * trampoline that runs frames without growing the Java stack. {@link dev.boucle.Task} extends it;
 * the loop drives it through {@link #advance} and answers {@link #message()}.
 *
 * <p>Kept apart from the loop (as kotlinx.coroutines keeps continuations apart from dispatchers):
 * a fiber knows frames, not queues, timers or sockets.
 */
public abstract class Fiber {

    /** The message of a frame whose start was deferred to the trampoline to bound stack depth. */
    static final Object BOUNCE = new Object() {
        @Override
        public String toString() {
            return "BOUNCE";
        }
    };

    /**
     * What {@link #poll} answers when the awaitable cannot give a value without suspending (public as
     * {@code dev.boucle.syscall.Syscall.NOT_READY}).
     */
    public static final Object NOT_READY = new Object() {
        @Override
        public String toString() {
            return "NOT_READY";
        }
    };

    /** The frame that suspended last; the next {@link #advance} resumes it. */
    Frame innermost;
    /** What {@link #innermost} suspended on: the message the loop must answer. */
    private Object message;
    /** How many {@code await}s are running inline on the current Java stack. */
    int inlineDepth;
    /** What is left of this turn's {@link #BUDGET}; refilled by {@link #refillBudget} at each step. */
    private int budget = BUDGET;
    /**
     * The reply the next resumed frame takes at its await ({@link Frame#takeSent}): a value, or an
     * exception to throw there. One slot per fiber suffices, because a frame sent a reply is the
     * next one resumed, and it takes the reply before running anything else.
     */
    private Object sentValue;
    private Throwable sentError;
    /** The task's {@code dev.boucle.context.Context}, {@code null} if none; see {@link Contexts}. */
    Object context;

    protected Fiber() {}

    /**
     * The cooperative budget (Tokio's, 128): how many operations that could complete at once (socket
     * reads and writes that find data or room) a task may do in one turn of the loop. An operation
     * that finds the budget spent yields first, so a connection whose socket is always ready still
     * lets the other tasks run. The loop refills it at every step; it costs an int store there.
     */
    public static final int BUDGET = 128;

    /** The loop's step: a new turn, a full budget. */
    protected final void refillBudget() {
        budget = BUDGET;
    }

    /**
     * Takes one unit of this turn's budget: {@code true} if there was one; {@code false} if the
     * budget is spent, and the caller should yield before doing its operation (the step after the
     * yield refills it).
     */
    public final boolean takeBudget() {
        int b = budget;
        if (b <= 0) {
            return false;
        }
        budget = b - 1;
        return true;
    }

    /** Makes {@code root} the frame the first {@link #advance} starts. */
    protected final void begin(Frame root) {
        root.start(this, null);
        innermost = root;
    }

    /**
     * Resumes the innermost frame with the reply given to {@link #send} (none at the first step) and runs
     * until a frame suspends on a message for the loop or the root frame finishes. Finished frames
     * hand their value (or exception) to their parent in this loop, never by a Java call, so the
     * depth of the await chain does not matter.
     *
     * @return {@code true} if the fiber suspended ({@link #message()} says on what); {@code false}
     *     if the root finished, after {@link #completed} was called
     */
    protected final boolean advance() {
        // innermost and message are left as they are: the next suspension overwrites both, and
        // the rare paths (finishing, bouncing) clear them; the step of a yield writes neither.
        Frame f = innermost;
        for (;;) {
            Object result;
            try {
                result = f.body.resume(f.self, f);
            } catch (Throwable e) {
                Frame p = f.parent;
                if (p == null) {
                    innermost = null;
                    completed(null, e);
                    return false;
                }
                sentError = e;
                f = p;
                continue;
            }
            if (result != Frame.SUSPENDED) {
                Frame p = f.parent;
                if (p == null) {
                    innermost = null;
                    completed(result, null);
                    return false;
                }
                sentValue = result;
                f = p;
                continue;
            }
            if (message != BOUNCE) {
                return true;
            }
            message = null;
            f = innermost;
        }
    }

    /**
     * Gives the suspended fiber the result of what it awaited: {@code value}, or {@code error} to
     * throw at the await. The next {@link #advance} delivers it.
     */
    protected final void send(Object value, Throwable error) {
        sentValue = value;
        sentError = error;
    }

    /** The value {@link #send} gave that the next {@link #advance} has not delivered yet. */
    protected final Object sentValue() {
        return sentValue;
    }

    /** The reply for the frame being resumed, taken once; throws it if it is an exception. */
    final Object takeSent() {
        Throwable e = sentError;
        if (e != null) {
            sentError = null;
            sentValue = null;
            throw Awaits.<RuntimeException>sneaky(e);
        }
        Object v = sentValue;
        if (v != null) {
            sentValue = null; // skipped when null: no write barrier on the yield path
        }
        return v;
    }

    /** What the fiber is suspended on, after {@link #advance} returned {@code true}. */
    protected final Object message() {
        return message;
    }

    /**
     * {@link #message()}, forgotten by the fiber: once the loop has the message, a suspended task
     * need not keep it alive (a sleeping task then holds no message object).
     */
    protected final Object takeMessage() {
        Object m = message;
        message = null;
        return m;
    }

    /** The frame that resumes next (while running: the frame that last suspended); {@code null} once finished. */
    protected final Frame innermost() {
        return innermost;
    }

    /** The root frame finished with {@code value}, or failed with {@code error}. */
    protected abstract void completed(Object value, Throwable error);

    /**
     * The value of {@code a} if it has one now (a finished task, an open waiter), else
     * {@link #NOT_READY}; may throw {@code a}'s exception. Lets {@code await} skip a trip through
     * the loop for things already complete.
     */
    protected abstract Object poll(Awaitable<?> a);

    /** {@code at} suspends on {@code message}; the caller returns {@link Frame#SUSPENDED}. */
    final Object suspend(Frame at, Object message) {
        // Reference stores cost a GC write barrier each; a task that suspends again at the same
        // frame on the same message (a yield loop) skips them.
        if (innermost != at) {
            innermost = at;
        }
        if (this.message != message) {
            this.message = message;
        }
        return Frame.SUSPENDED;
    }

    /** Defers the start of {@code child} to {@link #advance}'s loop; the caller unwinds. */
    final Object bounce(Frame child) {
        return suspend(child, BOUNCE);
    }
}

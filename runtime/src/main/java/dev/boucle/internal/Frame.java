package dev.boucle.internal;

import dev.boucle.Awaitable;
import dev.boucle.Coroutine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One activation of an {@code @Async} method: the coroutine its call returns, and the place its
 * state lives while it is suspended. This is the contract between the agent's generated code and
 * the runtime; see {@code docs/PROTOCOL.md}.
 *
 * <p>Invariants:
 * <ul>
 *   <li>{@link #label} is {@code 0} before the body starts and {@code n > 0} while it is suspended
 *       at its await number {@code n}; the body's {@code tableswitch} dispatches on it.</li>
 *   <li>{@link #prims} and {@link #refs} hold the arguments until the body starts, and then only the
 *       values live at the await where it is suspended: the restore code nulls each reference it
 *       reads, so a suspended task keeps nothing dead alive.</li>
 *   <li>{@link #task} is {@code null} until the frame starts (awaited or scheduled); starting it twice
 *       is an error.</li>
 *   <li>{@link #parent} is the frame that awaits this one, {@code null} for a task's root.</li>
 * </ul>
 */
public final class Frame extends Coroutine<Object> {

    /** What a body returns when it suspended rather than finished. Never a user value. */
    public static final Object SUSPENDED = new Object() {
        @Override
        public String toString() {
            return "SUSPENDED";
        }
    };

    /**
     * How many inline awaits may nest on one Java stack before the next one is started by the
     * task's trampoline instead; bounds the stack depth of arbitrarily deep await chains.
     */
    static final int MAX_INLINE_DEPTH = 200;

    /** The code; see {@link Body}. */
    final Body body;
    /** The receiver, {@code null} for a static method. */
    final Object self;
    /** The method's name: a task's default name. */
    final String name;
    /** The declaring class's name, for error messages. */
    final String owner;

    /** Where to resume: 0 to start, n to resume at await n. Written only by the generated code. */
    public int label;
    /** Spilled primitives (int, float as raw bits, long, double as raw bits); null if none. */
    public final long[] prims;
    /** Spilled references; null if none. */
    public final Object[] refs;

    Frame parent;
    Fiber task;

    /**
     * Called by the rewritten {@code @Async} method, which then stores its arguments in
     * {@link #prims} and {@link #refs} and returns the frame.
     */
    public Frame(Body body, Object self, String owner, String name, int primCount, int refCount) {
        this.body = body;
        this.self = self;
        this.owner = owner;
        this.name = name;
        this.prims = primCount == 0 ? null : new long[primCount];
        this.refs = refCount == 0 ? null : new Object[refCount];
    }

    /**
     * The rewritten form of {@code Boucle.await(a)} inside an {@code @Async} body: the value, at
     * once, if {@code a} completes without suspending (a nested coroutine that finishes inline, a
     * finished task); otherwise {@link #SUSPENDED}, after which the caller saves its state, sets
     * its label and returns {@code SUSPENDED} itself. An exception of {@code a} is thrown here, at
     * the await site.
     */
    public static Object await(Awaitable<?> a, Frame caller) {
        if (a instanceof Frame) {
            return ((Frame) a).runInline(caller);
        }
        if (a == Yield.INSTANCE) {
            return caller.task.suspend(caller, a); // the loop's hot path: nothing to poll
        }
        return Awaits.awaitOther(a, caller);
    }

    /**
     * The rewritten form of {@code Boucle.await(CompletionStage)}: as {@link #await(Awaitable, Frame)}.
     * A {@code CompletableFuture} already completed normally gives its value here, with no allocation.
     */
    public static Object await(CompletionStage<?> f, Frame caller) {
        if (f != null && f.getClass() == CompletableFuture.class) { // subclasses may refuse isDone (minimalCompletionStage)
            CompletableFuture<?> cf = (CompletableFuture<?>) f;
            if (cf.isDone() && !cf.isCompletedExceptionally()) {
                return cf.getNow(null);
            }
        }
        return Awaits.awaitStage(f, caller);
    }

    /**
     * The value the loop or a finished child sent to this frame at its resumption, or the
     * exception it sent thrown here. Called once by the generated code at each resumed await.
     */
    public Object takeSent() {
        return task.takeSent();
    }

    /** The error for a label the body's dispatch does not know: a corrupted frame. */
    public static IllegalStateException badLabel(Frame f) {
        return new IllegalStateException("Boucle: " + f.owner.replace('/', '.') + "." + f.name
                + " resumed at unknown label " + f.label + "; the frame is corrupted");
    }

    private Object runInline(Frame caller) {
        Fiber t = caller.task;
        start(t, caller);
        if (t.inlineDepth >= MAX_INLINE_DEPTH) {
            return t.bounce(this);
        }
        t.inlineDepth++;
        try {
            return body.resume(self, this);
        } finally {
            t.inlineDepth--;
        }
    }

    /** Marks this frame started by {@code t}, awaited by {@code parent}; fails if already started. */
    void start(Fiber t, Frame parent) {
        if (this.task != null) {
            throw Awaits.awaitedTwice(this);
        }
        this.task = t;
        this.parent = parent;
    }

    /** The frame awaiting this one, {@code null} for a task's root. */
    public Frame parent() {
        return parent;
    }

    /** The task running this frame, {@code null} before it starts. */
    public Fiber task() {
        return task;
    }

    /** Whether the frame was awaited or scheduled already. */
    public boolean started() {
        return task != null;
    }

    /** The method's simple name: {@code ticTac}. */
    public String name() {
        return name;
    }

    /** {@code pkg.Cases.ticTac}, for messages. */
    public String qualifiedName() {
        return owner.replace('/', '.') + "." + name;
    }

    @Override
    public String toString() {
        return "<Coroutine " + qualifiedName() + (task == null ? " (not started)>" : " (started)>");
    }
}

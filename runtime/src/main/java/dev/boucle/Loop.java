package dev.boucle;

import dev.boucle.internal.Contexts;
import dev.boucle.internal.Submission;
import dev.boucle.internal.Yield;
import dev.boucle.syscall.Parking;
import dev.boucle.syscall.Sleep;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A single-threaded event loop: a FIFO of ready tasks run round-robin, each to its next
 * suspension, answering the messages they send (the seeds' {@code Loop}).
 *
 * <p>One turn of the loop: run the callbacks other threads posted before the turn began (for about
 * 1 ms at most, so that a flood of posts cannot starve the rest), fire
 * the timers that are due, poll the selector (blocking in it when nothing is ready, until the next timer, I/O event or
 * {@link #callSoonThreadsafe} wake-up), then run the tasks and callbacks that were ready at the
 * start of the turn, in order. A task that yields goes to the back; a task that sends a syscall
 * goes to the back when the syscall answers it, before the tasks the syscall spawned.
 *
 * <p>A task's failure never stops the loop: it is kept on its {@link Task}. A callback's failure
 * is reported on standard error. Everything except {@link #callSoonThreadsafe} and {@link #submit}
 * must be called on the loop's thread (or before it runs).
 */
public final class Loop implements AutoCloseable {
    private static final ThreadLocal<Loop> CURRENT = new ThreadLocal<>();

    /** Ready tasks ({@link Task}) and callbacks ({@link Runnable}), in FIFO order. */
    final ArrayDeque<Object> ready = new ArrayDeque<>();
    final Timers timers = new Timers();
    final Poller poller = new Poller(this);
    final LoopKernel kernel = new LoopKernel(this);
    /** The loop's time: the system's, or its own ({@link #withVirtualClock()}). */
    final LoopClock clock;
    /** How a turn's ready entries are ordered; {@code null} (the default): FIFO, with no call at all. */
    ReadyOrder order;
    /** Tasks created on this loop and not done: how many, and an intrusive list of them. */
    private int liveTasks;
    private Task<?> liveHead;
    private boolean running;
    /** The thread running the loop, while it runs. */
    private volatile Thread owner;
    private boolean closed;
    private Consumer<? super Task<?>> taskDoneHook;
    /** The task whose step is running, or ran last if no callback ran since ({@code null} in callbacks). */
    Task<?> current;
    /** Run by {@link #close()}, last added first. */
    private ArrayList<Runnable> closeHooks;

    public Loop() {
        this(LoopClock.Real.INSTANCE, null);
    }

    private Loop(LoopClock clock, ReadyOrder order) {
        this.clock = clock;
        this.order = order;
    }

    /**
     * A loop for tests that owns its time: it starts at {@link #nanoTime()} {@code 0} and at the wall-clock
     * instant of its creation, and when no task is ready and none waits on real I/O, time jumps to
     * the next timer, so an hour of sleeps runs in milliseconds. Sleeps, {@code sleepUntil},
     * {@link #callLater}, timeouts and {@link #clock()} all follow it. While a task waits on real
     * I/O, it waits for real (docs/TESTING.md). Tasks run in FIFO order, as on {@code new Loop()}.
     */
    public static Loop withVirtualClock() {
        return new Loop(new LoopClock.Virtual(java.time.Instant.now()), null);
    }

    /**
     * {@link #withVirtualClock()}, and the tasks and callbacks ready in the same turn run in an order
     * drawn from {@code scheduleSeed}: one seed, one exact run (docs/TESTING.md says which orders a
     * seed may change and which it keeps).
     */
    public static Loop withVirtualClock(long scheduleSeed) {
        return new Loop(new LoopClock.Virtual(java.time.Instant.now()), new ReadyOrder(new ReadyOrder.Rng(scheduleSeed)));
    }

    /**
     * The loop's clock in {@link System#nanoTime()} units (compare by difference): the system's, or
     * the virtual one. Timers, sleeps and timeouts are deadlines on it.
     */
    public long nanoTime() {
        return clock.nanoTime();
    }

    /** The loop's wall clock, for code that takes a {@link java.time.Clock}: virtual on a virtual loop. */
    public java.time.Clock clock() {
        return new LoopClock.AsJavaClock(clock);
    }

    /**
     * On a {@link #withVirtualClock()} loop: from now on, {@code sink} gets one line per turn, the
     * loop's time and the order its ready entries run in, e.g. {@code turn 3 @0.000ms: deposit#2
     * deposit#1} (a task's name and rank among the tasks of that name; callbacks are
     * {@code callback#k}). The same seed prints the same lines. {@code null} stops the trace.
     */
    public void traceSchedule(Consumer<? super String> sink) {
        checkOpen();
        if (!clock.isVirtual()) {
            throw new IllegalStateException("Boucle: traceSchedule needs a loop made by Loop.withVirtualClock(...);"
                    + " a real-time loop's schedule depends on timing and would not replay");
        }
        if (order == null) {
            order = new ReadyOrder(null);
        }
        order.trace(sink);
    }

    /** The loop running on this thread, or {@code null}. */
    public static Loop current() {
        return CURRENT.get();
    }

    /** Schedules {@code c} as a new task at the back of the ready queue. */
    public <T> Task<T> schedule(Coroutine<T> c) {
        return schedule(c, null);
    }

    /** Schedules {@code c} as a new task named {@code name} (the method's name if {@code null}). */
    public <T> Task<T> schedule(Coroutine<T> c, String name) {
        Task<T> t = newTask(c, name);
        enqueue(t);
        return t;
    }

    /** Runs until no task is left alive, no callback is ready and no timer is pending. */
    public void runUntilEmpty() {
        runLoop(null);
    }

    /**
     * Schedules {@code c} and runs the loop until it is done (other tasks may remain): its result,
     * or its exception rethrown ({@link CancelledException} if it was cancelled).
     */
    public <T> T runUntilComplete(Coroutine<T> c) {
        checkNotNested("runUntilComplete");
        Task<T> t = schedule(c);
        runLoop(t);
        return t.result();
    }

    /**
     * Runs {@code c} on a new loop, then cancels the tasks still alive and runs them to their end
     * (so their {@code finally} blocks run), and closes the loop (asyncio.run). Tasks that those
     * {@code finally} blocks start are cancelled in turn, until none is left. Refused from inside a
     * running loop (it would freeze that loop): await {@code c} there instead.
     */
    public static <T> T run(Coroutine<T> c) {
        checkNotNested("Loop.run");
        try (Loop loop = new Loop()) {
            T result;
            try {
                result = loop.runUntilComplete(c);
            } catch (Throwable e) {
                try {
                    loop.cancelAll();
                } catch (Throwable again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            loop.cancelAll();
            return result;
        }
    }

    /**
     * Cancels every task still alive and runs the loop until they are done; then the same for the
     * tasks they started meanwhile, until no task is left.
     */
    private void cancelAll() {
        while (liveTasks > 0) {
            List<Task<?>> alive = tasks();
            Waiter allDone = new Waiter(alive.size());
            for (Task<?> t : alive) {
                t.cancel();
                t.onDone(x -> allDone.set());
            }
            runLoop(schedule(Then.of("cancelAll", t -> allDone, v -> null), "<shutdown>"));
        }
    }

    /** Refuses to run a loop on a thread where a loop is running already (it would freeze it). */
    private static void checkNotNested(String what) {
        Loop outer = CURRENT.get();
        if (outer != null && outer.running) {
            throw new IllegalStateException("Boucle: " + what + " called from inside a running loop; it would block"
                    + " that loop until it returns. Await the coroutine instead (or schedule it as a task).");
        }
    }

    /** The tasks of this loop that are not done yet, oldest first. */
    public List<Task<?>> tasks() {
        List<Task<?>> all = new ArrayList<>(liveTasks);
        for (Task<?> t = liveHead; t != null; t = t.nextLive) {
            all.add(t);
        }
        Collections.reverse(all);
        return all;
    }

    /** Runs {@code r} on the loop, after what is ready now. */
    public void callSoon(Runnable r) {
        Objects.requireNonNull(r, "r");
        checkOpen();
        ready.addLast(r);
    }

    /** Runs {@code r} on the loop once {@code delay} has passed (timers due together: in the order set). */
    public void callLater(Duration delay, Runnable r) {
        Objects.requireNonNull(r, "r");
        checkOpen();
        timers.add(clock.nanoTime() + Sleep.saturatedNanos(delay), r);
    }

    /** From any thread: runs {@code r} on the loop soon, waking it if it is blocked. */
    public void callSoonThreadsafe(Runnable r) {
        Objects.requireNonNull(r, "r");
        if (closed) {
            throw new IllegalStateException("Boucle: the loop is closed");
        }
        poller.post(r);
    }

    /**
     * Calls {@code hook} with every task of this loop when it is done, after the task's own
     * {@link Task#onDone} callbacks: the seeds' loop, which prints each task as it finishes, is
     * {@code loop.onTaskDone(System.out::println)}. Hooks added later run after earlier ones.
     */
    public void onTaskDone(Consumer<? super Task<?>> hook) {
        Objects.requireNonNull(hook, "hook");
        Consumer<? super Task<?>> h = taskDoneHook;
        if (h == null) {
            taskDoneHook = hook;
        } else {
            taskDoneHook = t -> {
                h.accept(t);
                hook.accept(t);
            };
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Releases the selector. Tasks still alive are dropped without running again (to let them
     * clean up first, cancel them and run the loop: {@link #run(Coroutine)} does).
     */
    @Override
    public void close() {
        if (running) {
            throw new IllegalStateException("Boucle: cannot close a running loop");
        }
        if (!closed) {
            closed = true;
            Throwable failure = null;
            if (closeHooks != null) {
                for (int i = closeHooks.size() - 1; i >= 0; i--) {
                    try {
                        closeHooks.get(i).run();
                    } catch (Throwable e) {
                        if (failure == null) {
                            failure = e;
                        } else {
                            failure.addSuppressed(e);
                        }
                    }
                }
                closeHooks = null;
            }
            poller.close();
            if (failure != null) {
                throw Loop.<RuntimeException>sneaky(failure);
            }
        }
    }

    /**
     * Runs {@code hook} when the loop closes (after {@link #run} has let the cancelled tasks
     * finish), hooks added last first: where what the loop owns is released, such as the worker
     * threads of {@link Boucle#toThread}. Loop's thread only.
     */
    public void onClose(Runnable hook) {
        Objects.requireNonNull(hook, "hook");
        checkOpen();
        if (closeHooks == null) {
            closeHooks = new ArrayList<>(2);
        }
        closeHooks.add(hook);
    }

    /**
     * From any thread: runs {@code c} as a task of this loop (asyncio's
     * {@code run_coroutine_threadsafe}), and returns a future of its result. Cancelling the future
     * cancels the task (its {@code finally} blocks run, on the loop's thread, after the future is
     * already cancelled). If the loop closes before the task is created, the future fails with
     * {@link IllegalStateException}. See {@link dev.boucle.interop} for the rest of the bridges.
     */
    public <T> java.util.concurrent.CompletableFuture<T> submit(Coroutine<T> c) {
        Objects.requireNonNull(c, "c");
        if (closed) {
            throw new IllegalStateException("Boucle: submit: the loop is closed");
        }
        Submission<T> s = new Submission<>(this, c);
        poller.post(s);
        return s.future();
    }

    // ---------------------------------------------------------------- the loop

    private void runLoop(Task<?> until) {
        checkOpen();
        if (running) {
            throw new IllegalStateException("Boucle: the loop is already running; await the coroutine"
                    + " instead of running the loop again from inside it");
        }
        Loop previous = CURRENT.get();
        CURRENT.set(this);
        running = true;
        owner = Thread.currentThread();
        try {
            for (;;) {
                if (until != null ? until.state == Task.DONE : idle()) {
                    return;
                }
                events();
                if (order != null) {
                    if (arrangedTurn(until)) {
                        return;
                    }
                    continue;
                }
                for (int n = ready.size(); n > 0; n--) {
                    Object o = ready.pollFirst();
                    if (o instanceof Task) {
                        step((Task<?>) o);
                        if (until != null && until.state == Task.DONE) {
                            return;
                        }
                    } else {
                        runCallback((Runnable) o);
                    }
                }
            }
        } finally {
            running = false;
            current = null;
            owner = null;
            CURRENT.set(previous);
        }
    }

    /**
     * A turn of a seeded or traced loop: this turn's entries in the order {@link ReadyOrder} drew
     * (taken out of the queue, so the order costs no second trip through it). True if {@code until}
     * finished; the entries not run yet then go back to the front of the queue, in their order.
     */
    private boolean arrangedTurn(Task<?> until) {
        ReadyOrder o = order;
        Object[] b = o.arrange(ready, clock.nanoTime());
        int n = o.size();
        for (int i = 0; i < n; i++) {
            Object e = b[i];
            b[i] = null;
            if (e instanceof Task) {
                step((Task<?>) e);
                if (until != null && until.state == Task.DONE) {
                    for (int j = n - 1; j > i; j--) {
                        ready.addFirst(b[j]);
                        b[j] = null;
                    }
                    return true;
                }
            } else {
                runCallback((Runnable) e);
            }
        }
        return false;
    }

    /** The hot path: one step of {@code t}. A yield is recognised by identity and allocates nothing. */
    private void step(Task<?> t) {
        if (current != t) {
            current = t; // no store (no write barrier) when one task runs turn after turn
        }
        if (Contexts.hooked) {
            Contexts.enter(t); // rare: only once a context hook is installed
        }
        if (t.step()) {
            Object m = t.pending();
            if (m == Yield.INSTANCE) {
                t.state = Task.QUEUED;
                ready.addLast(t);
            } else {
                t.forgetPending();
                kernel.dispatch(t, m);
            }
        }
    }

    /** Nothing left to do: no task alive, nothing ready, no timer, no post. */
    private boolean idle() {
        return liveTasks == 0 && ready.isEmpty() && timers.isEmpty() && !poller.hasPosts();
    }

    /** Posted callbacks, due timers and I/O; blocks in the selector if nothing is ready. */
    private void events() {
        if (poller.hasPosts()) {
            poller.runPosts();
        }
        if (!timers.isEmpty()) {
            fireTimers(clock.nanoTime());
        }
        if (!ready.isEmpty()) {
            if (poller.ioWaiting > 0) {
                poller.poll(0);
            }
            return;
        }
        if (liveTasks == 0 && timers.isEmpty() && !poller.hasPosts()) {
            return; // the posts were the last work: nothing to wait for, the loop is idle
        }
        clock.idle(poller, timers);
        if (poller.hasPosts()) {
            poller.runPosts();
        }
        if (!timers.isEmpty()) {
            fireTimers(clock.nanoTime());
        }
    }

    private void fireTimers(long now) {
        Object target;
        while ((target = timers.pollDue(now)) != null) {
            if (target instanceof Task) {
                wake((Task<?>) target, null, null, timers);
            } else if (target instanceof CancelScope) {
                ((CancelScope) target).expire();
            } else {
                ready.addLast(target);
            }
        }
    }

    // ------------------------------------------------------- used by Task, Waiter, LoopKernel

    <T> Task<T> newTask(Coroutine<T> c, String name) {
        checkOpen();
        Task<T> t = new Task<>(this, c, name);
        // contextvars: a new task starts with its creator's context (the running task's, else the thread's)
        dev.boucle.context.Context ctx = current != null ? Contexts.of(current) : Contexts.ofThread();
        if (ctx != null) {
            Contexts.set(t, ctx);
        }
        liveTasks++;
        Task<?> head = liveHead;
        if (head != null) {
            head.prevLive = t;
            t.nextLive = head;
        }
        liveHead = t;
        return t;
    }

    /** Puts {@code t} at the back of the ready queue. */
    void enqueue(Task<?> t) {
        t.state = Task.QUEUED;
        ready.addLast(t);
    }

    /**
     * Answers the waiting {@code t} with a value or an error, unparking it from everything it waited
     * on except {@code from}, the parking that wakes it (null: none).
     */
    void wake(Task<?> t, Object value, Throwable error, Parking from) {
        if (t.parkings != null) {
            kernel.unparkAllBut(t, from, false);
        }
        t.reply(value, error);
        if (t.scope != null) {
            t.attention |= Task.REPLIED; // see Task.stepRare: a reply is never lost to a scope's cancellation
        }
        enqueue(t);
    }

    void taskDone(Task<?> t) {
        liveTasks--;
        Task<?> prev = t.prevLive;
        Task<?> next = t.nextLive;
        if (prev == null) {
            liveHead = next;
        } else {
            prev.nextLive = next;
        }
        if (next != null) {
            next.prevLive = prev;
        }
        t.prevLive = null;
        t.nextLive = null;
        Consumer<? super Task<?>> h = taskDoneHook;
        if (h != null) {
            runCallback(h, t);
        }
    }

    void runCallback(Runnable r) {
        current = null;
        try {
            r.run();
        } catch (Throwable e) {
            report("the callback " + r, e);
        }
    }

    <T> void runCallback(Consumer<? super T> c, T arg) {
        try {
            c.accept(arg);
        } catch (Throwable e) {
            report("a done callback of " + arg, e);
        }
    }

    /** Reports an exception nobody can receive (a callback's), and goes on. */
    void report(String where, Throwable e) {
        System.err.println("Boucle: exception in " + where + ":");
        e.printStackTrace();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("Boucle: the loop is closed");
        }
        checkThread();
    }

    /**
     * Whether the caller may use this loop and its objects: it is the thread running the loop, or
     * the loop is not running. Primitives bound to a loop check it before they change any state.
     */
    public boolean inLoopThread() {
        Thread o = owner;
        return o == null || o == Thread.currentThread();
    }

    /** Fails if another thread than the one running the loop touches it. */
    void checkThread() {
        Thread o = owner;
        if (o != null && o != Thread.currentThread()) {
            throw new IllegalStateException("Boucle: the loop runs on thread '" + o.getName() + "' and was called from '"
                    + Thread.currentThread().getName() + "'; from another thread, use loop.callSoonThreadsafe(...)");
        }
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }

    @Override
    public String toString() {
        return "<Loop " + liveTasks + " tasks, " + ready.size() + " ready, " + timers.size() + " timers"
                + (closed ? ", closed>" : ">");
    }
}

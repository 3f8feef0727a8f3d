package dev.boucle;

import dev.boucle.internal.Body;
import dev.boucle.internal.Frame;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Function;

/**
 * Structured concurrency: the children of a {@link Boucle#taskGroup} (asyncio's {@code TaskGroup},
 * Trio's nursery, Kotlin's {@code coroutineScope}). The group's body runs inline in the awaiting
 * task; the group ends when the body and every child have ended, so no child outlives it.
 *
 * <ul>
 *   <li><b>Failure</b>: the first child that fails (or a body that fails) cancels the body and the
 *       other children; once all have finished, that first exception is thrown at the await,
 *       unwrapped, with any further failures attached as suppressed. A child that ends cancelled is
 *       not a failure.</li>
 *   <li><b>Cancellation</b>: cancelling the awaiting task (or an enclosing timeout) cancels the body
 *       and every child and waits for them; the awaiter then gets the {@link CancelledException}.
 *       {@link #cancel()} does the same from inside, and the group then ends normally: its value is
 *       the body's if it returned one, else {@code null}.</li>
 *   <li><b>Supervisor</b> ({@link Boucle#supervisorGroup}): a child's failure cancels nothing and is
 *       not rethrown; it stays on the child's {@link Task}.</li>
 * </ul>
 *
 * <p>The group's body is a {@link CancelScope}, so its cancellation is level-triggered like a
 * timeout's. Waiting for the children after the body is shielded: a cancellation that arrives then
 * is delivered once, cancels the children, and the group still waits for them to finish.
 */
public final class TaskGroup {
    private static final Body BODY = (self, f) -> ((TaskGroup) self).resume(f);

    private final Function<TaskGroup, ? extends Coroutine<?>> bodyFactory;
    private final boolean supervisor;
    private Task<?> owner;
    private CancelScope bodyScope;
    /** Children not done yet. */
    private final ArrayList<Task<?>> children = new ArrayList<>();
    private final Gate gate = new Gate();
    private Throwable failure;
    private CancelledException cancelledFromOutside;
    private CancelScope shield;
    private Object value;
    private boolean cancelling;
    private boolean ended;

    private TaskGroup(Function<TaskGroup, ? extends Coroutine<?>> body, boolean supervisor) {
        this.bodyFactory = body;
        this.supervisor = supervisor;
    }

    @SuppressWarnings("unchecked")
    static <T> Coroutine<T> coroutine(Function<TaskGroup, Coroutine<T>> body, boolean supervisor) {
        String name = supervisor ? "supervisorGroup" : "taskGroup";
        Objects.requireNonNull(body, () -> "Boucle." + name + ": the body argument is null");
        return (Coroutine<T>) (Coroutine<?>) new Frame(BODY, new TaskGroup(body, supervisor), "dev/boucle/Boucle", name, 0, 0);
    }

    /**
     * Starts {@code c} as a child task of the group, at the back of the ready queue, and returns it.
     * Refused with an {@link IllegalStateException} once the group has ended, or while it is being
     * cancelled after a failure.
     */
    public <T> Task<T> spawn(Coroutine<T> c) {
        return spawn(c, null);
    }

    /** {@link #spawn(Coroutine)} with a task name of your choosing. */
    public <T> Task<T> spawn(Coroutine<T> c, String name) {
        Objects.requireNonNull(c, "TaskGroup.spawn: the coroutine argument is null");
        Loop loop = owner.loop;
        loop.checkThread();
        if (ended) {
            throw new IllegalStateException("Boucle: TaskGroup.spawn(" + c + ") on a group that has ended; spawn"
                    + " children while the group's body or its children run");
        }
        if (cancelling) {
            throw new IllegalStateException("Boucle: TaskGroup.spawn(" + c + ") on a group that is shutting down"
                    + " (a child failed or the group was cancelled)");
        }
        Task<T> t = loop.schedule(c, name);
        children.add(t);
        t.onDone(this::childDone);
        return t;
    }

    /**
     * Starts {@code child} as a child task and waits until it calls {@link Started#started} (Trio's
     * {@code nursery.start}): the value it passes is the await's result. If the child ends before,
     * the await throws its exception (or an {@link IllegalStateException} if it finished without
     * calling {@code started}). The child goes on running in the group.
     */
    public <R> Awaitable<R> start(Function<Started<R>, ? extends Coroutine<?>> child) {
        Objects.requireNonNull(child, "TaskGroup.start: the child argument is null");
        Started<R> s = new Started<>();
        Task<?> t = spawn(child.apply(s));
        s.child = t;
        t.onDone(s::childDone);
        return s;
    }

    /** Cancels the group's body and every child; the group then ends normally once they all have. */
    public void cancel() {
        owner.loop.checkThread();
        if (!ended) {
            cancelAll("the task group was cancelled");
        }
    }


    /** Cancels the children, then the body (asyncio's order: its TaskGroup aborts the children first). */
    private void cancelAll(String why) {
        cancelling = true;
        for (Task<?> c : new ArrayList<>(children)) {
            c.cancel();
        }
        if (bodyScope != null) {
            bodyScope.cancel(why);
        }
    }

    private void childDone(Task<?> child) {
        children.remove(child);
        if (child.status() == Task.Status.ERROR && !supervisor) {
            Throwable e = child.exception();
            if (failure == null) {
                failure = e;
                cancelAll("a child of the task group failed: " + child);
            } else if (e != failure) {
                failure.addSuppressed(e);
            }
        }
        if (children.isEmpty()) {
            gate.open();
        }
    }

    // ---------------------------------------------------------------- the group's state machine

    private Object resume(Frame f) {
        Object v;
        switch (f.label) {
            case 0:
                owner = (Task<?>) f.task();
                bodyScope = CancelScope.enter(owner, false);
                try {
                    v = Frame.await(bodyFactory.apply(this), f);
                } catch (Throwable e) {
                    return bodyEnded(f, null, e);
                }
                if (v == Frame.SUSPENDED) {
                    f.label = 1;
                    return v;
                }
                return bodyEnded(f, v, null);
            case 1:
                try {
                    v = f.takeSent();
                } catch (Throwable e) {
                    return bodyEnded(f, null, e);
                }
                return bodyEnded(f, v, null);
            default: // 2: woken from waiting for the children
                try {
                    f.takeSent();
                } catch (CancelledException e) {
                    outsideCancelled(e);
                }
                return waitChildren(f);
        }
    }

    private Object bodyEnded(Frame f, Object v, Throwable e) {
        CancelScope s = bodyScope;
        s.exit();
        if (e == null) {
            value = v;
        } else if (s.owns(e)) {
            // the group's own cancellation (a failure, or cancel()): not an error of the body
        } else if (e instanceof CancelledException) {
            outsideCancelled((CancelledException) e);
        } else if (failure == null) {
            failure = e;
            cancelAll("the body of the task group failed");
        } else {
            failure.addSuppressed(e);
        }
        return waitChildren(f);
    }

    /** The awaiting task, or a scope around the group, was cancelled: cancel everything, keep waiting. */
    private void outsideCancelled(CancelledException e) {
        if (cancelledFromOutside == null) {
            cancelledFromOutside = e;
        }
        cancelAll("the task awaiting the task group was cancelled");
        if (shield == null) {
            shield = CancelScope.enter(owner, true); // the rest of the wait takes no more cancellations
        }
    }

    private Object waitChildren(Frame f) {
        while (!children.isEmpty()) {
            Object v;
            try {
                v = Frame.await(gate, f);
            } catch (CancelledException e) {
                outsideCancelled(e);
                continue;
            }
            if (v == Frame.SUSPENDED) {
                f.label = 2;
                return v;
            }
        }
        return end();
    }

    private Object end() {
        ended = true;
        if (shield != null) {
            shield.exit();
            shield = null;
        }
        if (cancelledFromOutside != null) {
            if (failure != null) {
                cancelledFromOutside.addSuppressed(failure);
            }
            throw cancelledFromOutside;
        }
        if (failure != null) {
            throw Loop.<RuntimeException>sneaky(failure);
        }
        return value;
    }

    @Override
    public String toString() {
        return "<TaskGroup " + children.size() + " children" + (ended ? ", ended>" : cancelling ? ", cancelling>" : ">");
    }

    /** What the group waits on after its body: passable while no child is left. */
    private final class Gate implements dev.boucle.syscall.Syscall<Void> {
        private final dev.boucle.syscall.WaitQueue waiting = new dev.boucle.syscall.WaitQueue();

        void open() {
            waiting.wakeAll(null);
        }

        @Override
        public Object poll(Task<?> sender) {
            return children.isEmpty() ? null : NOT_READY;
        }

        @Override
        public void handle(dev.boucle.syscall.Kernel kernel, Task<?> sender) {
            waiting.park(kernel, sender);
        }

        @Override
        public String toString() {
            return "the children of a task group";
        }
    }

    /**
     * What a child started with {@link TaskGroup#start} calls once it is ready: the value it passes
     * is what the starter's await returns.
     */
    public static final class Started<R> implements dev.boucle.syscall.Syscall<R> {
        private final dev.boucle.syscall.WaitQueue waiting = new dev.boucle.syscall.WaitQueue();
        private Task<?> child;
        private boolean started;
        private R value;
        private Throwable failed;

        Started() {}

        /** Says the child is ready, handing {@code value} to the task that started it. Once only. */
        public void started(R value) {
            child.loop.checkThread();
            if (started) {
                throw new IllegalStateException("Boucle: Started.started called twice by " + child);
            }
            started = true;
            this.value = value;
            waiting.wakeAll(value);
        }

        void childDone(Task<?> t) {
            if (started) {
                return;
            }
            Throwable e = t.status() == Task.Status.FINISHED
                    ? new IllegalStateException("Boucle: " + t + " finished without calling started(...)")
                    : t.status() == Task.Status.ERROR ? t.exception() : new CancelledException(t + " was cancelled before it started");
            failed = e;
            waiting.failAll(e);
        }

        @Override
        public Object poll(Task<?> sender) {
            if (started) {
                return value;
            }
            if (failed != null) {
                throw Loop.<RuntimeException>sneaky(failed);
            }
            return NOT_READY;
        }

        @Override
        public void handle(dev.boucle.syscall.Kernel kernel, Task<?> sender) {
            waiting.park(kernel, sender);
        }

        @Override
        public String toString() {
            return "start of " + child;
        }
    }
}

package dev.boucle;

import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import java.nio.channels.SelectableChannel;
import java.util.ArrayList;

/**
 * The loop's rare path: answering the messages other than a yield (syscalls, joins, waiters,
 * unknown ones), and the {@link Kernel} that syscall handlers talk to. Kept out of {@link Loop}
 * so that the loop's step stays small.
 */
final class LoopKernel implements Kernel {
    private final Loop loop;
    /** True while a handler runs: the tasks it spawns wait in {@link #spawned} until it returns. */
    private boolean handling;
    private final ArrayList<Task<?>> spawned = new ArrayList<>();

    LoopKernel(Loop loop) {
        this.loop = loop;
    }

    /** Answers {@code t}, which suspended on {@code m}. */
    void dispatch(Task<?> t, Object m) {
        t.state = Task.WAITING;
        if (t.cancelRequested) {
            loop.enqueue(t); // cancelled while it ran: the step throws the cancellation at this await
        } else if (m instanceof Syscall) {
            handle(t, (Syscall<?>) m);
        } else if (m instanceof Task) {
            join(t, (Task<?>) m);
        } else if (m instanceof Waiter) {
            ((Waiter) m).park(t);
        } else {
            loop.wake(t, null, new IllegalArgumentException("Boucle: " + t + " awaited " + describe(m)
                    + ", a message the loop does not know. Await a coroutine, a Task, a Waiter or a"
                    + " dev.boucle.syscall.Syscall (implement it to define a new message)."));
        }
    }

    private static String describe(Object m) {
        String s;
        try {
            s = String.valueOf(m);
        } catch (RuntimeException e) {
            s = "?";
        }
        return m == null ? "null" : m.getClass().getName() + " (" + s + ")";
    }

    private void handle(Task<?> t, Syscall<?> call) {
        boolean outer = !handling;
        handling = true;
        int queued = loop.order != null ? loop.ready.size() : 0;
        try {
            call.handle(this, t);
        } catch (Throwable e) {
            if (t.state == Task.WAITING) {
                detach(t, true); // undo what the handler registered before it failed
                loop.wake(t, null, e);
            } else {
                loop.report("the handler of " + call + " after it answered " + t, e);
            }
        } finally {
            if (outer) {
                handling = false;
                for (int i = 0; i < spawned.size(); i++) {
                    loop.enqueue(spawned.get(i));
                }
                spawned.clear();
                if (loop.order != null) {
                    loop.order.handled(loop.ready, queued, t); // a seeded turn keeps this syscall's order
                }
            }
        }
    }

    private void join(Task<?> t, Task<?> target) {
        if (target == t) {
            loop.wake(t, null, new IllegalStateException("Boucle: " + t + " awaits itself; it would never finish"));
            return;
        }
        target.addListener(t);
        t.addBlocker(target);
    }

    /**
     * Releases what {@code t} waits on (timer, join, waiter, I/O), running the {@link #onCancel}
     * hooks if it is being {@code cancelled}.
     */
    void detach(Task<?> t, boolean cancelled) {
        if (t.timerIndex >= 0) {
            loop.timers.removeAt(t.timerIndex);
        }
        Object b = t.blockers;
        t.blockers = null;
        if (b instanceof Task.Many) {
            for (Object o : (Task.Many) b) {
                release(t, o, cancelled);
            }
        } else if (b != null) {
            release(t, b, cancelled);
        }
    }

    private void release(Task<?> t, Object b, boolean cancelled) {
        if (b instanceof Task) {
            ((Task<?>) b).removeListener(t);
        } else if (b instanceof Waiter) {
            ((Waiter) b).unpark(t);
        } else if (b instanceof Poller.Slots) {
            loop.poller.release((Poller.Slots) b, t);
        } else if (cancelled) {
            try {
                ((Runnable) b).run();
            } catch (Throwable e) {
                loop.report("the onCancel hook of " + t, e);
            }
        }
    }

    private void checkOwn(Task<?> task) {
        if (task.loop != loop) {
            throw new IllegalArgumentException("Boucle: " + task + " belongs to another loop");
        }
    }

    /** Whether {@code task} can be answered now; throws if it was answered already. */
    private boolean answerable(Task<?> task) {
        checkOwn(task);
        if (task.state == Task.WAITING) {
            return true;
        }
        if (task.cancelRequested || task.isDone()) {
            return false; // cancelled meanwhile: the answer comes too late
        }
        throw new IllegalStateException("Boucle: " + task + " is not waiting for an answer (answered twice?)");
    }

    @Override
    public void reply(Task<?> task, Object value) {
        if (answerable(task)) {
            loop.wake(task, value, null);
        }
    }

    @Override
    public void fail(Task<?> task, Throwable error) {
        if (error == null) {
            throw new NullPointerException("error");
        }
        if (answerable(task)) {
            loop.wake(task, null, error);
        }
    }

    @Override
    public <T> Task<T> spawn(dev.boucle.Coroutine<T> c) {
        Task<T> t = loop.newTask(c, null);
        if (handling) {
            spawned.add(t);
        } else {
            loop.enqueue(t);
        }
        return t;
    }

    @Override
    public long nanoTime() {
        return loop.clock.nanoTime();
    }

    @Override
    public long nanoTimeAt(java.time.Instant when) {
        return loop.clock.nanoTimeAt(when);
    }

    @Override
    public void wakeAt(Task<?> task, long deadlineNanos) {
        checkOwn(task);
        if (task.timerIndex >= 0) {
            throw new IllegalStateException("Boucle: " + task + " already waits for a timer");
        }
        loop.timers.add(deadlineNanos, task);
    }

    @Override
    public void wakeOnReady(Task<?> task, SelectableChannel channel, int ops) {
        checkOwn(task);
        try {
            loop.poller.register(task, channel, ops);
        } catch (java.nio.channels.ClosedChannelException e) {
            throw Loop.<RuntimeException>sneaky(e); // the task gets it at its await, as from the channel
        }
    }

    @Override
    public void onCancel(Task<?> task, Runnable onCancel) {
        checkOwn(task);
        if (onCancel == null) {
            throw new NullPointerException("onCancel");
        }
        task.addBlocker(onCancel);
    }

    @Override
    public Loop loop() {
        return loop;
    }
}

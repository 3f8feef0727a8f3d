package dev.boucle;

import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import java.nio.channels.SelectableChannel;
import dev.boucle.syscall.Parking;
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
        if ((t.attention & Task.CANCEL) != 0) {
            loop.enqueue(t); // cancelled while it ran: the step throws the cancellation at this await
        } else if (m instanceof Syscall) {
            handle(t, (Syscall<?>) m);
        } else {
            loop.wake(t, null, new IllegalArgumentException("Boucle: " + t + " awaited " + describe(m)
                    + ", a message the loop does not know. Await a coroutine, a Task, a Waiter or a"
                    + " dev.boucle.syscall.Syscall (implement it to define a new message)."), null);
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
                unparkAll(t, true); // undo what the handler registered before it failed
                loop.wake(t, null, e, null);
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

    /**
     * Unparks {@code t} from everything it is parked on: {@code cancelled}, or woken by another way
     * than a parking (a handler's reply).
     */
    void unparkAll(Task<?> t, boolean cancelled) {
        unparkAllBut(t, null, cancelled);
    }

    /** Unparks {@code t} from everything it is parked on except {@code from}, the parking that wakes it. */
    void unparkAllBut(Task<?> t, Parking from, boolean cancelled) {
        Object b = t.parkings;
        if (b == null) {
            return;
        }
        t.parkings = null;
        if (b instanceof Task.Many) {
            for (Object o : (Task.Many) b) {
                if (o != from) {
                    unpark(t, (Parking) o, cancelled);
                }
            }
        } else if (b != from) {
            unpark(t, (Parking) b, cancelled);
        }
    }

    private void unpark(Task<?> t, Parking p, boolean cancelled) {
        try {
            p.unpark(t, cancelled);
        } catch (Throwable e) {
            loop.report("the unpark of " + t + " from " + p, e);
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
        if ((task.attention & Task.CANCEL) != 0 || task.isDone()) {
            return false; // cancelled meanwhile: the answer comes too late
        }
        throw new IllegalStateException("Boucle: " + task + " is not waiting for an answer (answered twice?)");
    }

    @Override
    public void reply(Task<?> task, Object value, Parking from) {
        if (answerable(task)) {
            loop.wake(task, value, null, from);
            if (from != null) {
                task.replyFrom = from;
                task.attention |= Task.REFUNDABLE;
            }
        }
    }

    @Override
    public void fail(Task<?> task, Throwable error, Parking from) {
        if (error == null) {
            throw new NullPointerException("Kernel.fail: the error argument is null");
        }
        if (answerable(task)) {
            loop.wake(task, null, error, from);
        }
    }

    @Override
    public void park(Task<?> task, Parking on) {
        checkOwn(task);
        if (on == null) {
            throw new NullPointerException("Kernel.park: the parking argument is null");
        }
        if (task.state != Task.WAITING) {
            throw new IllegalStateException("Boucle: " + task + " is not suspended on a syscall being handled; only a"
                    + " handler can park its sender");
        }
        task.parkings = Task.Many.add(task.parkings, on);
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
        task.parkings = Task.Many.add(task.parkings, loop.timers);
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
    public Loop loop() {
        return loop;
    }
}

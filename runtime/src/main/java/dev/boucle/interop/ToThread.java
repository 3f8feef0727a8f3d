package dev.boucle.interop;

import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.context.Context;
import dev.boucle.internal.Contexts;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Parking;
import dev.boucle.syscall.Syscall;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * Running a blocking call on another thread ({@code toThread}): the task parks; the call runs on
 * the executor with a copy of the task's context; its outcome comes back through the loop's
 * thread-safe door. Cancelling the task cancels the {@link FutureTask} with interruption.
 */
final class ToThread<T> implements Syscall<T> {
    private final Executor executor;
    private final Callable<T> blocking;

    ToThread(Executor executor, Callable<T> blocking) {
        this.executor = executor;
        this.blocking = blocking;
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        Context ctx = Contexts.of(sender);
        Job job = new Job(kernel, sender, (ctx == null ? Context.EMPTY : ctx).wrap(blocking));
        kernel.park(sender, job);
        Executor ex = executor != null ? executor : Workers.of(kernel.loop());
        ex.execute(job); // a RejectedExecutionException fails the await (the kernel undoes onCancel)
    }

    private final class Job extends FutureTask<T> implements Parking {
        private final Kernel kernel;
        private final Loop loop;
        /** The waiting task; {@code null} once answered or cancelled. Loop's thread only. */
        private Task<?> waiting;

        Job(Kernel kernel, Task<?> waiting, Callable<T> call) {
            super(call);
            this.kernel = kernel;
            this.loop = kernel.loop();
            this.waiting = waiting;
        }

        /** On the worker, once the call returned or threw (or on the loop's thread, once cancelled). */
        @Override
        protected void done() {
            if (isCancelled()) {
                return; // the task already has its cancellation
            }
            try {
                loop.callSoonThreadsafe(this::deliver);
            } catch (IllegalStateException closed) {
                // the loop is closed: its tasks will never run again
            }
        }

        private void deliver() {
            Task<?> t = waiting;
            if (t == null) {
                return;
            }
            waiting = null;
            try {
                kernel.reply(t, get(), this);
            } catch (ExecutionException e) {
                kernel.fail(t, e.getCause(), this);
            } catch (InterruptedException | RuntimeException e) {
                kernel.fail(t, e, this); // cannot happen: the job is done
            }
        }

        /** The task stopped waiting: cancelled, or woken by another parking (a timeout). */
        @Override
        public void unpark(Task<?> task, boolean cancelled) {
            waiting = null;
            cancel(true); // interrupts the worker if the call runs; it never starts if it has not
        }

        @Override
        public String describeWait(Task<?> task) {
            return ToThread.this.toString();
        }
    }

    @Override
    public String toString() {
        return "<toThread " + blocking + ">";
    }
}

package dev.boucle.interop;

import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Parking;
import dev.boucle.syscall.Syscall;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * Awaiting a {@link CompletionStage}: the task parks until the stage completes, on whatever thread;
 * the completion is handed to the task's loop through its thread-safe door (which wakes a blocked
 * loop at once), or delivered directly when it happens on the loop's own thread.
 */
final class StageWait<T> implements Syscall<T> {
    private final CompletionStage<T> stage;
    private final boolean cancelFuture;

    StageWait(CompletionStage<T> stage, boolean cancelFuture) {
        this.stage = stage;
        this.cancelFuture = cancelFuture;
    }

    @Override
    public void handle(Kernel kernel, Task<?> sender) {
        Link link = new Link(kernel, sender);
        kernel.park(sender, link); // first: the stage may be complete, and answer inside whenComplete
        stage.whenComplete(link);
    }

    /** One await of the stage: its completion callback, and its undo if the task is cancelled. */
    private final class Link implements BiConsumer<T, Throwable>, Parking {
        private final Kernel kernel;
        private final Loop loop;
        /** The waiting task; {@code null} once answered or cancelled. Loop's thread only. */
        private Task<?> waiting;

        Link(Kernel kernel, Task<?> waiting) {
            this.kernel = kernel;
            this.loop = kernel.loop();
            this.waiting = waiting;
        }

        /** The stage completed, on any thread. */
        @Override
        public void accept(T value, Throwable error) {
            if (Loop.current() == loop) {
                deliver(value, error);
            } else {
                try {
                    loop.callSoonThreadsafe(() -> deliver(value, error));
                } catch (IllegalStateException closed) {
                    // the loop is closed: its tasks will never run again
                }
            }
        }

        private void deliver(T value, Throwable error) {
            Task<?> t = waiting;
            if (t == null) {
                return; // cancelled meanwhile: the task may wait on something else now
            }
            waiting = null;
            if (error == null) {
                kernel.reply(t, value, this);
            } else {
                kernel.fail(t, Interop.unwrap(error), this);
            }
        }

        /** The task stopped waiting (cancelled, or woken by another parking such as a timeout). */
        @Override
        public void unpark(Task<?> task, boolean cancelled) {
            waiting = null; // the future keeps this link until it completes: let it not keep the task
            if (cancelled && cancelFuture) {
                try {
                    stage.toCompletableFuture().cancel(true);
                } catch (UnsupportedOperationException notConvertible) {
                    // a stage that cannot be converted cannot be cancelled either
                }
            }
        }

        @Override
        public String describeWait(Task<?> task) {
            return StageWait.this.toString();
        }
    }

    @Override
    public String toString() {
        return "<await " + stage + (cancelFuture ? " (cancelling)>" : ">");
    }
}

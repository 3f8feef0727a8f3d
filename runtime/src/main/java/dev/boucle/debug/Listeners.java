package dev.boucle.debug;

import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.internal.LoopAccess;
import java.util.Arrays;
import java.util.Objects;

/** Registers {@link LoopListener}s on a loop. Call on the loop's thread, or before it runs. */
public final class Listeners {
    private Listeners() {}

    /** Adds {@code listener} to {@code loop}; listeners run in the order added. */
    public static void add(Loop loop, LoopListener listener) {
        Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(listener, "listener");
        LoopAccess a = LoopAccess.get();
        checkThread(a, loop);
        LoopListener now = a.listener(loop);
        if (now == null) {
            a.setListener(loop, listener);
        } else if (now instanceof Many) {
            LoopListener[] ls = ((Many) now).all;
            LoopListener[] more = Arrays.copyOf(ls, ls.length + 1);
            more[ls.length] = listener;
            a.setListener(loop, new Many(more));
        } else {
            a.setListener(loop, new Many(new LoopListener[] {now, listener}));
        }
    }

    /** Removes {@code listener} from {@code loop}; {@code false} if it was not registered there. */
    public static boolean remove(Loop loop, LoopListener listener) {
        LoopAccess a = LoopAccess.get();
        checkThread(a, loop);
        LoopListener now = a.listener(loop);
        if (now == listener) {
            a.setListener(loop, null);
            return true;
        }
        if (now instanceof Many) {
            LoopListener[] ls = ((Many) now).all;
            for (int i = 0; i < ls.length; i++) {
                if (ls[i] == listener) {
                    LoopListener[] fewer = new LoopListener[ls.length - 1];
                    System.arraycopy(ls, 0, fewer, 0, i);
                    System.arraycopy(ls, i + 1, fewer, i, ls.length - i - 1);
                    a.setListener(loop, fewer.length == 1 ? fewer[0] : new Many(fewer));
                    return true;
                }
            }
        }
        return false;
    }

    /** One listener calling {@code ls} in order. */
    static LoopListener of(LoopListener... ls) {
        return ls.length == 1 ? ls[0] : new Many(ls.clone());
    }

    private static void checkThread(LoopAccess a, Loop loop) {
        if (!a.onLoopThread(loop)) {
            throw new IllegalStateException("Boucle: listeners of " + loop + " are added and removed on its thread;"
                    + " from another thread, use loop.callSoonThreadsafe(...)");
        }
    }

    /** Several listeners, called in order. */
    private static final class Many implements LoopListener {
        final LoopListener[] all;

        Many(LoopListener[] all) {
            this.all = all;
        }

        @Override
        public void taskCreated(Task<?> task) {
            for (LoopListener l : all) {
                l.taskCreated(task);
            }
        }

        @Override
        public void taskStarted(Task<?> task) {
            for (LoopListener l : all) {
                l.taskStarted(task);
            }
        }

        @Override
        public void taskResumed(Task<?> task) {
            for (LoopListener l : all) {
                l.taskResumed(task);
            }
        }

        @Override
        public void taskSuspended(Task<?> task) {
            for (LoopListener l : all) {
                l.taskSuspended(task);
            }
        }

        @Override
        public void taskDone(Task<?> task) {
            for (LoopListener l : all) {
                l.taskDone(task);
            }
        }

        @Override
        public void callbackStarted(Runnable callback) {
            for (LoopListener l : all) {
                l.callbackStarted(callback);
            }
        }

        @Override
        public void callbackDone(Runnable callback) {
            for (LoopListener l : all) {
                l.callbackDone(callback);
            }
        }

        @Override
        public void loopTurn(Loop loop) {
            for (LoopListener l : all) {
                l.loopTurn(loop);
            }
        }

        @Override
        public void loopLag(Loop loop, long lateNanos) {
            for (LoopListener l : all) {
                l.loopLag(loop, lateNanos);
            }
        }
    }
}

package dev.boucle.serve;

import dev.boucle.Boucle;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.internal.Body;
import dev.boucle.internal.Frame;
import dev.boucle.net.AsyncSocket;
import dev.boucle.net.NetException;
import dev.boucle.net.SocketClosedException;
import java.time.Duration;
import java.util.function.Function;

/**
 * The task that accepts connections on one listening socket of a {@link SharedListener} and starts
 * each connection's handler on its loop; written by hand in the agent's shape (label 1: awaiting
 * {@code accept}, label 2: pausing after a failed accept), since the runtime is not transformed.
 *
 * <p>It ends when the listening socket is closed, and closes the socket when it ends for any other
 * reason (cancelled by {@link LoopGroup#close}). A failed accept (out of file descriptors, say) is
 * reported on standard error and retried after 100 ms rather than in a busy loop.
 */
final class AcceptLoop implements Body {
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(100);

    private final SharedListener listener;
    private final AsyncSocket socket;
    private final int loopIndex;
    private final Function<AsyncSocket, ? extends Coroutine<?>> handler;

    AcceptLoop(SharedListener listener, AsyncSocket socket, int loopIndex,
            Function<AsyncSocket, ? extends Coroutine<?>> handler) {
        this.listener = listener;
        this.socket = socket;
        this.loopIndex = loopIndex;
        this.handler = handler;
    }

    Coroutine<Void> coroutine() {
        @SuppressWarnings("unchecked")
        Coroutine<Void> c = (Coroutine<Void>) (Coroutine<?>) new Frame(this, null, "dev/boucle/serve/SharedListener", "accept", 0, 0);
        return c;
    }

    @Override
    public Object resume(Object self, Frame f) {
        boolean ok = false;
        try {
            Object r = resumeAccepting(f);
            ok = true;
            return r;
        } finally {
            if (!ok) {
                socket.close(); // cancelled (the group closes) or a bug: never leave the port bound
            }
        }
    }

    private Object resumeAccepting(Frame f) {
        int label = f.label;
        for (;;) {
            Object r;
            if (label == 1) {
                label = 0;
                try {
                    r = f.takeSent();
                } catch (SocketClosedException e) {
                    return null; // the listener was closed: done
                } catch (NetException e) {
                    r = failed(e, f);
                    if (r == Frame.SUSPENDED) {
                        return r;
                    }
                    continue;
                }
                dispatch((AsyncSocket) r);
            } else if (label == 2) {
                label = 0;
                f.takeSent(); // the pause is over (or the cancellation is thrown here)
            }
            try {
                r = Frame.await(socket.accept(), f);
            } catch (SocketClosedException e) {
                return null;
            } catch (NetException e) {
                r = failed(e, f);
                if (r == Frame.SUSPENDED) {
                    return r;
                }
                continue;
            }
            if (r == Frame.SUSPENDED) {
                f.label = 1;
                return r;
            }
            dispatch((AsyncSocket) r);
        }
    }

    private Object failed(NetException e, Frame f) {
        System.err.println("Boucle: accept on " + socket + " failed (" + e.getMessage() + "); retrying in "
                + PAUSE_AFTER_FAILURE.toMillis() + " ms");
        Object r = Frame.await(Boucle.sleep(PAUSE_AFTER_FAILURE), f);
        if (r == Frame.SUSPENDED) {
            f.label = 2;
        }
        return r;
    }

    /** Starts the handler of {@code conn} on its loop: this one, or the next in turn. */
    private void dispatch(AsyncSocket conn) {
        LoopGroup group = listener.group();
        int target = listener.target(loopIndex);
        if (target == loopIndex) {
            start(group.loop(target), conn);
            return;
        }
        Loop loop = group.loop(target);
        try {
            loop.callSoonThreadsafe(() -> start(loop, conn));
        } catch (IllegalStateException closed) {
            conn.close(); // that loop has ended: the group is closing
        }
    }

    /** On {@code loop}'s thread: the connection's task, unless the group is closing. */
    private void start(Loop loop, AsyncSocket conn) {
        if (listener.group().isClosing()) {
            conn.close();
            return;
        }
        try {
            loop.schedule(handler.apply(conn)); // unnamed: an idle connection keeps no name string
        } catch (RuntimeException e) {
            conn.close();
            System.err.println("Boucle: the handler of " + listener + " failed for " + conn + ": " + e);
        }
    }
}

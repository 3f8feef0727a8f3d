package dev.boucle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.Iterator;
import dev.boucle.syscall.Parking;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The loop's NIO selector: where an idle loop blocks (until the next timer, an I/O event, or a
 * {@link #post} from another thread), the tasks waiting for channel readiness, and the thread-safe
 * inbox of {@link Loop#callSoonThreadsafe}. The selector is opened on first need, so a loop that
 * never blocks never opens one.
 */
final class Poller {
    private static final int[] OPS = {SelectionKey.OP_READ, SelectionKey.OP_WRITE, SelectionKey.OP_CONNECT, SelectionKey.OP_ACCEPT};
    private static final String[] OP_NAMES = {"READ", "WRITE", "CONNECT", "ACCEPT"};

    private final Loop loop;
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private volatile Selector selector;
    /** True while the loop is blocked (or about to block) in select: posts must wake it. */
    private volatile boolean sleeping;
    private boolean closed;
    /** Tasks waiting for I/O: while non-zero, a busy loop still polls the selector. */
    int ioWaiting;

    Poller(Loop loop) {
        this.loop = loop;
    }

    /** From any thread: queue {@code r} for the loop and wake it if it is blocked. */
    void post(Runnable r) {
        inbox.add(r);
        if (sleeping) {
            Selector s = selector;
            if (s != null) {
                s.wakeup();
            }
        }
    }

    boolean hasPosts() {
        return !inbox.isEmpty();
    }

    /** Moves the posted callbacks to the ready queue. */
    void drainPosts(ArrayDeque<Object> ready) {
        Runnable r;
        while ((r = inbox.poll()) != null) {
            ready.addLast(r);
        }
    }

    private Selector selector() {
        Selector s = selector;
        if (s == null) {
            if (closed) {
                throw new IllegalStateException("Boucle: the loop is closed");
            }
            try {
                s = Selector.open();
            } catch (IOException e) {
                throw new UncheckedIOException("Boucle: cannot open the loop's selector", e);
            }
            selector = s;
        }
        return s;
    }

    /**
     * Waits for I/O: {@code timeoutMillis} {@code 0} polls without blocking, {@code -1} blocks until
     * an event or a post. Wakes the tasks whose channels are ready.
     */
    void poll(long timeoutMillis) {
        Selector s = selector();
        try {
            if (timeoutMillis == 0) {
                s.selectNow();
            } else {
                sleeping = true;
                try {
                    if (!inbox.isEmpty()) {
                        s.selectNow();
                    } else if (timeoutMillis < 0) {
                        s.select();
                    } else {
                        s.select(timeoutMillis);
                    }
                } finally {
                    sleeping = false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Boucle: the loop's selector failed", e);
        }
        if (ioWaiting == 0) {
            s.selectedKeys().clear();
            return;
        }
        Iterator<SelectionKey> it = s.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey k = it.next();
            it.remove();
            Slots slots = (Slots) k.attachment();
            int ready;
            try {
                ready = k.readyOps();
            } catch (CancelledKeyException closed) {
                ready = -1; // the channel was closed: wake its waiters, their next operation will say so
            }
            for (int i = 0; i < 4; i++) {
                Task<?> t = slots.waiters[i];
                if (t != null && (ready & OPS[i]) != 0) {
                    release(slots, t);
                    loop.wake(t, null, null, slots);
                }
            }
        }
    }

    /** Makes {@code t} wait until {@code ch} is ready for any of {@code ops}. */
    void register(Task<?> t, SelectableChannel ch, int ops) throws ClosedChannelException {
        if ((ops & ~(SelectionKey.OP_READ | SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT | SelectionKey.OP_ACCEPT)) != 0 || ops == 0) {
            throw new IllegalArgumentException("Boucle: wakeOnReady: bad interest set " + ops);
        }
        Selector s = selector();
        SelectionKey key = ch.keyFor(s);
        if (key != null && !key.isValid()) {
            try {
                s.selectNow(); // deregisters the cancelled key; events it finds stay in selectedKeys
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            key = null;
        }
        Slots slots;
        if (key == null) {
            slots = new Slots();
            slots.key = ch.register(s, 0, slots);
        } else {
            slots = (Slots) key.attachment();
        }
        for (int i = 0; i < 4; i++) {
            Task<?> other = slots.waiters[i];
            if ((ops & OPS[i]) != 0 && other != null && other != t) {
                throw new IllegalStateException("Boucle: " + other + " already waits for " + OP_NAMES[i]
                        + " on " + ch + "; two tasks cannot wait for the same readiness of one channel");
            }
        }
        for (int i = 0; i < 4; i++) {
            if ((ops & OPS[i]) != 0) {
                slots.waiters[i] = t;
            }
        }
        slots.key.interestOps(slots.interest());
        ioWaiting++;
        loop.kernel.park(t, slots);
    }

    /** Forgets {@code t}'s wait on {@code slots}, if it still waits there. */
    void release(Slots slots, Task<?> t) {
        boolean found = false;
        for (int i = 0; i < 4; i++) {
            if (slots.waiters[i] == t) {
                slots.waiters[i] = null;
                found = true;
            }
        }
        if (!found) {
            return;
        }
        ioWaiting--;
        if (slots.key.isValid()) {
            try {
                slots.key.interestOps(slots.interest());
            } catch (CancelledKeyException ignored) {
                // closed meanwhile
            }
        }
    }

    void close() {
        closed = true;
        Selector s = selector;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    /** The tasks waiting on one channel, by operation: what each of them is parked on. */
    final class Slots implements Parking {
        SelectionKey key;
        final Task<?>[] waiters = new Task<?>[4];

        @Override
        public void unpark(Task<?> task, boolean cancelled) {
            release(this, task);
        }

        @Override
        public String describeWait(Task<?> task) {
            StringBuilder ops = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                if (waiters[i] == task) {
                    ops.append(ops.length() == 0 ? "" : "|").append(OP_NAMES[i]);
                }
            }
            return "I/O " + ops + " on " + key.channel();
        }

        int interest() {
            int ops = 0;
            for (int i = 0; i < 4; i++) {
                if (waiters[i] != null) {
                    ops |= OPS[i];
                }
            }
            return ops;
        }
    }
}

package dev.boucle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import dev.boucle.internal.Submission;
import java.util.Iterator;
import dev.boucle.syscall.Parking;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

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
    /**
     * How long one turn may spend running posts before timers, I/O and tasks get their turn (the
     * rest wait for the next turn); checked every {@link #POSTS_BETWEEN_CLOCK_READS} posts, as
     * Netty's {@code runAllTasks(timeoutNanos)} does.
     */
    static final long POST_BUDGET_NANOS = 1_000_000;
    static final int POSTS_BETWEEN_CLOCK_READS = 64;

    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    /**
     * Posts added so far (incremented after the add), and posts taken by the loop: their difference,
     * read when a turn begins, is how many posts that turn may run at most, so posts that arrive
     * while it runs wait for the next turn however fast they come.
     */
    private final AtomicLong posted = new AtomicLong();
    private long taken;
    private volatile Selector selector;
    /** True while the loop is blocked (or about to block) in select: posts must wake it. */
    private volatile boolean sleeping;
    private volatile boolean closed;
    /** Tasks waiting for I/O: while non-zero, a busy loop still polls the selector. */
    int ioWaiting;

    Poller(Loop loop) {
        this.loop = loop;
    }

    /** From any thread: queue {@code r} for the loop and wake it if it is blocked. */
    void post(Runnable r) {
        inbox.add(r);
        posted.incrementAndGet();
        if (closed) {
            rejectLeftovers(); // closed while we posted: nobody else will run or refuse it
            return;
        }
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

    /**
     * Runs the posts that were added before this call, in order, for at most
     * {@link #POST_BUDGET_NANOS} (at least {@link #POSTS_BETWEEN_CLOCK_READS} of them): a flood of
     * posts from other threads cannot starve timers, I/O and tasks. Posts left over stay in the
     * inbox, so the loop polls rather than blocks, and runs them next turn.
     */
    void runPosts() {
        long limit = posted.get() - taken;
        long deadline = limit > POSTS_BETWEEN_CLOCK_READS ? System.nanoTime() + POST_BUDGET_NANOS : 0;
        for (long n = 0; n < limit; n++) {
            if (n > 0 && n % POSTS_BETWEEN_CLOCK_READS == 0 && System.nanoTime() - deadline >= 0) {
                return;
            }
            Runnable r = inbox.poll();
            if (r == null) {
                return; // cannot happen (counted posts are in the inbox); kept as a guard
            }
            taken++;
            loop.runCallback(r);
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

    /** Posts that will never run: a {@link Submission}'s future fails rather than hangs. */
    private void rejectLeftovers() {
        Runnable r;
        while ((r = inbox.poll()) != null) {
            if (r instanceof Submission) {
                ((Submission<?>) r).reject();
            }
        }
    }

    void close() {
        closed = true;
        rejectLeftovers();
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
            return "I/O " + ops + " on " + describe(key.channel());
        }

        /**
         * The channel with its addresses, written out here: the JDK's own {@code toString} varies
         * (JDK 25's server channel prints no address).
         */
        private String describe(java.nio.channels.SelectableChannel ch) {
            String name = ch.getClass().getSimpleName().replace("Impl", "");
            try {
                if (ch instanceof java.nio.channels.SocketChannel) {
                    java.nio.channels.SocketChannel sc = (java.nio.channels.SocketChannel) ch;
                    return name + "[local=" + sc.getLocalAddress() + " remote=" + sc.getRemoteAddress() + "]";
                }
                if (ch instanceof java.nio.channels.NetworkChannel) {
                    return name + "[" + ((java.nio.channels.NetworkChannel) ch).getLocalAddress() + "]";
                }
            } catch (java.io.IOException | RuntimeException closed) {
                return name + "[closed]";
            }
            return String.valueOf(ch);
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

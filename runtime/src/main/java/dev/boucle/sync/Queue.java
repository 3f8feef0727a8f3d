package dev.boucle.sync;

import dev.boucle.Awaitable;
import dev.boucle.Task;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Parking;
import dev.boucle.syscall.Syscall;
import dev.boucle.syscall.WaitQueue;
import java.util.ArrayDeque;

/**
 * A FIFO queue between the tasks of one loop (asyncio's {@code Queue}), bounded by {@code maxsize}
 * ({@code <= 0}: unbounded). {@code await(q.put(x))} waits while the queue is full (backpressure),
 * {@code await(q.get())} while it is empty; {@link #putNowait}/{@link #getNowait} throw
 * {@link QueueFullException}/{@link QueueEmptyException} instead. {@link #taskDone()} and
 * {@link #join()} count the items still being processed; {@link #shutdown(boolean)} is Python 3.13's.
 * {@link LifoQueue} and {@link PriorityQueue} change only the order in which items come out.
 *
 * <pre>{@code
 * Queue<String> q = new Queue<>(100);
 * // producer:  await(q.put(line));
 * // consumer:  String line = await(q.get()); ...; q.taskDone();
 * // owner:     await(q.join());   // every item put was processed
 * }</pre>
 *
 * <p><b>FIFO-fair, no barging.</b> An item put while tasks wait in {@code get} is reserved for the
 * first of them, and a slot freed while tasks wait in {@code put} for the first of them: nobody
 * (not even {@code getNowait}/{@code putNowait}) takes it in between. The woken getter takes the
 * item that comes first when it runs (as asyncio's does); the woken putter puts its item when it
 * runs. <b>Cancellation-safe:</b> a task cancelled while it waits takes nothing and loses nothing;
 * a getter woken but cancelled before it runs took nothing (the item stays at the front, and the
 * wake-up passes to the next getter); a putter woken but cancelled before it runs put nothing (its
 * slot passes to the next putter). So {@code await(q.put(x))} either returns with {@code x} in the
 * queue, or throws with {@code x} not put; {@code await(q.get())} either returns an item or throws
 * with no item taken.
 *
 * <p>Items may not be {@code null}. Bound to one loop: a call from another thread is refused with
 * an {@link IllegalStateException} and changes nothing.
 *
 * @param <T> the type of the items
 */
public class Queue<T> {
    /** What {@code put} returns when it put the item at once. */
    private static final Syscall<Void> PUT_DONE = new Syscall<Void>() {
        @Override
        public Object poll(Task<?> sender) {
            return null;
        }

        @Override
        public void handle(Kernel kernel, Task<?> sender) {
            kernel.reply(sender, null);
        }

        @Override
        public String toString() {
            return "put (done)";
        }
    };

    private final Affinity affinity = new Affinity();
    private final int maxsize;
    private final Store<T> store;
    /** The get message and the queue of getters, in one object: {@link #get()} allocates nothing. */
    private final Get getters = new Get();
    private final ArrayDeque<Put> putters = new ArrayDeque<>(2);
    private final Join joiners = new Join();
    /** Items in the store promised to woken getters that have not run yet (they take one when they run). */
    private int reservedItems;
    /** Free slots promised to woken putters that have not run yet (they put their item when they run). */
    private int reservedSlots;
    /** Items put and not yet marked done with {@link #taskDone()}. */
    private int unfinished;
    private boolean shutdown;
    private Kernel kernel;

    /** An unbounded FIFO queue. */
    public Queue() {
        this(0);
    }

    /** A FIFO queue of at most {@code maxsize} items; {@code maxsize <= 0}: unbounded. */
    public Queue(int maxsize) {
        this(maxsize, new Store.Fifo<>());
    }

    Queue(int maxsize, Store<T> store) {
        this.maxsize = Math.max(0, maxsize);
        this.store = store;
    }

    String kind() {
        return "Queue";
    }

    /**
     * Puts {@code item} at the back: awaiting it returns once the item is in the queue, waiting while
     * the queue is full. When the queue has room (and no put waits), this call puts the item itself
     * and awaiting the result does not suspend: the fast path allocates nothing. Throws
     * {@link QueueShutDownException} if the queue was shut down (also at the await, for a put
     * waiting when it shuts down).
     */
    public Awaitable<Void> put(T item) {
        checkItem("put", item);
        affinity.check(kind(), "put(item)");
        checkOpen("put");
        if (!full() && putters.isEmpty()) {
            insert(item);
            return PUT_DONE;
        }
        return new Put(item);
    }

    /** Puts {@code item} at once; throws {@link QueueFullException} if the queue is full, and changes nothing. */
    public void putNowait(T item) {
        checkItem("putNowait", item);
        affinity.check(kind(), "putNowait(item)");
        checkOpen("putNowait");
        if (full()) {
            throw new QueueFullException("Boucle: " + kind() + ".putNowait on a full queue (maxsize " + maxsize + ")");
        }
        insert(item);
    }

    /**
     * Takes the next item: awaiting it returns the item, waiting while the queue is empty. Throws
     * {@link QueueShutDownException} if the queue is shut down and empty.
     */
    public Awaitable<T> get() {
        affinity.check(kind(), "get()");
        return getters;
    }

    /**
     * Takes the next item at once; throws {@link QueueEmptyException} if the queue is empty
     * ({@link QueueShutDownException} if it is also shut down).
     */
    public T getNowait() {
        affinity.check(kind(), "getNowait()");
        if (store.size() <= reservedItems) {
            if (shutdown) {
                throw shutDown("getNowait");
            }
            throw new QueueEmptyException("Boucle: " + kind() + ".getNowait on an empty queue");
        }
        return take();
    }

    /**
     * Marks one item taken from the queue as processed. Throws {@link IllegalStateException} if
     * called more times than items were put.
     */
    public void taskDone() {
        affinity.check(kind(), "taskDone()");
        if (unfinished <= 0) {
            throw new IllegalStateException("Boucle: " + kind() + ".taskDone() called more times than items were put");
        }
        if (--unfinished == 0) {
            joiners.wakeAll(null);
        }
    }

    /** Awaiting it returns once every item put was marked done with {@link #taskDone()}. */
    public Awaitable<Void> join() {
        affinity.check(kind(), "join()");
        return joiners;
    }

    /**
     * Shuts the queue down (Python 3.13): puts are refused from now on with
     * {@link QueueShutDownException}, and thrown into the tasks waiting to put; gets go on until the
     * queue is empty, then throw it too (tasks waiting to get get it at once). If {@code immediate},
     * the items in the queue are dropped as well (each counting as done for {@link #join()}), so gets
     * throw at once. Tasks woken by the queue that have not run yet see the shutdown when they run,
     * as in asyncio: a woken putter gets the exception, a woken getter too if no item is left.
     */
    public void shutdown(boolean immediate) {
        affinity.check(kind(), "shutdown(" + immediate + ")");
        shutdown = true;
        if (immediate) {
            int n = store.size();
            store.clear();
            if (unfinished > 0) {
                unfinished = Math.max(0, unfinished - n);
                if (unfinished == 0) {
                    joiners.wakeAll(null);
                }
            }
        }
        if (!getters.isEmpty()) {
            getters.failAll(shutDown("get"));
        }
        Put p;
        while ((p = putters.pollFirst()) != null) {
            kernel.fail(p.task, shutDown("put"), p);
        }
    }

    /** How many items the queue holds (those promised to woken getters included, as asyncio counts them). */
    public int size() {
        return store.size();
    }

    /** The bound given at construction; 0 if unbounded. */
    public int maxsize() {
        return maxsize;
    }

    public boolean isEmpty() {
        return store.size() == 0;
    }

    /** Whether a put would wait now (slots reserved for woken putters count as taken). */
    public boolean isFull() {
        return full();
    }

    public boolean isShutDown() {
        return shutdown;
    }

    private boolean full() {
        return maxsize > 0 && store.size() + reservedSlots >= maxsize;
    }

    private void checkItem(String method, T item) {
        if (item == null) {
            throw new NullPointerException("Boucle: " + kind() + "." + method + "(null): a queue's items cannot be null");
        }
    }

    private void checkOpen(String method) {
        if (shutdown) {
            throw shutDown(method);
        }
    }

    private QueueShutDownException shutDown(String method) {
        return new QueueShutDownException("Boucle: " + kind() + "." + method + " on a queue that was shut down");
    }

    /** A new item, into the store; the first waiting getter is woken to take one. */
    private void insert(T item) {
        store.add(item); // first: a PriorityQueue refusing an item that is not Comparable changes nothing
        unfinished++;
        if (!getters.isEmpty()) {
            reservedItems++;
            getters.wakeFirst(null);
        }
    }

    /** The next item out of the store; a freed slot goes to the first waiting putter. */
    private T take() {
        T item = store.take();
        if (!putters.isEmpty()) {
            grantSlots();
        }
        return item;
    }

    /** Wakes waiting putters while there are free slots, reserving one for each. */
    private void grantSlots() {
        while (!putters.isEmpty() && !full()) {
            Put p = putters.pollFirst();
            reservedSlots++;
            kernel.reply(p.task, null, p);
        }
    }

    @Override
    public String toString() {
        return "<" + kind() + " " + store.size() + (maxsize > 0 ? "/" + maxsize : "") + " items"
                + (getters.isEmpty() ? "" : ", " + getters.size() + " getters")
                + (putters.isEmpty() ? "" : ", " + putters.size() + " putters")
                + (unfinished == 0 ? "" : ", " + unfinished + " unfinished") + (shutdown ? ", shut down" : "") + ">";
    }

    /** The get message and its waiters: an item put while tasks wait is reserved for the first. */
    private final class Get extends WaitQueue implements Syscall<T> {
        @Override
        public Object poll(Task<?> sender) {
            affinity.bind(kind(), sender);
            if (store.size() > reservedItems) { // an unreserved item implies no getter waits (insert wakes one per item)
                return take();
            }
            if (shutdown) {
                throw shutDown("get");
            }
            return NOT_READY;
        }

        @Override
        public void handle(Kernel k, Task<?> sender) {
            kernel = k;
            park(k, sender);
        }

        /** The woken getter runs: it takes the item that comes first now. */
        @Override
        public Object delivered(Task<?> task, Object value) {
            reservedItems--;
            if (store.size() == 0) {
                throw shutDown("get"); // an immediate shutdown dropped the items meanwhile
            }
            return take();
        }

        /** The woken getter was cancelled before it ran: it took nothing, the next getter is woken instead. */
        @Override
        public void refund(Task<?> task, Object value) {
            reservedItems--;
            if (!isEmpty() && store.size() > reservedItems) {
                reservedItems++;
                wakeFirst(null);
            }
        }

        @Override
        public String describeWait(Task<?> task) {
            return "get " + Queue.this;
        }

        @Override
        public String toString() {
            return Queue.this.toString();
        }
    }

    /** One put waiting for a slot: the message its task awaits, and what the task is parked on. */
    private final class Put implements Syscall<Void>, Parking {
        final T item;
        Task<?> task;

        Put(T item) {
            this.item = item;
        }

        @Override
        public Object poll(Task<?> sender) {
            affinity.bind(kind(), sender);
            if (shutdown) {
                throw shutDown("put");
            }
            if (!full() && putters.isEmpty()) {
                insert(item);
                return null;
            }
            return NOT_READY;
        }

        @Override
        public void handle(Kernel k, Task<?> sender) {
            kernel = k;
            task = sender;
            k.park(sender, this);
            putters.addLast(this);
        }

        @Override
        public void unpark(Task<?> t, boolean cancelled) {
            putters.remove(this);
        }

        /** The woken putter runs: its item goes in now; refused if the queue was shut down meanwhile. */
        @Override
        public Object delivered(Task<?> t, Object value) {
            reservedSlots--;
            if (shutdown) {
                throw shutDown("put");
            }
            insert(item);
            return null;
        }

        /** The woken putter was cancelled before it ran: it put nothing, and its slot goes to the next one. */
        @Override
        public void refund(Task<?> t, Object value) {
            reservedSlots--;
            grantSlots();
        }

        @Override
        public String describeWait(Task<?> t) {
            return "put " + Queue.this;
        }

        @Override
        public String toString() {
            return "put " + Queue.this;
        }
    }

    /** The join message and its waiters. */
    private final class Join extends WaitQueue implements Syscall<Void> {
        @Override
        public Object poll(Task<?> sender) {
            affinity.bind(kind(), sender);
            return unfinished == 0 ? null : NOT_READY;
        }

        @Override
        public void handle(Kernel k, Task<?> sender) {
            park(k, sender);
        }

        @Override
        public String describeWait(Task<?> task) {
            return "join " + Queue.this;
        }
    }
}

package dev.boucle.sync;

/** A {@link Queue} whose last item put is the first one got (asyncio's {@code LifoQueue}): a stack. */
public final class LifoQueue<T> extends Queue<T> {
    /** An unbounded LIFO queue. */
    public LifoQueue() {
        this(0);
    }

    /** A LIFO queue of at most {@code maxsize} items; {@code maxsize <= 0}: unbounded. */
    public LifoQueue(int maxsize) {
        super(maxsize, new Store.Lifo<>());
    }

    @Override
    String kind() {
        return "LifoQueue";
    }
}

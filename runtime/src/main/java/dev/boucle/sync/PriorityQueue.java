package dev.boucle.sync;

import java.util.Comparator;

/**
 * A {@link Queue} whose smallest item is got first (asyncio's {@code PriorityQueue}), by the items'
 * natural ordering or a {@link Comparator}. Items that compare equal come out in no set order (a
 * binary heap, as Python's {@code heapq}); add a sequence number to the key for FIFO among equals.
 */
public final class PriorityQueue<T> extends Queue<T> {
    /** An unbounded queue in the items' natural ordering (they must be {@link Comparable}). */
    public PriorityQueue() {
        this(0, null);
    }

    /** A queue of at most {@code maxsize} items ({@code <= 0}: unbounded) in natural ordering. */
    public PriorityQueue(int maxsize) {
        this(maxsize, null);
    }

    /** A queue of at most {@code maxsize} items ({@code <= 0}: unbounded), smallest by {@code order} first. */
    public PriorityQueue(int maxsize, Comparator<? super T> order) {
        super(maxsize, new Store.Priority<>(order));
    }

    @Override
    String kind() {
        return "PriorityQueue";
    }
}

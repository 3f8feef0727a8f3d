package dev.boucle.sync;

import java.util.ArrayDeque;
import java.util.Comparator;

/** Where a {@link Queue} keeps its items: the one thing FIFO, LIFO and priority queues differ in. */
interface Store<T> {
    void add(T item);

    /** The next item to get; the store is not empty. */
    T take();

    int size();

    void clear();

    /** First in, first out. */
    final class Fifo<T> implements Store<T> {
        private final ArrayDeque<T> items = new ArrayDeque<>();

        @Override public void add(T item) { items.addLast(item); }
        @Override public T take() { return items.pollFirst(); }
        @Override public int size() { return items.size(); }
        @Override public void clear() { items.clear(); }
        @Override public String toString() { return items.toString(); }
    }

    /** Last in, first out. */
    final class Lifo<T> implements Store<T> {
        private final ArrayDeque<T> items = new ArrayDeque<>();

        @Override public void add(T item) { items.addLast(item); }
        @Override public T take() { return items.pollLast(); }
        @Override public int size() { return items.size(); }
        @Override public void clear() { items.clear(); }
        @Override public String toString() { return items.toString(); }
    }

    /** Smallest first, by natural ordering or a comparator (a binary heap, as Python's heapq). */
    final class Priority<T> implements Store<T> {
        private final java.util.PriorityQueue<T> items;

        Priority(Comparator<? super T> order) {
            items = new java.util.PriorityQueue<>(11, order);
        }

        @Override public void add(T item) { items.add(item); }
        @Override public T take() { return items.poll(); }
        @Override public int size() { return items.size(); }
        @Override public void clear() { items.clear(); }
        @Override public String toString() { return items.toString(); }
    }
}

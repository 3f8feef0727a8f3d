package dev.boucle.bench;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.sync.Lock;
import dev.boucle.sync.Queue;
import dev.boucle.sync.Semaphore;

/** The {@code @Async} side of {@link SyncBench}. */
final class SyncWorkload {
    private SyncWorkload() {}

    /** {@code n} acquire/release pairs of a lock nobody else wants: every acquire takes the fast path. */
    @Async
    static Coroutine<Integer> lockUncontended(Lock lock, int n) {
        int held = 0;
        for (int i = 0; i < n; i++) {
            await(lock.acquire());
            if (lock.isLocked()) {
                held++;
            }
            lock.release();
        }
        return done(held);
    }

    /** {@code n} acquire/release pairs of a semaphore with a permit to spare. */
    @Async
    static Coroutine<Integer> semaphoreUncontended(Semaphore sem, int n) {
        int left = 0;
        for (int i = 0; i < n; i++) {
            await(sem.acquire());
            left += sem.available();
            sem.release();
        }
        return done(left);
    }

    /** {@code n} put/get pairs on a queue that holds a few items and has room: neither waits. */
    @Async
    static Coroutine<Integer> putGet(Queue<Integer> q, int n) {
        int s = 0;
        Integer item = 1;
        for (int i = 0; i < n; i++) {
            await(q.put(item));
            item = await(q.get());
            s += item;
        }
        return done(s);
    }

    /** Sends {@code n} items to {@link #pong} through {@code ping} and takes each back from {@code pong}. */
    @Async
    static Coroutine<Integer> ping(Queue<Integer> ping, Queue<Integer> pong, int n) {
        int s = 0;
        Integer ball = 7;
        for (int i = 0; i < n; i++) {
            await(ping.put(ball));
            ball = await(pong.get());
            s += ball;
        }
        return done(s);
    }

    /** Returns every item it gets from {@code ping} through {@code pong}. */
    @Async
    static Coroutine<Void> pong(Queue<Integer> ping, Queue<Integer> pong, int n) {
        for (int i = 0; i < n; i++) {
            await(pong.put(await(ping.get())));
        }
        return done();
    }
}

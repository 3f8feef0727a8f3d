package dev.boucle.interop;

import dev.boucle.Loop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loop's default pool for {@code toThread}: made on first use, at most {@link #MAX_THREADS}
 * platform threads named {@code boucle-worker-L-N} (daemon, so a loop never closed cannot keep the
 * JVM alive; idle ones end after {@link #KEEP_ALIVE_SECONDS}), an unbounded FIFO of calls waiting
 * for a thread. Closed with the loop: running calls are interrupted, waiting ones dropped, and
 * {@link #close} returns only once every worker thread has ended.
 *
 * <p>Platform threads, not virtual ones, on every JDK: the same behaviour on 17 and 25, and a
 * blocking call that pins its carrier (JNI, {@code synchronized} I/O before JDK 24) cannot stall
 * others. Pass {@code Executors.newVirtualThreadPerTaskExecutor()} to {@code Interop.toThread} for
 * virtual threads.
 */
final class Workers implements Executor {
    /** asyncio's default: {@code min(32, cpus + 4)}. */
    static final int MAX_THREADS = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
    static final int KEEP_ALIVE_SECONDS = 30;
    /** How long {@link #close} waits for a worker before it says on standard error which one it waits for. */
    private static final long WARN_AFTER_MILLIS = 5_000;

    private static final AtomicInteger LOOPS = new AtomicInteger();
    /** Weak keys: the pool of a loop dropped without close dies with its idle threads. */
    private static final Map<Loop, Workers> POOLS = Collections.synchronizedMap(new WeakHashMap<>());

    private final int id = LOOPS.incrementAndGet();
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ArrayList<Thread> threads = new ArrayList<>();
    private final ThreadPoolExecutor pool;

    private Workers() {
        pool = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), this::newThread);
        pool.allowCoreThreadTimeOut(true);
    }

    /** The default pool of {@code loop} (on its thread), closed when the loop closes. */
    static Workers of(Loop loop) {
        Workers w = POOLS.get(loop);
        if (w == null) {
            w = new Workers();
            Workers made = w;
            loop.onClose(() -> {
                POOLS.remove(loop);
                made.close();
            });
            POOLS.put(loop, w);
        }
        return w;
    }

    private Thread newThread(Runnable r) {
        Thread t = new Thread(r, "boucle-worker-" + id + "-" + threadCount.incrementAndGet());
        t.setDaemon(true);
        synchronized (threads) {
            threads.removeIf(old -> !old.isAlive());
            threads.add(t);
        }
        return t;
    }

    @Override
    public void execute(Runnable job) {
        pool.execute(job);
    }

    /** Interrupts the running calls, drops the waiting ones, and waits until every worker thread has ended. */
    void close() {
        pool.shutdownNow();
        ArrayList<Thread> all;
        synchronized (threads) {
            all = new ArrayList<>(threads);
        }
        boolean interrupted = false;
        for (Thread t : all) {
            boolean warned = false;
            while (t.isAlive()) {
                try {
                    t.join(warned ? 0 : WARN_AFTER_MILLIS);
                } catch (InterruptedException e) {
                    interrupted = true; // keep waiting: no worker may outlive the loop
                }
                if (t.isAlive() && !warned) {
                    warned = true;
                    System.err.println("Boucle: closing the loop waits for " + t.getName()
                            + ", whose toThread call ignores interruption");
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

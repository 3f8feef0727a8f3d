package dev.boucle.bench;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * The bar for timers: a hand-written event loop, a ready {@link ArrayDeque}, a timer heap
 * ({@link PriorityQueue} ordered by deadline, then by the order timers were set) and an NIO
 * {@link Selector} to block in until the next deadline, running hand-written state machines that
 * each sleep once. The same work as Boucle's loop running {@code sleeper} tasks, minus generality.
 */
final class HandTimerLoop {
    private HandTimerLoop() {}

    static final class Sleeper implements Comparable<Sleeper> {
        int label;
        final long delayNanos;
        long deadline;
        long seq;

        Sleeper(long delayNanos) {
            this.delayNanos = delayNanos;
        }

        @Override
        public int compareTo(Sleeper o) {
            int c = Long.compare(deadline, o.deadline);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /**
     * Runs one sleeper per delay until all have woken; {@code whenAllAsleep}, if not null, runs once,
     * the first time the ready queue drains (every sleeper then waits on a timer).
     */
    static void run(long[] delaysNanos, Runnable whenAllAsleep) throws IOException {
        try (Selector selector = Selector.open()) {
            ArrayDeque<Sleeper> ready = new ArrayDeque<>();
            PriorityQueue<Sleeper> timers = new PriorityQueue<>();
            for (long d : delaysNanos) {
                ready.add(new Sleeper(d));
            }
            long seq = 0;
            int live = delaysNanos.length;
            while (live > 0) {
                Sleeper s;
                while ((s = ready.poll()) != null) {
                    switch (s.label) {
                        case 0:
                            s.deadline = System.nanoTime() + s.delayNanos;
                            s.seq = seq++;
                            s.label = 1;
                            timers.add(s);
                            break;
                        case 1:
                            s.label = 2;
                            live--;
                            break;
                        default:
                            throw new IllegalStateException("bad label " + s.label);
                    }
                }
                if (whenAllAsleep != null) {
                    Runnable r = whenAllAsleep;
                    whenAllAsleep = null;
                    r.run();
                }
                Sleeper head = timers.peek();
                if (head == null) {
                    continue;
                }
                long now = System.nanoTime();
                while (head != null && head.deadline - now <= 0) {
                    ready.add(timers.poll());
                    head = timers.peek();
                }
                if (ready.isEmpty()) {
                    long waitMs = Math.max(1, (head.deadline - now + 999_999) / 1_000_000);
                    selector.select(waitMs);
                    selector.selectedKeys().clear();
                }
            }
        }
    }
}

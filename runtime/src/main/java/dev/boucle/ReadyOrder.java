package dev.boucle;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The order in which the entries (tasks and callbacks) that are ready at the start of a turn run,
 * on a loop that is not the plain FIFO: a seeded loop ({@link Loop#withVirtualClock(long)}) runs
 * them in an order drawn from the seed, and a traced loop ({@link Loop#traceSchedule}) reports the
 * order. A default loop has no {@code ReadyOrder} and never calls one: its turn stays a FIFO.
 *
 * <p>What a permutation keeps (everything else ready in the same turn may run in any order):
 * <ul>
 *   <li>turns: only the entries ready at the start of a turn are permuted; whatever becomes ready
 *       during the turn runs in a later turn, as on the FIFO loop;</li>
 *   <li>one syscall's order with its sender: when a handler answers its sender at once and queues
 *       other tasks too (a spawn, a cancelled target), the sender keeps its FIFO place relative to
 *       each of them (the Kernel's promise: a sender answered at once runs before the tasks its
 *       syscall spawned; {@code cancel(t)} runs {@code t} before the canceller resumes).</li>
 * </ul>
 * The draw is a fixed function of the seed and the sequence of batches: {@link Rng} is written out
 * here (no JDK generator), so one seed gives the same run on every JDK.
 */
final class ReadyOrder {
    private final Rng rng; // null: FIFO, traced only
    private Consumer<? super String> trace;
    private long turn;
    /** Order constraints recorded since the last turn: {@code before[i]} runs before {@code after[i]}. */
    private Object[] before = new Object[8];
    private Object[] after = new Object[8];
    private int edges;
    private Object[] batch = new Object[64];
    private int size;
    private final IdentityHashMap<Object, Integer> position = new IdentityHashMap<>();
    /**
     * Trace labels: a task's name and its rank among the tasks of that name, in the order they were
     * first queued (so the same task has the same label under every seed); callbacks are numbered.
     */
    private final IdentityHashMap<Object, String> labels = new IdentityHashMap<>();
    private final Map<String, Integer> perName = new HashMap<>();

    ReadyOrder(Rng rng) {
        this.rng = rng;
    }

    boolean shuffles() {
        return rng != null;
    }

    void trace(Consumer<? super String> sink) {
        trace = sink;
    }

    /**
     * Called after a syscall handler returned: the entries at {@code ready}'s tail from index
     * {@code from} were queued by it; if {@code sender} is one of them, it keeps its place relative
     * to the others.
     */
    void handled(ArrayDeque<Object> ready, int from, Task<?> sender) {
        int k = ready.size() - from;
        if (rng == null || k < 2 || sender.state != Task.QUEUED) {
            return;
        }
        Object[] tail = new Object[k];
        var it = ready.descendingIterator();
        for (int i = k - 1; i >= 0; i--) {
            tail[i] = it.next();
        }
        int s = -1;
        for (int i = 0; i < k; i++) {
            if (tail[i] == sender) {
                s = i;
            }
        }
        if (s < 0) {
            return;
        }
        for (int i = 0; i < k; i++) {
            if (i < s) {
                edge(tail[i], sender);
            } else if (i > s) {
                edge(sender, tail[i]);
            }
        }
    }

    private void edge(Object a, Object b) {
        if (edges == before.length) {
            before = java.util.Arrays.copyOf(before, edges * 2);
            after = java.util.Arrays.copyOf(after, edges * 2);
        }
        before[edges] = a;
        after[edges] = b;
        edges++;
    }

    /**
     * Takes the whole of {@code ready} (this turn's entries) out of the queue, in this turn's order:
     * the first {@link #size()} entries of the array returned (which the loop clears as it runs
     * them). Traces the turn.
     */
    Object[] arrange(ArrayDeque<Object> ready, long now) {
        int n = ready.size();
        if (batch.length < n) {
            batch = new Object[Math.max(n, batch.length * 2)];
        }
        Object[] b = ready.toArray(batch); // one copy; b == batch as it is large enough
        ready.clear();
        if (trace != null) {
            for (int i = 0; i < n; i++) {
                label(b[i]); // ranks follow the FIFO (creation) order, not the drawn one
            }
        }
        if (rng != null && n > 1) {
            if (edges == 0) {
                Rng r = rng;
                for (int i = 0; i < n - 1; i++) { // Fisher-Yates, front to back
                    int j = i + r.nextInt(n - i);
                    Object o = b[i];
                    b[i] = b[j];
                    b[j] = o;
                }
            } else {
                constrained(b, n);
            }
        }
        for (int i = 0; i < edges; i++) {
            before[i] = null;
            after[i] = null;
        }
        edges = 0;
        size = n;
        turn++;
        if (trace != null) {
            StringBuilder line = new StringBuilder(32 + 12 * n).append("turn ").append(turn).append(" @").append(millis(now)).append(':');
            for (int i = 0; i < n; i++) {
                line.append(' ').append(label(b[i]));
            }
            trace.accept(line.toString());
        }
        return b;
    }

    /** How many entries the last {@link #arrange} returned. */
    int size() {
        return size;
    }

    /**
     * A random order of {@code b} that keeps the recorded constraints: each pick is drawn among the
     * entries whose predecessors in this batch have all run.
     */
    private void constrained(Object[] b, int n) {
        position.clear();
        for (int i = 0; i < n; i++) {
            position.put(b[i], i);
        }
        int[] preds = new int[n];
        int[] head = new int[n];
        java.util.Arrays.fill(head, -1);
        int[] next = new int[edges];
        int[] to = new int[edges];
        for (int e = 0; e < edges; e++) {
            Integer x = position.get(before[e]);
            Integer y = position.get(after[e]);
            to[e] = -1;
            if (x != null && y != null) {
                to[e] = y;
                preds[y]++;
                next[e] = head[x];
                head[x] = e;
            }
        }
        int[] avail = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (preds[i] == 0) {
                avail[count++] = i;
            }
        }
        Object[] out = new Object[n];
        for (int k = 0; k < n; k++) {
            int r = count == 1 ? 0 : rng.nextInt(count);
            int i = avail[r];
            avail[r] = avail[--count];
            out[k] = b[i];
            for (int e = head[i]; e >= 0; e = next[e]) {
                if (--preds[to[e]] == 0) {
                    avail[count++] = to[e];
                }
            }
        }
        System.arraycopy(out, 0, b, 0, n);
        position.clear();
    }

    private String label(Object o) {
        String l = labels.get(o);
        if (l == null) {
            String name = o instanceof Task ? ((Task<?>) o).name() : "callback";
            int k = perName.merge(name, 1, Integer::sum);
            l = name + "#" + k;
            labels.put(o, l);
        }
        return l;
    }

    /** {@code nanos} as milliseconds with three decimals, the same on every JDK and locale. */
    static String millis(long nanos) {
        long micros = nanos / 1_000;
        long frac = Math.abs(micros % 1_000);
        return (micros / 1_000) + "." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + frac + "ms";
    }

    /**
     * The schedule's random numbers, a fixed function of the seed on every JDK: the seed is mixed
     * by SplitMix64 (Steele, Lea, Flood 2014; the generator of {@link java.util.SplittableRandom}),
     * whose output starts a 64-bit linear congruential generator (Knuth's MMIX constants), and each
     * draw takes the LCG's high 32 bits. The LCG costs one multiply per draw, a third of a
     * SplitMix64 output; its high bits are what a shuffle needs (its weak low bits are never used).
     */
    static final class Rng {
        static final long MULTIPLIER = 6364136223846793005L;
        static final long INCREMENT = 1442695040888963407L;
        private long state;

        Rng(long seed) {
            state = splitMix64(seed);
        }

        /** SplitMix64's first output from state {@code seed}: {@code new SplittableRandom(seed).nextLong()}. */
        static long splitMix64(long seed) {
            long z = seed + 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /**
         * In {@code [0, bound)}: the LCG's high 32 bits scaled by {@code bound} (Lemire's
         * multiply-shift without its rejection step: a bias below {@code bound / 2^32}, nil for a
         * turn's sizes).
         */
        int nextInt(int bound) {
            long s = state * MULTIPLIER + INCREMENT;
            state = s;
            return (int) (((s >>> 32) * bound) >>> 32);
        }
    }
}

package dev.boucle.bench;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.util.concurrent.CompletableFuture;

/** The {@code @Async} side of {@link InteropBench}. */
final class InteropWorkload {
    private InteropWorkload() {}

    /** Awaits the completed {@code f} {@code n} times: the fast path, no trip through the loop. */
    @Async
    static Coroutine<Long> awaitCompleted(CompletableFuture<Integer> f, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += await(f);
        }
        return done(s);
    }

    /**
     * One side of the ping-pong: awaits the request another thread completes (with its completion
     * time), records how long the resumption took, answers on the reply, and takes the next pair.
     */
    @Async
    static Coroutine<Void> responder(InteropBench.Pair first, long[] samples, int[] count) {
        InteropBench.Pair p = first;
        while (p != null) {
            long sentAt = await(p.request);
            long now = System.nanoTime();
            int c = count[0]++;
            samples[c & (samples.length - 1)] = now - sentAt;
            InteropBench.Pair next = p.next;
            p.reply.complete(null);
            p = next;
        }
        return done();
    }
}

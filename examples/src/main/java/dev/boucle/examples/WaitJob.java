package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Waiter;

/**
 * Seed 000: {@code waitJob} waits on a {@link Waiter} that {@code countUpTo} sets once it has
 * counted; the waiting task is suspended (not polling) until then.
 *
 * <pre>
 * start
 * 0
 * ...
 * 9
 * finished
 * </pre>
 */
public final class WaitJob {
    private WaitJob() {}

    @Async
    static Coroutine<Void> waitJob(Waiter waiter) {
        System.out.println("start");
        await(waiter);
        System.out.println("finished");
        return done();
    }

    @Async
    static Coroutine<Void> countUpTo(Waiter waiter, int n) {
        for (int i = 0; i < n; i++) {
            System.out.println(i);
            await(yieldNow());
        }
        waiter.set();
        return done();
    }

    public static void main(String[] args) {
        Waiter waiter = new Waiter(1);
        try (Loop loop = new Loop()) {
            loop.schedule(waitJob(waiter));
            loop.schedule(countUpTo(waiter, 10));
            loop.runUntilEmpty();
        }
    }
}

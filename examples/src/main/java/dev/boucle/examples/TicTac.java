package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;

/**
 * Seed 002: two coroutines on one loop, their lines interleaved; the loop prints each task as it
 * finishes (a loop-wide {@link Loop#onTaskDone} hook, as the seed's {@code _loop} does).
 *
 * <pre>
 * Tic
 * spam
 * Tac
 * eggs
 * &lt;Task 'ticTac' [FINISHED] (Boum!)&gt;
 * bacon
 * &lt;Task 'spam' [FINISHED] (spam)&gt;
 * </pre>
 */
public final class TicTac {
    private TicTac() {}

    @Async
    static Coroutine<String> ticTac() {
        System.out.println("Tic");
        await(yieldNow());
        System.out.println("Tac");
        await(yieldNow());
        return done("Boum!");
    }

    @Async
    static Coroutine<String> spam() {
        System.out.println("spam");
        await(yieldNow());
        System.out.println("eggs");
        await(yieldNow());
        System.out.println("bacon");
        await(yieldNow());
        return done("spam");
    }

    public static void main(String[] args) {
        try (Loop loop = new Loop()) {
            loop.onTaskDone(task -> System.out.println(task));
            loop.schedule(ticTac());
            loop.schedule(spam());
            loop.runUntilEmpty();
        }
    }
}

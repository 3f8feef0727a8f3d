package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.gather;
import static dev.boucle.examples.PrintMessages.printMessages;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.time.Duration;

/**
 * Seed 000: {@code gather} runs coroutines concurrently and waits for all of them; since it is
 * awaited like anything else, it composes into workflows.
 *
 * <pre>
 * == gather
 * foo
 * aaa
 * bbb
 * bar
 * ccc
 * baz
 * == workflow
 * a
 * c
 * b
 * d
 * e
 * f
 * g
 * </pre>
 */
public final class Gather {
    private Gather() {}

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Async
    static Coroutine<Void> both() {
        await(gather(
                printMessages(SECOND, "foo", "bar", "baz"),
                printMessages(Duration.ofMillis(700), "aaa", "bbb", "ccc")));
        return done();
    }

    @Async
    static Coroutine<Void> workflow() {
        await(gather(
                printMessages(SECOND, "a", "b"),
                printMessages(SECOND, "c", "d", "e")));
        await(printMessages(SECOND, "f", "g"));
        return done();
    }

    public static void main(String[] args) {
        try (Loop loop = new Loop()) {
            System.out.println("== gather");
            loop.runUntilComplete(both());
            System.out.println("== workflow");
            loop.runUntilComplete(workflow());
        }
    }
}

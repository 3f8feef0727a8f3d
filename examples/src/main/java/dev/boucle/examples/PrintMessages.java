package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.time.Duration;

/**
 * Seeds 000/001: two coroutines print messages with sleeps of 1 s and 0.7 s between them. Sleeping
 * is a timer: the loop blocks in its selector in between, so the run takes about 3 s and almost no
 * CPU.
 *
 * <pre>
 * foo
 * aaa
 * bbb
 * bar
 * ccc
 * baz
 * </pre>
 */
public final class PrintMessages {
    private PrintMessages() {}

    @Async
    static Coroutine<Void> printMessages(Duration sleepTime, String... messages) {
        for (String msg : messages) {
            System.out.println(msg);
            await(sleep(sleepTime));
        }
        return done();
    }

    public static void main(String[] args) {
        try (Loop loop = new Loop()) {
            loop.schedule(printMessages(Duration.ofSeconds(1), "foo", "bar", "baz"));
            loop.schedule(printMessages(Duration.ofMillis(700), "aaa", "bbb", "ccc"));
            loop.runUntilEmpty();
        }
    }
}

package com.example.hello;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.time.Duration;

/**
 * Two tasks taking turns (the loop is a FIFO: a new task goes to the back, so main runs on until it
 * yields), a child awaited inline, a join: instrumented at build time, run with plain java.
 */
public class Hello {

    @Async
    static Coroutine<String> ticTac(StringBuilder log) {
        log.append("Tic ");
        await(yieldNow());
        log.append("Tac ");
        await(sleep(Duration.ofMillis(5)));
        return done("Boum!");
    }

    @Async
    static Coroutine<Void> spam(StringBuilder log) {
        log.append("spam ");
        await(yieldNow());
        log.append("eggs ");
        return done();
    }

    @Async
    public static Coroutine<String> main(StringBuilder log) {
        Task<String> t = await(dev.boucle.Boucle.ensureFuture(ticTac(log)));
        await(spam(log));
        return done(log.append(await(t)).toString());
    }

    public static void main(String[] args) {
        System.out.println(Loop.run(main(new StringBuilder())));
    }
}

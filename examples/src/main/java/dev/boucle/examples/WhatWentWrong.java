package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.Waiter;
import dev.boucle.net.AsyncSocket;
import java.time.Duration;

/**
 * What Boucle tells you when something goes wrong (docs/DEBUGGING.md shows its output): an async
 * stack trace across awaits and tasks, a task dump, and, with {@code -Dboucle.debug=true}, a
 * slow-step warning.
 */
public final class WhatWentWrong {
    private WhatWentWrong() {}

    @Async
    static Coroutine<Integer> parse(String text) {
        await(sleep(Duration.ofMillis(1)));
        return done(Integer.parseInt(text));
    }

    @Async
    static Coroutine<Integer> fetch(String key) {
        await(yieldNow());
        return done(await(parse(key)) * 2);
    }

    @Async
    static Coroutine<Integer> worker(String key) {
        int v = await(fetch(key));
        return done(v);
    }

    @Async
    static Coroutine<Void> traceDemo() {
        Task<Integer> w = await(ensureFuture(worker("x42")));
        try {
            await(w);
        } catch (NumberFormatException e) {
            e.printStackTrace(System.out);
        }
        return done();
    }

    @Async
    static Coroutine<Void> nap(Duration d) {
        await(sleep(d));
        return done();
    }

    @Async
    static Coroutine<Void> sleeper() {
        await(nap(Duration.ofMinutes(1)));
        return done();
    }

    @Async
    static Coroutine<Void> joiner(Task<?> t) {
        await(t);
        return done();
    }

    @Async
    static Coroutine<Void> server(AsyncSocket listening) {
        try (AsyncSocket client = await(listening.accept())) {
            return done();
        }
    }

    @Async
    static Coroutine<Void> dumpDemo() {
        Task<Void> s = await(ensureFuture(sleeper()));
        Task<Void> j = await(ensureFuture(joiner(s)));
        Waiter w = new Waiter(2);
        Task<Void> a;
        try (AsyncSocket listening = AsyncSocket.aiosocket().bind("127.0.0.1", 0).listen()) {
            a = await(ensureFuture(server(listening)));
            await(yieldNow());
            System.out.print(Loop.current().dumpTasks());
            s.cancel();
            a.cancel();
            await(yieldNow());
        }
        return done();
    }

    @Async
    static Coroutine<Void> slowDemo() throws InterruptedException {
        await(yieldNow());
        Thread.sleep(250); // a blocking call on the loop's thread
        await(yieldNow());
        return done();
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("== an exception three awaits deep, in a task joined by another");
        Loop.run(traceDemo());
        System.out.println("== a task dump");
        Loop.run(dumpDemo());
        System.out.println("== a step that blocks the loop (warned with -Dboucle.debug=true)");
        Loop.run(slowDemo());
    }
}

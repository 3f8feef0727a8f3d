package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Task;
import dev.boucle.Waiter;
import dev.boucle.agent.cases.Knob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Awaits answered by the loop itself (timers, joins, gather, waiters), with live state of every type around them. */
public final class Loopy {
    private Loopy() {}

    @Async
    static Coroutine<Long> worker(int id, int steps) {
        long acc = id;
        double d = id / 2.0;
        for (int i = 0; i < steps; i++) {
            await(sleep(Duration.ofMillis(1)));
            acc = acc * 31 + await(v((long) i));
            d += 0.25;
        }
        if (id < 0) {
            throw new IllegalStateException("worker " + id);
        }
        return done(acc + (long) (d * 4));
    }

    static long workerPlain(int id, int steps) {
        long acc = id;
        double d = id / 2.0;
        for (int i = 0; i < steps; i++) {
            acc = acc * 31 + (long) i;
            d += 0.25;
        }
        if (id < 0) {
            throw new IllegalStateException("worker " + id);
        }
        return acc + (long) (d * 4);
    }

    // 93. tasks spawned and joined (await of a Task), timers between awaits, live long/double/String state
    @Async
    public static Coroutine<String> spawnAndJoin(int n) {
        List<Task<Long>> tasks = new ArrayList<>();
        String label = "n" + n;
        long local = n * 1000L;
        for (int i = 0; i < n; i++) {
            tasks.add(await(ensureFuture(worker(i, 3))));
        }
        await(sleep(Duration.ofMillis(2)));
        long sum = 0;
        for (Task<Long> t : tasks) {
            sum += await(t);
        }
        Task<Long> bad = await(ensureFuture(worker(-1, 2)));
        String err;
        try {
            await(bad);
            err = "no error";
        } catch (IllegalStateException e) {
            err = e.getMessage();
        }
        return done(label + "," + local + "," + sum + "," + err);
    }

    public static String spawnAndJoinPlain(int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += workerPlain(i, 3);
        }
        String err;
        try {
            workerPlain(-1, 2);
            err = "no error";
        } catch (IllegalStateException e) {
            err = e.getMessage();
        }
        return "n" + n + "," + (n * 1000L) + "," + sum + "," + err;
    }

    // 94. gather: results in argument order, awaited in the middle of an expression with values on the stack
    @Async
    @SuppressWarnings("unchecked")
    public static Coroutine<String> gatherInExpression(int n) {
        long base = n;
        String s = "g" + base + await(gather(worker(1, n), worker(2, n + 1), worker(3, 1))) + base * await(v(2L));
        return done(s);
    }

    public static String gatherInExpressionPlain(int n) {
        long base = n;
        return "g" + base + List.of(workerPlain(1, n), workerPlain(2, n + 1), workerPlain(3, 1)) + base * 2L;
    }

    // 95. a waiter set by other tasks; the waiting task keeps its locals across the wait
    @Async
    static Coroutine<Void> setter(Waiter w, int delayMs) {
        await(sleep(Duration.ofMillis(delayMs)));
        Knob.log("set after " + delayMs);
        w.set();
        return done();
    }

    @Async
    public static Coroutine<String> waiterAcrossTasks(int k) {
        Waiter w = new Waiter(2);
        int[] arr = {k, k * 2};
        char c = (char) ('a' + k);
        // the earlier deadline is also set first: a stall between the two setters' first steps
        // (seen under load) cannot put the 80 ms timer before the 1 ms one
        await(ensureFuture(setter(w, 1)));
        await(ensureFuture(setter(w, 80)));
        await(w);
        await(pause());
        Knob.log("released");
        return done(arr[0] + arr[1] + "" + c);
    }

    public static String waiterAcrossTasksPlain(int k) {
        Knob.log("set after 1");
        Knob.log("set after 80");
        Knob.log("released");
        return 3 * k + "" + (char) ('a' + k);
    }
}

package dev.boucle.sync;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Queue.shutdown, against Python 3.13's asyncio (queue_shutdown.py). Where no Python 3.13 is found,
 * the trace is compared with queue_shutdown.expected, that script's output under Python 3.13.0.
 */
@Timeout(60)
class QueueShutdownTest {
    final List<String> out = new ArrayList<>();

    void say(String s) {
        out.add(s);
    }

    @Async
    Coroutine<Void> getter(String name, Queue<Object> q) {
        try {
            while (true) {
                Object i = await(q.get());
                say(name + " got " + i);
                q.taskDone();
            }
        } catch (QueueShutDownException e) {
            say(name + " shut down");
        }
        return done();
    }

    @Async
    Coroutine<Void> putter(String name, Queue<Object> q, Object i) {
        try {
            await(q.put(i));
            say(name + " put " + i);
        } catch (QueueShutDownException e) {
            say(name + " shut down");
        }
        return done();
    }

    @Async
    static Coroutine<Void> joinOf(Queue<?> q) {
        await(q.join());
        return done();
    }

    @Async
    Coroutine<Void> graceful() {
        say("-- shutdown");
        Loop loop = Loop.current();
        Queue<Object> q = new Queue<>(2);
        Task<Void> g = loop.schedule(getter("G", q));
        await(yieldNow());
        q.shutdown(false);
        await(g);
        q = new Queue<>(2);
        q.putNowait(1);
        q.putNowait(2);
        Task<Void> p = loop.schedule(putter("P", q, 3));
        await(yieldNow());
        q.shutdown(false);
        await(p);
        try {
            q.putNowait(4);
        } catch (QueueShutDownException e) {
            say("put_nowait shut down");
        }
        try {
            await(q.put(4));
        } catch (QueueShutDownException e) {
            say("put shut down");
        }
        say("size=" + q.size());
        g = loop.schedule(getter("G", q));
        await(q.join());
        say("joined");
        await(g);
        try {
            q.getNowait();
        } catch (QueueShutDownException e) {
            say("get_nowait shut down");
        }
        return done();
    }

    @Async
    Coroutine<Void> immediate() {
        say("-- shutdown(immediate=True)");
        Queue<Object> q = new Queue<>();
        for (int i = 0; i < 3; i++) {
            q.putNowait(i);
        }
        Task<Void> j = Loop.current().schedule(joinOf(q));
        await(yieldNow());
        say("join done: " + LockTest.py(j.isDone()));
        q.shutdown(true);
        say("size=" + q.size());
        await(j);
        say("joined");
        try {
            await(q.get());
        } catch (QueueShutDownException e) {
            say("get shut down");
        }
        try {
            q.taskDone();
        } catch (IllegalStateException e) {
            say("task_done refused");
        }
        return done();
    }

    @Async
    Coroutine<Void> wokenThenShut() {
        say("-- woken, then shut down before running");
        Loop loop = Loop.current();
        Queue<Object> q = new Queue<>(1);
        q.putNowait("a");
        Task<Void> p = loop.schedule(putter("P", q, "b"));
        await(yieldNow());
        say(String.valueOf(q.getNowait()));
        q.shutdown(false);
        await(p);
        q = new Queue<>();
        Task<Void> g = loop.schedule(getter("G", q));
        await(yieldNow());
        q.putNowait("x");
        q.shutdown(true);
        await(g);
        return done();
    }

    @Async
    Coroutine<Void> scenario() {
        await(graceful());
        await(immediate());
        await(wokenThenShut());
        return done();
    }

    @Test
    void sameTraceAsPython313() {
        Loop.run(scenario());
        if (Differential.interpreter(13) != null) {
            Differential.assertSameTrace("queue_shutdown.py", 13, out);
        } else {
            // no Python 3.13 here: its recorded output (the test above keeps it in step where 3.13 exists)
            assertEquals(String.join("\n", Differential.readLines("queue_shutdown.expected")), String.join("\n", out));
        }
    }

    @Test
    void theRecordedTraceIsPython313s() {
        if (Differential.interpreter(13) != null) {
            assertEquals(Differential.readLines("queue_shutdown.expected"), Differential.python("queue_shutdown.py", 13));
        }
    }
}

package dev.boucle.sync;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Queue, LifoQueue, PriorityQueue: the differential scenario of queue.py, and Boucle's own rules. */
@Timeout(60)
class QueueTest {
    final List<String> out = new ArrayList<>();

    void say(String s) {
        out.add(s);
    }

    @Async
    Coroutine<Void> producer(String name, Queue<Integer> q, List<Integer> items) {
        for (int i : items) {
            say(name + " puts " + i + ", size=" + q.size());
            await(q.put(i));
        }
        say(name + " finished");
        return done();
    }

    @Async
    Coroutine<Void> consumer(String name, Queue<Integer> q, int n) {
        for (int k = 0; k < n; k++) {
            int i = await(q.get());
            say(name + " got " + i + ", size=" + q.size());
            await(yieldNow());
            q.taskDone();
        }
        say(name + " finished");
        return done();
    }

    @Async
    Coroutine<Void> getter(String name, Queue<String> q) {
        say(name + " gets");
        String i;
        try {
            i = await(q.get());
        } catch (CancelledException e) {
            say(name + " cancelled");
            throw e;
        }
        say(name + " got " + i);
        return done();
    }

    @Async
    Coroutine<Void> putter(String name, Queue<String> q, String i) {
        say(name + " puts " + i);
        try {
            await(q.put(i));
        } catch (CancelledException e) {
            say(name + " cancelled, size=" + q.size());
            throw e;
        }
        say(name + " put " + i);
        return done();
    }

    @Async
    Coroutine<Void> backpressure() {
        say("-- backpressure");
        Queue<Integer> q = new Queue<>(2);
        Loop loop = Loop.current();
        Task<Void> p = loop.schedule(producer("P", q, List.of(0, 1, 2, 3, 4, 5)));
        Task<Void> c1 = loop.schedule(consumer("C1", q, 3));
        Task<Void> c2 = loop.schedule(consumer("C2", q, 3));
        await(yieldNow());
        await(q.join());
        say("joined, size=" + q.size());
        await(p);
        await(c1);
        await(c2);
        return done();
    }

    @Async
    Coroutine<Void> nowait() {
        say("-- nowait");
        Queue<String> q = new Queue<>(1);
        q.putNowait("a");
        try {
            q.putNowait("b");
        } catch (QueueFullException e) {
            say("full, size=" + q.size() + " full=" + LockTest.py(q.isFull()));
        }
        say(q.getNowait());
        try {
            q.getNowait();
        } catch (QueueEmptyException e) {
            say("empty=" + LockTest.py(q.isEmpty()));
        }
        q.taskDone();
        try {
            q.taskDone();
        } catch (IllegalStateException e) {
            say("task_done refused");
        }
        await(q.join());
        say("join returns at once");
        return done();
    }

    @Async
    Coroutine<Void> getterCancelled() {
        say("-- getter cancelled while parked");
        Queue<String> q = new Queue<>();
        Task<Void> g1 = Loop.current().schedule(getter("G1", q));
        Task<Void> g2 = Loop.current().schedule(getter("G2", q));
        await(yieldNow());
        g1.cancel();
        await(yieldNow());
        q.putNowait("x");
        await(g2);
        say("size=" + q.size());
        return done();
    }

    @Async
    Coroutine<Void> getterWokenThenCancelled() {
        say("-- getter woken then cancelled");
        Queue<String> q = new Queue<>();
        Task<Void> g1 = Loop.current().schedule(getter("G1", q));
        await(yieldNow());
        q.putNowait("x");
        g1.cancel();
        q.putNowait("y");
        try {
            await(g1);
        } catch (CancelledException e) {
            say("main: G1 was cancelled");
        }
        say("size=" + q.size());
        say(q.getNowait() + " " + q.getNowait());
        return done();
    }

    @Async
    Coroutine<Void> putterCancelled() {
        say("-- putter cancelled");
        Queue<String> q = new Queue<>(1);
        q.putNowait("a");
        Loop loop = Loop.current();
        Task<Void> p1 = loop.schedule(putter("P1", q, "b"));
        Task<Void> p2 = loop.schedule(putter("P2", q, "c"));
        Task<Void> p3 = loop.schedule(putter("P3", q, "d"));
        await(yieldNow());
        p1.cancel();
        await(yieldNow());
        say(q.getNowait());
        p2.cancel();
        try {
            await(p2);
        } catch (CancelledException e) {
            say("main: P2 was cancelled");
        }
        await(p3);
        say("size=" + q.size());
        say(q.getNowait());
        return done();
    }

    @Async
    Coroutine<Void> orders() {
        say("-- lifo and priority");
        Queue<Integer> lq = new LifoQueue<>();
        Queue<Integer> pq = new PriorityQueue<>();
        for (int i : List.of(3, 1, 4, 5, 9, 2, 6)) {
            lq.putNowait(i);
            pq.putNowait(i);
        }
        say(drain(lq).toString());
        say(drain(pq).toString());
        Queue<Integer> bounded = new PriorityQueue<>(2);
        Task<Void> p = Loop.current().schedule(producer("P", bounded, List.of(5, 3, 8, 1)));
        await(yieldNow());
        say("size=" + bounded.size() + " full=" + LockTest.py(bounded.isFull()));
        for (int k = 0; k < 4; k++) {
            say(String.valueOf(await(bounded.get())));
        }
        await(p);
        return done();
    }

    static <T> List<T> drain(Queue<T> q) {
        List<T> l = new ArrayList<>();
        while (!q.isEmpty()) {
            l.add(q.getNowait());
        }
        return l;
    }

    @Async
    Coroutine<Void> scenario() {
        await(backpressure());
        await(nowait());
        await(getterCancelled());
        await(getterWokenThenCancelled());
        await(putterCancelled());
        await(orders());
        return done();
    }

    @Test
    void sameTraceAsAsyncio() {
        Loop.run(scenario());
        Differential.assertSameTrace("queue.py", 11, out);
    }

    @Test
    void priorityQueueTakesAComparator() {
        Queue<String> q = new PriorityQueue<>(0, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : List.of("ccc", "a", "bb", "b", "dddd")) {
            q.putNowait(s);
        }
        assertEquals(List.of("b", "a", "bb", "ccc", "dddd"), drain(q));
    }

    @Test
    void refusedItemsChangeNothing() {
        Queue<Object> q = new PriorityQueue<>();
        assertThrows(ClassCastException.class, () -> q.putNowait(new Object()));
        assertEquals(0, q.size());
        assertThrows(IllegalStateException.class, q::taskDone); // the refused item was not counted
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Queue<String>().putNowait(null));
        assertEquals("Boucle: Queue.putNowait(null): a queue's items cannot be null", e.getMessage());
    }

    /**
     * Hand-off: a put while a getter waits gives the item to that getter, so a getNowait before the
     * getter runs finds nothing to steal (asyncio would let it take the item and send the woken
     * getter back to wait).
     */
    @Async
    static Coroutine<String> handOff() {
        Queue<String> q = new Queue<>();
        Task<String> g = Loop.current().schedule(q.get() instanceof Object ? getOne(q) : null);
        await(yieldNow());
        q.putNowait("x");
        String stolen;
        try {
            stolen = q.getNowait();
        } catch (QueueEmptyException e) {
            stolen = "nothing";
        }
        return done(stolen + " " + await(g));
    }

    @Async
    static Coroutine<String> getOne(Queue<String> q) {
        return done(await(q.get()));
    }

    @Test
    void aWaitingGetterCannotBeRobbed() {
        assertEquals("nothing x", Loop.run(handOff()));
    }

    /**
     * A getter woken with an item whose cancel scope is cancelled before it runs (here by its task
     * group) takes the item all the same: a scope's cancellation never discards a value on its way
     * (docs/SEMANTICS.md); the cancellation comes at its next suspension.
     */
    @Async
    static Coroutine<String> scopeCancelledAfterTheWakeUp(Queue<String> q, List<String> log) {
        String r = await(dev.boucle.Boucle.taskGroup(g -> groupBody(g, q, log)));
        return done(r + ", size=" + q.size() + ", log=" + log);
    }

    @Async
    static Coroutine<String> groupBody(dev.boucle.TaskGroup g, Queue<String> q, List<String> log) {
        g.spawn(putsThenCancels(g, q));
        String item = await(q.get());
        log.add("got " + item);
        try {
            await(yieldNow());
            log.add("not cancelled?!");
        } catch (CancelledException e) {
            log.add("cancelled at the next await");
            throw e;
        }
        return done("body returned");
    }

    @Async
    static Coroutine<Void> putsThenCancels(dev.boucle.TaskGroup g, Queue<String> q) {
        await(yieldNow());
        q.putNowait("x");   // wakes the body, which has not run yet when...
        g.cancel();         // ...its scope is cancelled
        return done();
    }

    @Test
    void aScopeCancelledAfterTheWakeUpDoesNotLoseTheItem() {
        List<String> log = new ArrayList<>();
        assertEquals("null, size=0, log=[got x, cancelled at the next await]", Loop.run(scopeCancelledAfterTheWakeUp(new Queue<>(), log)));
    }
}

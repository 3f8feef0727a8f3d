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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Semaphore and BoundedSemaphore: the differential scenario of semaphore.py. */
@Timeout(60)
class SemaphoreTest {
    final List<String> out = new ArrayList<>();

    void say(String s) {
        out.add(s);
    }

    @Async
    Coroutine<Void> worker(String name, Semaphore sem, int turns) {
        say(name + " wants, available=" + sem.available());
        try {
            await(sem.acquire());
        } catch (CancelledException e) {
            say(name + " cancelled");
            throw e;
        }
        try {
            say(name + " in, locked=" + LockTest.py(sem.isLocked()));
            for (int i = 0; i < turns; i++) {
                await(yieldNow());
            }
        } finally {
            sem.release();
        }
        say(name + " out");
        return done();
    }

    @Async
    Coroutine<Void> limit() {
        say("-- two at a time");
        Semaphore sem = new Semaphore(2);
        List<Task<Void>> ts = new ArrayList<>();
        for (String n : List.of("A", "B", "C", "D", "E")) {
            ts.add(Loop.current().schedule(worker(n, sem, 2)));
        }
        for (Task<Void> t : ts) {
            await(t);
        }
        say("available=" + sem.available());
        return done();
    }

    @Async
    Coroutine<Void> cancelledWhileParked() {
        say("-- cancelled while parked");
        Semaphore sem = new Semaphore(1);
        await(sem.acquire());
        Task<Void> b = Loop.current().schedule(worker("B", sem, 1));
        Task<Void> c = Loop.current().schedule(worker("C", sem, 1));
        await(yieldNow());
        b.cancel();
        await(yieldNow());
        sem.release();
        await(c);
        say("available=" + sem.available());
        return done();
    }

    @Async
    Coroutine<Void> wokenThenCancelled() {
        say("-- woken then cancelled");
        Semaphore sem = new Semaphore(1);
        await(sem.acquire());
        Task<Void> b = Loop.current().schedule(worker("B", sem, 1));
        Task<Void> c = Loop.current().schedule(worker("C", sem, 1));
        await(yieldNow());
        sem.release();
        b.cancel();
        try {
            await(b);
        } catch (CancelledException e) {
            say("main: B was cancelled");
        }
        await(c);
        say("available=" + sem.available());
        return done();
    }

    @Async
    Coroutine<Void> bounded() {
        say("-- bounded");
        Semaphore sem = new BoundedSemaphore(2);
        await(sem.acquire());
        sem.release();
        try {
            sem.release();
        } catch (IllegalStateException e) {
            say("refused, available=" + sem.available());
        }
        Semaphore plain = new Semaphore(1);
        plain.release();
        say("plain available=" + plain.available());
        return done();
    }

    @Async
    Coroutine<Void> scenario() {
        await(limit());
        await(cancelledWhileParked());
        await(wokenThenCancelled());
        await(bounded());
        return done();
    }

    @Test
    void sameTraceAsAsyncio() {
        Loop.run(scenario());
        Differential.assertSameTrace("semaphore.py", 11, out);
    }

    @Test
    void negativePermitsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BoundedSemaphore(-1));
        assertEquals("Boucle: BoundedSemaphore(-1): the number of permits cannot be negative", e.getMessage());
    }

    @Test
    void boundedReleaseSaysWhy() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new BoundedSemaphore(3).release());
        assertTrue(e.getMessage().contains("called more times than acquire()"), e.getMessage());
    }
}

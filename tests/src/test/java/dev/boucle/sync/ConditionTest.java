package dev.boucle.sync;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.withTimeout;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boucle.Async;
import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.DeadlineExceededException;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Condition: the differential scenario of condition.py, and the wake-up a cancellation must not lose. */
@Timeout(60)
class ConditionTest {
    final List<String> out = new ArrayList<>();

    void say(String s) {
        out.add(s);
    }

    @Async
    Coroutine<Void> consumer(String name, Condition cond, List<Integer> items) {
        await(cond.acquire());
        try {
            say(name + " waits");
            await(cond.waitFor(() -> !items.isEmpty()));
            say(name + " takes " + items.remove(0) + ", locked=" + LockTest.py(cond.isLocked()));
        } finally {
            cond.release();
        }
        say(name + " done");
        return done();
    }

    @Async
    Coroutine<Void> waiter(String name, Condition cond) {
        await(cond.acquire());
        try {
            say(name + " waits");
            try {
                await(cond.notified());
            } catch (CancelledException e) {
                say(name + " cancelled, holds the lock again: " + LockTest.py(cond.lock().owner() != null && cond.lock().owner().isRunningNow()));
                throw e;
            }
            say(name + " notified");
        } finally {
            cond.release();
        }
        return done();
    }

    @Async
    Coroutine<Void> signals() {
        say("-- wait_for, notify, notify_all");
        Condition cond = new Condition();
        List<Integer> items = new ArrayList<>();
        List<Task<Void>> cs = new ArrayList<>();
        for (String n : List.of("A", "B", "C")) {
            cs.add(Loop.current().schedule(consumer(n, cond, items)));
        }
        await(yieldNow());
        await(cond.acquire());
        try {
            items.add(1);
            say("main notifies one");
            cond.signal();
            await(yieldNow());
            say("main still holds the lock");
        } finally {
            cond.release();
        }
        await(yieldNow());
        await(cond.acquire());
        try {
            items.addAll(List.of(2, 3));
            say("main notifies all");
            cond.signalAll();
        } finally {
            cond.release();
        }
        for (Task<Void> c : cs) {
            await(c);
        }
        return done();
    }

    @Async
    Coroutine<Void> cancelled() {
        say("-- cancelled while waiting");
        Condition cond = new Condition();
        Task<Void> a = Loop.current().schedule(waiter("A", cond));
        Task<Void> b = Loop.current().schedule(waiter("B", cond));
        await(yieldNow());
        await(cond.acquire());
        a.cancel();
        await(yieldNow());
        say("A done: " + LockTest.py(a.isDone()));
        cond.signal();
        cond.release();
        try {
            await(a);
        } catch (CancelledException e) {
            say("main: A was cancelled");
        }
        await(b);
        say("locked=" + LockTest.py(cond.isLocked()));
        return done();
    }

    @Async
    Coroutine<Void> misuse() {
        say("-- misuse");
        Condition cond = new Condition();
        try {
            cond.signal();
        } catch (IllegalStateException e) {
            say("notify refused");
        }
        try {
            await(cond.notified());
        } catch (IllegalStateException e) {
            say("wait refused");
        }
        return done();
    }

    @Async
    Coroutine<Void> scenario() {
        await(signals());
        await(cancelled());
        await(misuse());
        return done();
    }

    @Test
    void sameTraceAsAsyncio() {
        Loop.run(scenario());
        Differential.assertSameTrace("condition.py", 11, out);
    }

    /** A signal given to a task that is cancelled before it runs goes to the next waiter (3.11 would lose it). */
    @Async
    Coroutine<String> signalPassesOn() {
        Condition cond = new Condition();
        Task<Void> a = Loop.current().schedule(waiter("A", cond));
        Task<Void> b = Loop.current().schedule(waiter("B", cond));
        await(yieldNow());
        await(cond.acquire());
        cond.signal();   // to A...
        a.cancel();      // ...cancelled before it runs: B gets the signal
        cond.release();
        await(b);
        return done(String.join(", ", out) + "; A " + a.status());
    }

    @Test
    void aSignalIsNeverLostToACancellation() {
        assertEquals("A waits, B waits, A cancelled, holds the lock again: True, B notified; A CANCELLED", Loop.run(signalPassesOn()));
    }

    /** A timeout around a wait: the lock is taken back (not cancellable) before the timeout is thrown. */
    @Async
    Coroutine<String> timedWait() {
        Condition cond = new Condition();
        Task<String> holder = Loop.current().schedule(holdsFor(cond, 3));
        await(cond.acquire());
        try {
            await(withTimeout(Duration.ofMillis(1), waitsForever(cond, holder)));
            return done("notified?!");
        } catch (DeadlineExceededException e) {
            String held = LockTest.py(cond.lock().owner() != null && cond.lock().owner().isRunningNow());
            return done("timed out, holds the lock: " + held + ", holder " + await(holder));
        } finally {
            cond.release();
        }
    }

    @Async
    Coroutine<Void> waitsForever(Condition cond, Task<String> holder) {
        await(cond.notified());
        return done();
    }

    /** Takes the lock as soon as the waiter releases it, and keeps it for a few turns after the deadline. */
    @Async
    Coroutine<String> holdsFor(Condition cond, int turns) {
        await(cond.acquire());
        try {
            await(dev.boucle.Boucle.sleep(Duration.ofMillis(20)));
            for (int i = 0; i < turns; i++) {
                await(yieldNow());
            }
        } finally {
            cond.release();
        }
        return done("released");
    }

    @Test
    void aTimeoutTakesTheLockBackFirst() {
        assertEquals("timed out, holds the lock: True, holder released", Loop.run(timedWait()));
    }
}

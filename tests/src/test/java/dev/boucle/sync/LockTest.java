package dev.boucle.sync;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Lock: the differential scenario of lock.py, and what asyncio leaves unchecked (ownership, reentry). */
@Timeout(60)
class LockTest {
    final List<String> out = new ArrayList<>();

    void say(String s) {
        out.add(s);
    }

    @Async
    Coroutine<Void> worker(String name, Lock lock, int turns) {
        say(name + " wants");
        await(lock.acquire());
        try {
            say(name + " got, locked=" + py(lock.isLocked()));
            for (int i = 0; i < turns; i++) {
                await(yieldNow());
            }
            say(name + " releases");
        } finally {
            lock.release();
        }
        say(name + " done");
        return done();
    }

    @Async
    Coroutine<Void> waiter(String name, Lock lock) {
        say(name + " wants");
        try {
            await(lock.acquire());
        } catch (CancelledException e) {
            say(name + " cancelled");
            throw e;
        }
        try {
            say(name + " got");
        } finally {
            lock.release();
        }
        say(name + " done");
        return done();
    }

    @Async
    Coroutine<Void> fifo() {
        say("-- fifo");
        Lock lock = new Lock();
        List<Task<Void>> ts = new ArrayList<>();
        for (String n : List.of("A", "B", "C")) {
            ts.add(Loop.current().schedule(worker(n, lock, 2)));
        }
        for (Task<Void> t : ts) {
            await(t);
        }
        say("locked=" + py(lock.isLocked()));
        return done();
    }

    @Async
    Coroutine<Void> cancelledWhileParked() {
        say("-- cancelled while parked");
        Lock lock = new Lock();
        await(lock.acquire());
        Task<Void> b = Loop.current().schedule(waiter("B", lock));
        Task<Void> c = Loop.current().schedule(waiter("C", lock));
        await(yieldNow());
        b.cancel();
        await(yieldNow());
        say("B cancelled: " + py(b.isCancelled()));
        lock.release();
        await(c);
        say("locked=" + py(lock.isLocked()));
        return done();
    }

    @Async
    Coroutine<Void> wokenThenCancelled() {
        say("-- woken then cancelled");
        Lock lock = new Lock();
        await(lock.acquire());
        Task<Void> b = Loop.current().schedule(waiter("B", lock));
        Task<Void> c = Loop.current().schedule(waiter("C", lock));
        await(yieldNow());
        lock.release();
        b.cancel();
        try {
            await(b);
        } catch (CancelledException e) {
            say("main: B was cancelled");
        }
        await(c);
        say("locked=" + py(lock.isLocked()));
        return done();
    }

    @Async
    Coroutine<Void> releaseUnlocked() {
        say("-- release unlocked");
        Lock lock = new Lock();
        try {
            lock.release();
        } catch (IllegalStateException e) {
            say("refused");
        }
        return done();
    }

    @Async
    Coroutine<Void> scenario() {
        await(fifo());
        await(cancelledWhileParked());
        await(wokenThenCancelled());
        await(releaseUnlocked());
        return done();
    }

    static String py(boolean b) {
        return b ? "True" : "False";
    }

    @Test
    void sameTraceAsAsyncio() {
        Loop.run(scenario());
        Differential.assertSameTrace("lock.py", 11, out);
    }

    @Async
    static Coroutine<String> holdsAndReleasesOthers(Lock lock, Task<?>[] other) {
        await(lock.acquire());
        await(yieldNow());
        await(yieldNow());
        lock.release();
        return done("released");
    }

    @Async
    static Coroutine<String> releasesWhatItDoesNotHold(Lock lock) {
        await(yieldNow());
        try {
            lock.release();
            return done("released?!");
        } catch (IllegalStateException e) {
            return done(e.getMessage() + " / locked=" + lock.isLocked());
        }
    }

    @Test
    void onlyTheHolderMayRelease() {
        Lock lock = new Lock();
        try (Loop loop = new Loop()) {
            Task<String> holder = loop.schedule(holdsAndReleasesOthers(lock, null));
            Task<String> thief = loop.schedule(releasesWhatItDoesNotHold(lock));
            loop.runUntilEmpty();
            assertEquals("released", holder.result());
            assertTrue(thief.result().contains("does not hold the lock"), thief.result());
            assertTrue(thief.result().endsWith("locked=true"), thief.result());
            assertFalse(lock.isLocked());
        }
    }

    @Async
    static Coroutine<String> acquiresTwice(Lock lock) {
        await(lock.acquire());
        try {
            await(lock.acquire());
            return done("reentered?!");
        } catch (IllegalStateException e) {
            lock.release();
            return done(e.getMessage());
        }
    }

    @Test
    void notReentrant() {
        Lock lock = new Lock();
        String msg = Loop.run(acquiresTwice(lock));
        assertTrue(msg.contains("not reentrant"), msg);
        assertFalse(lock.isLocked());
    }

    @Test
    void releaseOfAFreeLockIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Lock().release());
        assertTrue(e.getMessage().contains("Lock.release() on a lock that is not locked"), e.getMessage());
    }
}

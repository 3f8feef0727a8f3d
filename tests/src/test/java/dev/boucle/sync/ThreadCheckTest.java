package dev.boucle.sync;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/**
 * Every primitive belongs to the loop that first used it: a call from another thread is refused
 * with an IllegalStateException naming the class, the method and the fix, and changes nothing;
 * an await by a task of another loop is refused too.
 */
@Timeout(60)
class ThreadCheckTest {
    final Lock lock = new Lock();
    final Event event = new Event();
    final Semaphore sem = new BoundedSemaphore(2);
    final Queue<String> queue = new Queue<>(2);
    final Condition cond = new Condition();
    final Barrier barrier = new Barrier(2);
    final Event stop = new Event();
    final CountDownLatch bound = new CountDownLatch(1);

    /** Uses every primitive on its loop (binding them), then waits for {@link #stop}. */
    @Async
    Coroutine<String> owner() {
        await(lock.acquire());
        await(sem.acquire());
        queue.putNowait("a");
        event.clear();
        await(cond.acquire());
        barrier.reset();
        stop.clear(); // binds stop now: the test thread may call stop.set() before this task awaits it
        bound.countDown();
        await(stop);
        lock.release();
        sem.release();
        cond.release();
        return done(queue.getNowait() + " " + event.isSet());
    }

    static void refused(String method, Executable call) {
        IllegalStateException e = assertThrows(IllegalStateException.class, call, method);
        assertTrue(e.getMessage().contains(method + " called from thread '" + Thread.currentThread().getName() + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertTrue(e.getMessage().contains("loop.callSoonThreadsafe"), e.getMessage());
    }

    @Test
    void callsFromAnotherThreadAreRefusedAndChangeNothing() throws Exception {
        Loop loop = new Loop();
        String[] result = new String[1];
        Thread t = new Thread(() -> result[0] = loop.runUntilComplete(owner()), "loop-thread");
        t.start();
        assertTrue(bound.await(30, TimeUnit.SECONDS));

        refused("Lock.release()", lock::release);
        refused("Lock.acquire()", lock::acquire);
        assertTrue(lock.isLocked());
        refused("Event.set()", event::set);
        refused("Event.clear()", event::clear);
        assertFalse(event.isSet());
        refused("BoundedSemaphore.release()", sem::release);
        refused("BoundedSemaphore.acquire()", sem::acquire);
        assertEquals(1, sem.available());
        refused("Queue.putNowait(item)", () -> queue.putNowait("b"));
        refused("Queue.put(item)", () -> queue.put("b"));
        refused("Queue.getNowait()", queue::getNowait);
        refused("Queue.get()", queue::get);
        refused("Queue.taskDone()", queue::taskDone);
        refused("Queue.join()", queue::join);
        refused("Queue.shutdown(true)", () -> queue.shutdown(true));
        assertEquals(1, queue.size());
        assertFalse(queue.isShutDown());
        refused("Condition.signal(1)", cond::signal);
        refused("Condition.signalAll()", cond::signalAll);
        refused("Condition.notified()", cond::notified);
        refused("Condition.waitFor(predicate)", () -> cond.waitFor(() -> true));
        refused("Lock.release()", cond::release);
        assertTrue(cond.isLocked());
        refused("Barrier.arrive()", barrier::arrive);
        refused("Barrier.abort()", barrier::abort);
        refused("Barrier.reset()", barrier::reset);
        assertFalse(barrier.isBroken());
        refused("Event.set()", stop::set);

        // the fix the message gives works
        loop.callSoonThreadsafe(event::set);
        loop.callSoonThreadsafe(stop::set);
        t.join(30_000);
        assertFalse(t.isAlive());
        assertEquals("a true", result[0]);
        loop.close();
    }

    @Async
    static Coroutine<String> acquireIn(Lock l) {
        await(l.acquire());
        l.release();
        return done("acquired");
    }

    @Async
    static Coroutine<String> getIn(Queue<String> q) {
        try {
            return done(await(q.get()));
        } catch (IllegalStateException e) {
            return done(e.getMessage());
        }
    }

    @Test
    void aTaskOfAnotherLoopIsRefused() {
        Lock l = new Lock();
        assertEquals("acquired", Loop.run(acquireIn(l)));   // binds l to that loop
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Loop.run(acquireIn(l)));
        assertTrue(e.getMessage().contains("attached to a different loop"), e.getMessage());
        assertFalse(l.isLocked());

        Queue<String> q = new Queue<>();
        q.putNowait("x");  // on no loop: does not bind
        assertEquals("x", Loop.run(getIn(q)));
        q.putNowait("y");
        String msg = Loop.run(getIn(q));
        assertTrue(msg.contains("attached to a different loop"), msg);
        assertEquals(1, q.size());
    }
}

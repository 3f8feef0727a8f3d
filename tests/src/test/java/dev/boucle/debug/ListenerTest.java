package dev.boucle.debug;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The listener SPI sees each task's lifecycle, each callback, each turn and the loop's lag. */
@Timeout(60)
class ListenerTest {

    @Async
    static Coroutine<Integer> twoSteps() {
        await(yieldNow());
        return done(7);
    }

    /** Writes down what it is told, with the await chain at each suspension. */
    static final class Recorder implements LoopListener {
        final List<String> events = new ArrayList<>();
        int turns;
        long maxLag;

        @Override
        public void taskCreated(Task<?> t) {
            events.add("created " + t.name());
        }

        @Override
        public void taskStarted(Task<?> t) {
            events.add("started " + t.name());
        }

        @Override
        public void taskResumed(Task<?> t) {
            events.add("resumed " + t.name());
        }

        @Override
        public void taskSuspended(Task<?> t) {
            events.add("suspended " + t.name() + " at " + t.awaitChain().get(0).getMethodName());
        }

        @Override
        public void taskDone(Task<?> t) {
            events.add("done " + t);
        }

        @Override
        public void callbackStarted(Runnable r) {
            events.add("callback started");
        }

        @Override
        public void callbackDone(Runnable r) {
            events.add("callback done");
        }

        @Override
        public void loopTurn(Loop loop) {
            turns++;
        }

        @Override
        public void loopLag(Loop loop, long lateNanos) {
            maxLag = Math.max(maxLag, lateNanos);
        }
    }

    @Test
    void aTasksLifecycleInOrder() {
        Recorder r = new Recorder();
        try (Loop loop = new Loop()) {
            Listeners.add(loop, r);
            loop.schedule(twoSteps());
            loop.callSoon(() -> { });
            loop.runUntilEmpty();
        }
        assertEquals(List.of("created twoSteps", "started twoSteps", "suspended twoSteps at twoSteps",
                "callback started", "callback done", "resumed twoSteps", "done <Task 'twoSteps' [FINISHED] (7)>"),
                r.events);
        assertTrue(r.turns >= 2, "turns: " + r.turns);
    }

    @Async
    static Coroutine<Void> blocksPastATimer() throws InterruptedException {
        Loop.current().callLater(Duration.ofMillis(1), () -> { });
        Thread.sleep(60); // the timer is due after 1 ms; this step holds the loop for 60
        await(sleep(Duration.ZERO));
        return done();
    }

    @Test
    void lagIsHowLateTimersFire() throws Exception {
        Recorder r = new Recorder();
        try (Loop loop = new Loop()) {
            Listeners.add(loop, r);
            loop.runUntilComplete(blocksPastATimer());
        }
        assertTrue(r.maxLag >= 50_000_000L, "lag " + r.maxLag + " ns");
    }

    @Test
    void severalListenersRunInOrderAndCanBeRemoved() {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        try (Loop loop = new Loop()) {
            Listeners.add(loop, a);
            Listeners.add(loop, b);
            loop.runUntilComplete(twoSteps());
            assertTrue(Listeners.remove(loop, a));
            assertFalse(Listeners.remove(loop, a));
            loop.runUntilComplete(twoSteps());
        }
        List<String> one = List.of("created twoSteps", "started twoSteps", "suspended twoSteps at twoSteps",
                "resumed twoSteps", "done <Task 'twoSteps' [FINISHED] (7)>");
        assertEquals(one, a.events);
        List<String> two = new ArrayList<>(one);
        two.addAll(one);
        assertEquals(two, b.events);
    }

    @Test
    void aListenerThatThrowsIsReportedAndTheLoopGoesOn() {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try (Loop loop = new Loop()) {
            Listeners.add(loop, new LoopListener() {
                @Override
                public void taskStarted(Task<?> t) {
                    throw new IllegalStateException("listener bug");
                }
            });
            assertEquals(7, loop.runUntilComplete(twoSteps()));
        } finally {
            System.setErr(err);
        }
        assertTrue(captured.toString().contains("listener bug"), captured.toString());
    }

    @Test
    void listenersAreAddedOnTheLoopsThread() throws Exception {
        try (Loop loop = new Loop()) {
            Thread[] runner = new Thread[1];
            java.util.concurrent.CountDownLatch in = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch out = new java.util.concurrent.CountDownLatch(1);
            loop.callSoon(() -> {
                in.countDown();
                try {
                    out.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            runner[0] = new Thread(loop::runUntilEmpty, "runner");
            runner[0].start();
            in.await();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Listeners.add(loop, new Recorder()));
            assertTrue(e.getMessage().contains("callSoonThreadsafe"), e.getMessage());
            out.countDown();
            runner[0].join();
        }
    }
}

package dev.boucle;

import static dev.boucle.Script.await;
import static dev.boucle.Script.check;
import static dev.boucle.Script.coroutine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Syscall;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The selector: blocking without CPU, thread-safe wake-ups, I/O readiness (no agent). */
class IdleLoopTest {

    static Coroutine<Void> sleepFor(Duration d) {
        return coroutine("sleepFor", (label, v, e) -> {
            check(e);
            return label == 0 ? await(Boucle.sleep(d)) : null;
        });
    }

    @Test
    void anIdleLoopSleepingTwoSecondsUsesAlmostNoCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Loop.run(sleepFor(Duration.ofMillis(20))); // warm up: class loading, first selector
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        Loop.run(sleepFor(Duration.ofSeconds(2)));
        long cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long wallMs = (System.nanoTime() - wall0) / 1_000_000;
        assertTrue(wallMs >= 2000, "slept " + wallMs + " ms");
        assertTrue(cpuMs < 100, "the idle loop used " + cpuMs + " ms of CPU over " + wallMs + " ms");
    }

    @Test
    void callSoonThreadsafeWakesABlockedLoop() throws Exception {
        Waiter w = new Waiter(1);
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<Void> t = loop.schedule(coroutine("waits", (label, v, e) -> {
                check(e);
                if (label == 0) {
                    return await(w);
                }
                log.add("woken on " + Thread.currentThread().getName());
                return null;
            }));
            Thread other = new Thread(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ignored) {
                    return;
                }
                loop.callSoonThreadsafe(w::set);
            }, "other");
            long t0 = System.nanoTime();
            other.start();
            loop.runUntilEmpty(); // no timer, no I/O: blocks in select until the post
            long ms = (System.nanoTime() - t0) / 1_000_000;
            other.join();
            assertTrue(ms >= 190 && ms < 5000, "woke after " + ms + " ms");
            assertEquals(Task.Status.FINISHED, t.status());
            assertEquals(List.of("woken on " + Thread.currentThread().getName()), log);
        }
    }

    @Test
    void manyThreadsPostingConcurrentlyLoseNothing() throws Exception {
        int threads = 4;
        int each = 10_000;
        int[] count = {0};
        Waiter done = new Waiter(threads * each);
        try (Loop loop = new Loop()) {
            loop.schedule(coroutine("collector", (label, v, e) -> label == 0 ? await(done) : null));
            List<Thread> ts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread th = new Thread(() -> {
                    for (int j = 0; j < each; j++) {
                        loop.callSoonThreadsafe(() -> {
                            count[0]++;
                            done.set();
                        });
                    }
                });
                ts.add(th);
                th.start();
            }
            loop.runUntilEmpty();
            for (Thread th : ts) {
                th.join();
            }
        }
        assertEquals(threads * each, count[0]);
    }

    @Test
    void anotherThreadTouchingARunningLoopGetsAClearError() throws Exception {
        Throwable[] got = new Throwable[1];
        try (Loop loop = new Loop()) {
            Waiter w = new Waiter(1);
            loop.schedule(coroutine("waits", (label, v, e) -> label == 0 ? Script.await(w) : null));
            Thread other = new Thread(() -> {
                try {
                    Thread.sleep(100);
                    loop.schedule(Boucle.done(1));
                } catch (Throwable e) {
                    got[0] = e;
                }
                loop.callSoonThreadsafe(w::set);
            }, "intruder");
            other.start();
            loop.runUntilEmpty();
            other.join();
        }
        assertTrue(got[0] instanceof IllegalStateException, String.valueOf(got[0]));
        assertTrue(got[0].getMessage().contains("called from 'intruder'") && got[0].getMessage().contains("callSoonThreadsafe"),
                got[0].getMessage());
    }

    /** Waits until a channel is readable: the socket issue's building block. */
    static final class Readable implements Syscall<Void> {
        final Pipe.SourceChannel ch;

        Readable(Pipe.SourceChannel ch) {
            this.ch = ch;
        }

        @Override
        public void handle(Kernel kernel, Task<?> sender) {
            kernel.wakeOnReady(sender, ch, SelectionKey.OP_READ);
        }
    }

    @Test
    void wakeOnReadyWakesTheTaskWhenTheChannelIsReadable() throws Exception {
        Pipe pipe = Pipe.open();
        pipe.source().configureBlocking(false);
        try (Loop loop = new Loop()) {
            Task<String> reader = loop.schedule(coroutine("reader", (label, v, e) -> {
                check(e);
                if (label == 0) {
                    return await(new Readable(pipe.source()));
                }
                ByteBuffer buf = ByteBuffer.allocate(16);
                int n = pipe.source().read(buf);
                return new String(buf.array(), 0, n, "UTF-8");
            }));
            loop.callLater(Duration.ofMillis(30), () -> {
                try {
                    pipe.sink().write(ByteBuffer.wrap("ping".getBytes("UTF-8")));
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
            loop.runUntilEmpty();
            assertEquals("ping", reader.result());
            assertEquals(0, loop.poller.ioWaiting);
        } finally {
            pipe.source().close();
            pipe.sink().close();
        }
    }

    @Test
    void twoTasksWaitingForTheSameReadinessIsAClearErrorAndCancelReleasesTheChannel() throws Exception {
        Pipe pipe = Pipe.open();
        pipe.source().configureBlocking(false);
        try (Loop loop = new Loop()) {
            Task<Void> first = loop.schedule(coroutine("first", (label, v, e) -> {
                check(e);
                return label == 0 ? await(new Readable(pipe.source())) : null;
            }));
            Task<Void> second = loop.schedule(coroutine("second", (label, v, e) -> {
                check(e);
                return label == 0 ? await(new Readable(pipe.source())) : null;
            }));
            loop.callLater(Duration.ofMillis(10), first::cancel);
            loop.runUntilEmpty();
            assertEquals(Task.Status.CANCELLED, first.status());
            assertInstanceOf(IllegalStateException.class, second.exception());
            assertTrue(second.exception().getMessage().contains("already waits for READ"), second.exception().getMessage());
            assertEquals(0, loop.poller.ioWaiting);
            // the channel is free again
            Task<Void> third = loop.schedule(coroutine("third", (label, v, e) -> {
                check(e);
                return label == 0 ? await(new Readable(pipe.source())) : null;
            }));
            pipe.sink().write(ByteBuffer.wrap(new byte[] {1}));
            loop.runUntilEmpty();
            assertEquals(Task.Status.FINISHED, third.status());
        } finally {
            pipe.source().close();
            pipe.sink().close();
        }
    }

    @Test
    void anExceptionNobodyRetrievesIsReportedWhenTheTaskIsCollected() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(captured, true, "UTF-8");
        System.setErr(tee);
        try {
            try (Loop loop = new Loop()) {
                loop.schedule(coroutine("forgotten", (label, v, e) -> {
                    throw new IllegalStateException("nobody looks at me");
                }));
                Task<Void> retrieved = loop.schedule(coroutine("retrieved", (label, v, e) -> {
                    throw new IllegalStateException("somebody looks at me");
                }));
                loop.runUntilEmpty();
                assertEquals("somebody looks at me", retrieved.exception().getMessage());
            }
            long end = System.nanoTime() + 10_000_000_000L;
            while (!captured.toString("UTF-8").contains("forgotten") && System.nanoTime() < end) {
                System.gc();
                Thread.sleep(20);
            }
            System.gc();
            Thread.sleep(100);
        } finally {
            System.setErr(saved);
        }
        String err = captured.toString("UTF-8");
        assertTrue(err.contains("<Task 'forgotten' [ERROR] (java.lang.IllegalStateException: nobody looks at me)> was never retrieved"), err);
        assertTrue(!err.contains("'retrieved'"), err);
    }
}

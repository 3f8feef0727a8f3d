package dev.boucle;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An idle loop blocks in its selector: no CPU, and other threads can wake it. */
@Timeout(60)
class IdleLoopTest {

    @Async
    static Coroutine<Void> nap(Duration d) {
        await(sleep(d));
        return done();
    }

    @Test
    void anIdleLoopOnATwoSecondSleepUsesUnder100MsOfCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Loop.run(nap(Duration.ofMillis(10))); // warm-up: classes, first selector
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Loop.run(nap(Duration.ofSeconds(2)));
        long cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(wallMs >= 2000, "slept only " + wallMs + " ms");
        assertTrue(cpuMs < 100, "used " + cpuMs + " ms of CPU in " + wallMs + " ms");
    }

    @Async
    static Coroutine<String> waitsFor(Waiter w, String[] box) {
        await(w);
        return done(box[0]);
    }

    @Test
    void callSoonThreadsafeFromAnotherThreadWakesAnIdleLoop() throws Exception {
        Waiter w = new Waiter(1);
        String[] box = new String[1];
        try (Loop loop = new Loop()) {
            Task<String> t = loop.schedule(waitsFor(w, box));
            Thread other = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                loop.callSoonThreadsafe(() -> {
                    box[0] = "posted from " + Thread.currentThread().getName();
                    w.set();
                });
            }, "poster");
            long t0 = System.nanoTime();
            other.start();
            loop.runUntilEmpty(); // nothing ready, no timer: blocked in select until the post
            long ms = (System.nanoTime() - t0) / 1_000_000;
            other.join();
            assertEquals("posted from " + Thread.currentThread().getName(), t.result(), "the callback ran on the loop's thread");
            assertTrue(ms >= 290 && ms < 10_000, "woke after " + ms + " ms");
        }
    }
}

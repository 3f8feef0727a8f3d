package dev.boucle.debug;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** Programs run in a JVM of their own by {@link DebugModeTest}, with and without -Dboucle.debug=true. */
public final class DebugSubjects {
    private DebugSubjects() {}

    @Async
    static Coroutine<Void> slowStep() throws InterruptedException {
        await(yieldNow()); // LINE:slow-begin
        Thread.sleep(300); // blocks the loop: what the warning is for
        await(yieldNow()); // LINE:slow-end
        return done();
    }

    @Async
    static Coroutine<Void> fastSteps() {
        for (int i = 0; i < 1000; i++) {
            await(yieldNow());
        }
        return done();
    }

    @Async
    static Coroutine<Integer> unawaited(int x) {
        await(yieldNow());
        return done(x);
    }

    @Async
    static Coroutine<Void> sleeps() {
        await(sleep(Duration.ofSeconds(30)));
        return done();
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "slow":
                Loop.run(fastSteps());
                Loop.run(slowStep());
                try (Loop loop = new Loop()) {
                    loop.callSoon(new Runnable() {
                        @Override
                        public void run() {
                            try {
                                Thread.sleep(300);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }

                        @Override
                        public String toString() {
                            return "<the sleepy callback>";
                        }
                    });
                    loop.runUntilEmpty();
                }
                break;
            case "never":
                never(Boolean.getBoolean("boucle.debug"));
                break;
            case "thread":
                thread();
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
        System.out.println("DONE");
    }

    /** Drops a coroutine, collects it, and waits for the warning (at most 10 s; 1 s when none is expected). */
    private static void never(boolean expected) throws InterruptedException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(new java.io.OutputStream() {
            @Override
            public synchronized void write(int b) {
                err.write(b);
                seen.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                err.write(b, off, len);
                seen.write(b, off, len);
            }
        }, true));
        Loop.run(unawaited(1)); // an awaited one: never reported
        Coroutine<Integer> c = unawaited(2); // LINE:created
        WeakReference<Coroutine<Integer>> ref = new WeakReference<>(c);
        c = null;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (ref.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
        }
        long wait = expected ? 10_000 : 1_000;
        for (long t = 0; t < wait; t += 10) {
            System.gc();
            synchronized (seen) {
                if (seen.toString(StandardCharsets.UTF_8).contains("was never awaited")) {
                    return;
                }
            }
            Thread.sleep(10);
        }
    }

    private static void thread() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        try (Loop loop = new Loop()) {
            Task<Void> t = loop.schedule(sleeps());
            loop.callSoon(running::countDown);
            Thread runner = new Thread(loop::runUntilEmpty, "the-loop");
            runner.start();
            running.await();
            try {
                t.result();
                System.out.println("result() from another thread: no error");
            } catch (IllegalStateException e) {
                System.out.println("result() from another thread: " + e.getMessage());
            }
            loop.callSoonThreadsafe(t::cancel);
            runner.join();
        }
    }
}

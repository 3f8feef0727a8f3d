package dev.boucle.debug;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static dev.boucle.debug.SourceLines.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.Waiter;
import dev.boucle.net.AsyncSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Task dumps name each task, its state, what it waits on and its await chain with file:line. */
@Timeout(120)
class TaskDumpTest {

    @Async
    static Coroutine<Void> nap(Duration d) {
        await(sleep(d)); // LINE:nap
        return done();
    }

    @Async
    static Coroutine<Void> sleeper() {
        await(nap(Duration.ofMinutes(10))); // LINE:sleeper
        return done();
    }

    @Async
    static Coroutine<Void> joiner(Task<?> t) {
        await(t); // LINE:joiner
        return done();
    }

    @Async
    static Coroutine<Void> waits(Waiter w) {
        await(w); // LINE:waits
        return done();
    }

    @Async
    static Coroutine<Void> accepts(AsyncSocket server) {
        try (AsyncSocket c = await(server.accept())) { // LINE:accepts
            return done();
        }
    }

    @Async
    static Coroutine<String> dumper(List<Task<?>> spawned, AsyncSocket server) {
        Task<Void> s = await(ensureFuture(sleeper()));
        spawned.add(s);
        spawned.add(await(ensureFuture(joiner(s))));
        spawned.add(await(ensureFuture(waits(new Waiter(2)))));
        spawned.add(await(ensureFuture(accepts(server))));
        await(yieldNow());
        String dump = Loop.current().dumpTasks(); // LINE:dumper
        for (Task<?> t : spawned) {
            t.cancel();
        }
        return done(dump);
    }

    @Test
    void aDumpNamesEveryWaitAndEveryAwaitLine() {
        List<Task<?>> spawned = new ArrayList<>();
        String dump;
        try (AsyncSocket server = AsyncSocket.aiosocket().bind("127.0.0.1", 0).listen()) {
            dump = Loop.run(dumper(spawned, server));
        }
        List<String> lines = dump.lines().collect(Collectors.toList());
        Class<?> c = getClass();
        assertTrue(lines.get(0).startsWith("Boucle task dump of <Loop") && lines.get(0).endsWith(
                "5 tasks alive (1 running, 0 ready, 4 waiting)"), dump);
        assertBlock(lines, "Task 'dumper' [RUNNING]: running (this dump was taken from its step)",
                "    at " + at(c, "dumper", "dumper"));
        int sleeper = indexStarting(lines, "Task 'sleeper' [RUNNING]: waiting for a timer: sleep until ");
        assertTrue(lines.get(sleeper).matches(".*sleep until \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\(in 59\\d\\.\\d{3} s\\)"), dump);
        assertEquals(List.of("    at " + at(c, "nap", "nap"), "    at " + at(c, "sleeper", "sleeper")),
                lines.subList(sleeper + 1, sleeper + 3), dump);
        assertBlock(lines, "Task 'joiner' [RUNNING]: waiting for task 'sleeper' to finish (join)",
                "    at " + at(c, "joiner", "joiner"));
        assertBlock(lines, "Task 'waits' [RUNNING]: waiting for <Waiter 2 left>",
                "    at " + at(c, "waits", "waits"));
        int accepts = indexStarting(lines, "Task 'accepts' [RUNNING]: waiting for I/O ACCEPT on ServerSocketChannel[/127.0.0.1:");
        assertTrue(lines.get(accepts).contains("127.0.0.1"), dump);
        assertEquals("    at dev.boucle.net.AsyncSocket.accept(Unknown Source)", lines.get(accepts + 1), dump);
        assertEquals("    at " + at(c, "accepts", "accepts"), lines.get(accepts + 2), dump);
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " in:\n" + String.join("\n", lines));
    }

    private static void assertBlock(List<String> lines, String head, String... chain) {
        int i = lines.indexOf(head);
        assertTrue(i >= 0, "no line " + head + " in:\n" + String.join("\n", lines));
        assertEquals(List.of(chain), lines.subList(i + 1, i + 1 + chain.length), String.join("\n", lines));
        assertTrue(i + 1 + chain.length == lines.size() || !lines.get(i + 1 + chain.length).startsWith("    at "),
                "more frames than expected after " + head + ":\n" + String.join("\n", lines));
    }

    @Test
    void awaitChainOfASuspendedTaskIsInnermostFirst() {
        try (Loop loop = new Loop()) {
            Task<Void> t = loop.schedule(sleeper());
            assertEquals(List.of(at(getClass(), "sleeper", "sleeper")), strings(t.awaitChain())); // not started: its first line
            loop.callSoon(() -> {
                assertEquals(List.of(at(getClass(), "nap", "nap"), at(getClass(), "sleeper", "sleeper")),
                        strings(t.awaitChain()));
                t.cancel();
            });
            loop.runUntilEmpty();
            assertEquals(List.of(), t.awaitChain());
        }
    }

    private static List<String> strings(List<StackTraceElement> es) {
        return es.stream().map(String::valueOf).collect(Collectors.toList());
    }

    @Test
    void aDumpAskedFromAnotherThreadIsTakenOnTheLoop() throws Exception {
        CountDownLatch sleeping = new CountDownLatch(1);
        try (Loop loop = new Loop()) {
            Task<Void> t = loop.schedule(sleeper());
            loop.callSoon(sleeping::countDown); // runs after the sleeper's first step: it sleeps by then
            Thread runner = new Thread(loop::runUntilEmpty, "loop-runner");
            runner.start();
            assertTrue(sleeping.await(30, TimeUnit.SECONDS));
            String dump = loop.dumpTasks();
            assertTrue(dump.contains("Task 'sleeper' [RUNNING]: waiting for a timer: sleep until "), dump);
            assertTrue(dump.contains("    at " + at(getClass(), "nap", "nap") + "\n    at "
                    + at(getClass(), "sleeper", "sleeper")), dump);
            loop.callSoonThreadsafe(t::cancel);
            runner.join(30_000);
            assertTrue(t.isCancelled());
        }
    }

    @Async
    static Coroutine<Void> parked(Waiter w) {
        await(w); // LINE:parked
        return done();
    }

    @Async
    static Coroutine<String> millionDumper(int n, Waiter w, long[] streamed) {
        for (int i = 0; i < n; i++) {
            Loop.current().schedule(parked(w), "parked-" + i);
        }
        await(yieldNow()); // every parked task runs to its await
        String dump = Loop.current().dumpTasks();
        long[] lines = {0};
        TaskDump.write(Loop.current(), new Appendable() { // counts, keeps nothing
            @Override
            public Appendable append(CharSequence s) {
                return append(s, 0, s.length());
            }

            @Override
            public Appendable append(CharSequence s, int from, int to) {
                for (int i = from; i < to; i++) {
                    append(s.charAt(i));
                }
                return this;
            }

            @Override
            public Appendable append(char ch) {
                if (ch == '\n') {
                    lines[0]++;
                }
                return this;
            }
        });
        streamed[0] = lines[0];
        for (int i = 0; i < 2; i++) {
            w.set();
        }
        return done(dump);
    }

    @Test
    void aMillionTasksGiveABoundedDumpAndAStreamedOne() {
        int n = 1_000_000;
        long[] streamed = {0};
        String dump = Loop.run(millionDumper(n, new Waiter(2), streamed));
        assertTrue(dump.length() < 1_000_000, "dump of " + dump.length() + " chars");
        assertTrue(dump.startsWith("Boucle task dump of "), dump.substring(0, 200));
        assertTrue(dump.contains(": 1,000,001 tasks alive (1 running, 0 ready, 1,000,000 waiting)\n"), dump.substring(0, 200));
        assertTrue(dump.contains("... and 999,001 more. All 1,000,001 tasks, grouped by where they stand"), tail(dump));
        assertTrue(dump.contains("1,000,000 tasks ('parked-0', 'parked-1', 'parked-2', ...); the first is waiting for <Waiter 2 left>\n"
                + "    at " + at(getClass(), "parked", "parked") + "\n"), tail(dump));
        // header, then per task its line and one frame (the dumper: its line and one frame)
        assertEquals(1 + 2L * (n + 1), streamed[0]);
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 2000));
    }
}

package dev.boucle.debug;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static dev.boucle.debug.SourceLines.at;
import static dev.boucle.debug.SourceLines.frames;
import static dev.boucle.debug.SourceLines.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.net.AsyncSocket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Exceptions that cross awaits carry the await chain: each awaiting @Async method with the file
 * and line of its await, and the task that joined the failed one. Expected lines come from the
 * {@code // LINE:} markers of this file.
 */
@Timeout(60)
class AsyncTraceTest {

    @Async
    static Coroutine<Integer> inner(int n) {
        await(yieldNow());
        await(sleep(Duration.ofMillis(1)));
        if (n > 0) {
            throw new IllegalStateException("boom " + n); // LINE:inner-throw
        }
        return done(n);
    }

    @Async
    static Coroutine<Integer> middle(int n) {
        int r = await(inner(n)); // LINE:middle-await
        return done(r + 1);
    }

    @Async
    static Coroutine<Integer> outer(int n) {
        await(yieldNow());
        int r = await(middle(n)); // LINE:outer-await
        return done(r + 1);
    }

    /** The printed frames from the top one matching {@code first}, as many as {@code expected}. */
    static void assertRun(Throwable t, String... expected) {
        List<String> fs = frames(t);
        int i = fs.indexOf(expected[0]);
        assertTrue(i >= 0, "no " + expected[0] + " in:\n" + print(t));
        assertEquals(List.of(expected), fs.subList(i, Math.min(fs.size(), i + expected.length)), print(t));
    }

    @Test
    void exceptionThreeAwaitsDeepAfterSuspensionsShowsTheChain() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Loop.run(outer(3)));
        assertEquals("boom 3", e.getMessage());
        assertRun(e,
                at(getClass(), "inner", "inner-throw"),
                at(getClass(), "middle", "middle-await"),
                at(getClass(), "outer", "outer-await"),
                "dev.boucle.internal.Fiber.advance(Fiber.java:" + lineOfAdvance(e) + ")");
    }

    private static String lineOfAdvance(Throwable e) {
        for (StackTraceElement x : e.getStackTrace()) {
            if (x.getClassName().equals("dev.boucle.internal.Fiber")) {
                return String.valueOf(x.getLineNumber());
            }
        }
        return "?";
    }

    @Async
    static Coroutine<Integer> catchesAtItsAwait(int n) {
        try {
            return done(await(middle(n))); // LINE:catches-await
        } catch (IllegalStateException e) {
            // the exception seen in the catch block already names this await
            assertRun(e,
                    at(AsyncTraceTest.class, "inner", "inner-throw"),
                    at(AsyncTraceTest.class, "middle", "middle-await"),
                    at(AsyncTraceTest.class, "catchesAtItsAwait", "catches-await"));
            return done(-1);
        }
    }

    @Test
    void aCatchBlockSeesTheChainToo() {
        assertEquals(-1, Loop.run(catchesAtItsAwait(2)));
    }

    @Async
    static Coroutine<Integer> joiner() {
        Task<Integer> w = await(ensureFuture(outer(5)));
        return done(await(w)); // LINE:join
    }

    @Test
    void joinAcrossTasksNamesBothTasksAndTheJoinersAwait() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Loop.run(joiner()));
        assertRun(e,
                at(getClass(), "inner", "inner-throw"),
                at(getClass(), "middle", "middle-await"),
                at(getClass(), "outer", "outer-await"));
        assertTrue(frames(e).contains(at(getClass(), "joiner", "join")), print(e));
        int boundary = frames(e).indexOf(at(getClass(), "joiner", "join")) - 1;
        assertEquals("boucle.await(task 'outer' joined by task 'joiner')", frames(e).get(boundary), print(e));
        assertEquals(at(getClass(), "outer", "outer-await"), frames(e).get(boundary - 1), print(e));
    }

    @Async
    static Coroutine<Integer> joinsAfterTheEnd() {
        Task<Integer> w = await(ensureFuture(outer(6)));
        await(sleep(Duration.ofMillis(50)));
        await(yieldNow());
        return done(await(w)); // LINE:late-join
    }

    @Test
    void joiningATaskThatFailedEarlierNamesTheJoinersAwait() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Loop.run(joinsAfterTheEnd()));
        assertRun(e,
                at(getClass(), "inner", "inner-throw"),
                at(getClass(), "middle", "middle-await"),
                at(getClass(), "outer", "outer-await"));
        assertTrue(frames(e).contains(at(getClass(), "joinsAfterTheEnd", "late-join")), print(e));
    }

    @Async
    static Coroutine<Void> connects(int port) {
        try (AsyncSocket s = AsyncSocket.aiosocket()) {
            await(s.connect(new InetSocketAddress("127.0.0.1", port))); // LINE:connect
        }
        return done();
    }

    @Async
    static Coroutine<Void> client(int port) {
        await(yieldNow());
        await(connects(port)); // LINE:client
        return done();
    }

    @Test
    void aRefusedConnectNamesTheUsersAwaits() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed below: nothing listens there any more
        }
        int p = port;
        Exception e = assertThrows(Exception.class, () -> Loop.run(client(p)));
        List<String> fs = frames(e);
        assertTrue(fs.contains(at(getClass(), "connects", "connect")), print(e));
        assertTrue(fs.indexOf(at(getClass(), "client", "client")) == fs.indexOf(at(getClass(), "connects", "connect")) + 1,
                print(e));
    }

    @Async
    static Coroutine<Void> sleeper() {
        await(sleep(Duration.ofHours(1))); // LINE:sleeper
        return done();
    }

    @Async
    static Coroutine<Void> sleeperParent() {
        await(sleeper()); // LINE:sleeper-parent
        return done();
    }

    @Test
    void aCancellationNamesWhereTheTaskStood() {
        try (Loop loop = new Loop()) {
            Task<Void> t = loop.schedule(sleeperParent());
            loop.callLater(Duration.ofMillis(10), t::cancel);
            loop.runUntilEmpty();
            Throwable e = t.exception();
            assertRun(e,
                    "boucle.await(task 'sleeperParent')",
                    at(getClass(), "sleeper", "sleeper"),
                    at(getClass(), "sleeperParent", "sleeper-parent"));
        }
    }

    @Async
    static Coroutine<Void> timesOut() {
        await(dev.boucle.Boucle.withTimeout(Duration.ofMillis(5), sleeperParent())); // LINE:times-out
        return done();
    }

    @Test
    void aTimeoutNamesWhereTheBodyStoodAndWhoAwaitedIt() {
        dev.boucle.DeadlineExceededException e = assertThrows(dev.boucle.DeadlineExceededException.class,
                () -> Loop.run(timesOut()));
        assertTrue(frames(e).contains(at(getClass(), "timesOut", "times-out")), print(e));
        Throwable cause = e.getCause();
        assertRun(cause,
                at(getClass(), "sleeper", "sleeper"),
                at(getClass(), "sleeperParent", "sleeper-parent"));
    }

    @Test
    void nothingIsAddedWhenNoAwaitIsCrossed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Loop.run(inner(1)));
        assertTrue(frames(e).stream().noneMatch(f -> f.startsWith("boucle.")), print(e));
        assertEquals(at(getClass(), "inner", "inner-throw"), frames(e).get(0));
    }

    @Async
    static Coroutine<Integer> returnsNull() {
        await(yieldNow());
        return null;
    }

    @Test
    void returningNullNamesDone() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Loop.run(returnsNull()));
        assertTrue(e.getMessage().contains("AsyncTraceTest.returnsNull"), e.getMessage());
        assertTrue(e.getMessage().contains("return done(value)"), e.getMessage());
    }
}

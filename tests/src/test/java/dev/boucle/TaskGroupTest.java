package dev.boucle;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.supervisorGroup;
import static dev.boucle.Boucle.taskGroup;
import static dev.boucle.Boucle.withTimeout;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** taskGroup: structured concurrency. The group ends when its body and all its children have. */
@Timeout(60)
class TaskGroupTest {
    static final Duration HOUR = Duration.ofHours(1);

    @Async
    static Coroutine<String> child(String name, long millis, List<String> log) {
        try {
            await(sleep(Duration.ofMillis(millis)));
            log.add(name + " done");
            return done(name);
        } catch (CancelledException e) {
            log.add(name + " cancelled");
            throw e;
        }
    }

    @Async
    static Coroutine<String> failing(String name, long millis, List<String> log) {
        await(sleep(Duration.ofMillis(millis)));
        log.add(name + " fails");
        throw new IllegalArgumentException(name);
    }

    @Async
    static Coroutine<String> groupOfThree(List<String> log) {
        String r = await(taskGroup(g -> body(g, log)));
        log.add("group returned " + r);
        return done(r);
    }

    @Async
    static Coroutine<String> body(TaskGroup g, List<String> log) {
        Task<String> a = g.spawn(child("a", 10, log));
        g.spawn(child("b", 20, log));
        log.add("body ends");
        return done("body value, a=" + a.status());
    }

    @Test
    void theGroupWaitsForItsChildrenAndReturnsTheBodysValue() {
        List<String> log = new ArrayList<>();
        assertEquals("body value, a=NEW", Loop.run(groupOfThree(log)));
        assertEquals(List.of("body ends", "a done", "b done", "group returned body value, a=NEW"), log);
    }

    @Async
    static Coroutine<String> failingGroup(List<String> log) {
        try {
            await(taskGroup(g -> {
                g.spawn(child("slow", 60_000, log));
                g.spawn(failing("first", 10, log));
                g.spawn(failsWhenCancelled("second", log));
                return bodyWaits(log);
            }));
            return done("no failure?!");
        } catch (IllegalArgumentException e) {
            StringBuilder s = new StringBuilder("caught " + e.getMessage());
            for (Throwable x : e.getSuppressed()) {
                s.append(", suppressed ").append(x.getMessage());
            }
            return done(s.toString());
        }
    }

    @Async
    static Coroutine<String> failsWhenCancelled(String name, List<String> log) {
        try {
            await(sleep(HOUR));
            return done("never");
        } catch (CancelledException e) {
            log.add(name + " fails while cancelled");
            throw new IllegalArgumentException(name);
        }
    }

    @Async
    static Coroutine<String> bodyWaits(List<String> log) {
        try {
            await(sleep(HOUR));
            return done("never");
        } finally {
            log.add("body finally");
        }
    }

    @Test
    void theFirstFailureCancelsTheRestAndIsRethrownWithTheOthersSuppressed() {
        List<String> log = new ArrayList<>();
        assertEquals("caught first, suppressed second", Loop.run(failingGroup(log)));
        // the first failure cancels the body and the other children; "second" fails on its way out
        assertEquals(List.of("first fails", "slow cancelled", "second fails while cancelled", "body finally"), log);
    }

    @Async
    static Coroutine<Void> groupForever(List<String> log) {
        await(taskGroup(g -> {
            g.spawn(child("x", 60_000, log));
            g.spawn(child("y", 60_000, log));
            return bodyWaits(log);
        }));
        return done();
    }

    @Async
    static Coroutine<String> cancelsTheAwaiter(List<String> log) {
        Task<Void> t = await(ensureFuture(groupForever(log)));
        await(sleep(Duration.ofMillis(10)));
        t.cancel();
        try {
            await(t);
        } catch (CancelledException e) {
            log.add("awaiter ended " + t.status());
        }
        return done("ok");
    }

    @Test
    void cancellingTheAwaiterCancelsEveryChildAndWaitsForThem() {
        List<String> log = new ArrayList<>();
        Loop.run(cancelsTheAwaiter(log));
        assertEquals(List.of("body finally", "x cancelled", "y cancelled", "awaiter ended CANCELLED"), log);
    }

    @Async
    static Coroutine<String> cancelFromInside(List<String> log) {
        String r = await(taskGroup(g -> {
            g.spawn(child("x", 60_000, log));
            g.spawn(cancelsGroupSoon(g));
            return bodyWaits(log);
        }));
        return done("group ended normally with " + r);
    }

    @Async
    static Coroutine<Void> cancelsGroupSoon(TaskGroup g) {
        await(yieldNow());
        g.cancel();
        return done();
    }

    @Test
    void cancelFromInsideEndsTheGroupNormally() {
        List<String> log = new ArrayList<>();
        assertEquals("group ended normally with null", Loop.run(cancelFromInside(log)));
        assertEquals(List.of("x cancelled", "body finally"), log);
    }

    @Async
    static Coroutine<TaskGroup> leaksTheGroup() {
        TaskGroup[] leaked = new TaskGroup[1];
        await(taskGroup(g -> {
            leaked[0] = g;
            return Boucle.done("");
        }));
        return done(leaked[0]);
    }

    @Async
    static Coroutine<String> spawnAfterTheEnd() {
        TaskGroup g = await(leaksTheGroup());
        try {
            g.spawn(child("late", 1, new ArrayList<>()));
            return done("accepted?!");
        } catch (IllegalStateException e) {
            return done(e.getMessage());
        }
    }

    @Test
    void spawnOnAnEndedGroupIsRefused() {
        String m = Loop.run(spawnAfterTheEnd());
        assertTrue(m.contains("TaskGroup.spawn") && m.contains("has ended"), m);
    }

    @Async
    static Coroutine<String> supervised(List<String> log) {
        List<Task<String>> kids = new ArrayList<>();
        String r = await(supervisorGroup(g -> {
            kids.add(g.spawn(failing("bad", 5, log)));
            kids.add(g.spawn(child("good", 20, log)));
            return Boucle.done("body");
        }));
        return done(r + ", " + kids.get(0).status() + " " + kids.get(0).exception().getMessage() + ", " + kids.get(1).result());
    }

    @Test
    void aSupervisorGroupLetsTheOtherChildrenFinish() {
        List<String> log = new ArrayList<>();
        assertEquals("body, ERROR bad, good", Loop.run(supervised(log)));
        assertEquals(List.of("bad fails", "good done"), log);
    }

    @Async
    static Coroutine<String> server(TaskGroup.Started<Integer> ready, List<String> log) {
        await(sleep(Duration.ofMillis(5)));
        log.add("server ready");
        ready.started(4242);
        await(sleep(Duration.ofMillis(5)));
        log.add("server done");
        return done("served");
    }

    @Async
    static Coroutine<String> startsAServer(List<String> log) {
        String r = await(taskGroup(g -> startAndUse(g, log)));
        return done(r);
    }

    @Async
    static Coroutine<String> startAndUse(TaskGroup g, List<String> log) {
        int port = await(g.start(ready -> server(ready, log)));
        log.add("body got port " + port);
        return done("port " + port);
    }

    @Test
    void startWaitsUntilTheChildSaysItIsReady() {
        List<String> log = new ArrayList<>();
        assertEquals("port 4242", Loop.run(startsAServer(log)));
        assertEquals(List.of("server ready", "body got port 4242", "server done"), log);
    }

    @Async
    static Coroutine<String> neverReady(TaskGroup.Started<Integer> ready) {
        await(sleep(Duration.ofMillis(1)));
        throw new IllegalStateException("could not bind");
    }

    @Async
    static Coroutine<Integer> awaitStart(TaskGroup g) {
        return done(await(g.start(TaskGroupTest::neverReady)));
    }

    @Test
    void aChildThatFailsBeforeItIsReadyFailsTheGroup() {
        assertEquals("could not bind", Loop.run(taskGroupStart()));
    }

    @Async
    static Coroutine<String> taskGroupStart() {
        try {
            await(taskGroup(TaskGroupTest::awaitStart));
            return done("?");
        } catch (IllegalStateException e) {
            return done(e.getMessage());
        }
    }

    @Async
    static Coroutine<String> groupInsideTimeout(List<String> log) {
        try {
            await(withTimeout(Duration.ofMillis(10), groupForever(log)));
            return done("?");
        } catch (DeadlineExceededException e) {
            return done("timed out");
        }
    }

    @Test
    void aTimeoutAroundAGroupCancelsItsChildrenAndIsReportedByTheTimeout() {
        List<String> log = new ArrayList<>();
        assertEquals("timed out", Loop.run(groupInsideTimeout(log)));
        assertEquals(List.of("body finally", "x cancelled", "y cancelled"), log);
    }

    @Test
    void aNullBodyIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> taskGroup(null));
        assertTrue(e.getMessage().contains("taskGroup") && e.getMessage().contains("body"), e.getMessage());
        assertNull(null);
    }
}

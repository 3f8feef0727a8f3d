package dev.boucle;

import static dev.boucle.Boucle.asCompleted;
import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.firstCompleted;
import static dev.boucle.Boucle.shield;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.taskGroup;
import static dev.boucle.Boucle.withTimeout;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The toolkit's semantics, as a differential against Python's asyncio: each scenario is written
 * twice, in {@code resources/asyncio/toolkit.py} and here, and both must print the same trace.
 * Where Boucle deliberately differs from asyncio (docs/SEMANTICS.md), the scenario is not here but in
 * the plain tests.
 */
@Timeout(120)
class AsyncioDifferentialTest {

    @ParameterizedTest
    @ValueSource(strings = {"taskgroup_failure", "taskgroup_body_cancelled", "taskgroup_ok", "timeout_fires",
            "timeout_does_not_fire", "shield_scenario", "as_completed_scenario", "first_completed"})
    void boucleMatchesAsyncio(String scenario) throws Exception {
        List<String> expected = python("toolkit.py", scenario);
        List<String> log = new ArrayList<>();
        Loop.run(SCENARIOS.get(scenario).apply(log));
        assertEquals(expected, log, "trace of " + scenario);
    }

    static final java.util.Map<String, Function<List<String>, Coroutine<?>>> SCENARIOS = java.util.Map.of(
            "taskgroup_failure", AsyncioDifferentialTest::taskgroupFailure,
            "taskgroup_body_cancelled", AsyncioDifferentialTest::taskgroupBodyCancelled,
            "taskgroup_ok", AsyncioDifferentialTest::taskgroupOk,
            "timeout_fires", AsyncioDifferentialTest::timeoutFires,
            "timeout_does_not_fire", AsyncioDifferentialTest::timeoutDoesNotFire,
            "shield_scenario", AsyncioDifferentialTest::shieldScenario,
            "as_completed_scenario", AsyncioDifferentialTest::asCompletedScenario,
            "first_completed", AsyncioDifferentialTest::firstCompletedScenario);

    static Duration ms(long n) {
        return Duration.ofMillis(n);
    }

    @Async
    static Coroutine<String> child(String name, long millis, List<String> log) {
        try {
            await(sleep(ms(millis)));
            log.add(name + " done");
            return done(name);
        } catch (CancelledException e) {
            log.add(name + " cancelled");
            throw e;
        }
    }

    @Async
    static Coroutine<String> failing(String name, long millis, List<String> log) {
        await(sleep(ms(millis)));
        log.add(name + " fails");
        throw new IllegalArgumentException(name);
    }

    @Async
    static Coroutine<String> quiet(String value, long millis) {
        await(sleep(ms(millis)));
        return done(value);
    }

    @Async
    static Coroutine<String> quietFailing(String message, long millis) {
        await(sleep(ms(millis)));
        throw new IllegalArgumentException(message);
    }

    static String caught(Throwable e) {
        List<String> all = new ArrayList<>(List.of(e.getMessage()));
        for (Throwable s : e.getSuppressed()) {
            all.add(s.getMessage());
        }
        return "caught " + String.join(", ", all);
    }

    @Async
    static Coroutine<Void> taskgroupFailure(List<String> log) {
        try {
            await(taskGroup(g -> {
                g.spawn(child("a", 10, log));
                g.spawn(failing("b", 30, log));
                g.spawn(child("c", 10_000, log));
                log.add("body ends");
                return Boucle.done(null);
            }));
        } catch (IllegalArgumentException e) {
            log.add(caught(e));
        }
        return done();
    }

    @Async
    static Coroutine<Void> taskgroupBodyCancelled(List<String> log) {
        try {
            await(taskGroup(g -> {
                g.spawn(failing("x", 10, log));
                g.spawn(child("y", 10_000, log));
                return sleepReportingCancel(log);
            }));
        } catch (IllegalArgumentException e) {
            log.add(caught(e));
        }
        return done();
    }

    @Async
    static Coroutine<Void> sleepReportingCancel(List<String> log) {
        try {
            await(sleep(ms(10_000)));
        } catch (CancelledException e) {
            log.add("body cancelled");
            throw e;
        }
        return done();
    }

    @Async
    static Coroutine<Void> taskgroupOk(List<String> log) {
        List<Task<String>> ts = new ArrayList<>();
        await(taskGroup(g -> {
            ts.add(g.spawn(child("a", 20, log)));
            ts.add(g.spawn(child("b", 10, log)));
            log.add("body ends");
            return Boucle.done(null);
        }));
        log.add("results " + ts.get(0).result() + " " + ts.get(1).result());
        return done();
    }

    @Async
    static Coroutine<Void> bodyWithFinally(List<String> log) {
        try {
            log.add("body starts");
            await(sleep(ms(10_000)));
            log.add("body woke");
        } finally {
            log.add("body finally");
        }
        return done();
    }

    @Async
    static Coroutine<Void> timeoutFires(List<String> log) {
        try {
            await(withTimeout(ms(20), bodyWithFinally(log)));
        } catch (DeadlineExceededException e) {
            log.add("timed out");
        }
        return done();
    }

    @Async
    static Coroutine<Void> timeoutDoesNotFire(List<String> log) {
        String r = await(withTimeout(ms(10_000), child("quick", 10, log)));
        log.add("returned " + r);
        return done();
    }

    @Async
    static Coroutine<String> work(List<String> log) {
        await(sleep(ms(300)));
        log.add("work finished");
        return done("w");
    }

    @Async
    static Coroutine<String> shieldAwaiter(List<String> log) {
        return done(await(shield(work(log))));
    }

    @Async
    static Coroutine<Void> shieldScenario(List<String> log) {
        Task<String> t = await(ensureFuture(shieldAwaiter(log)));
        await(sleep(ms(5)));
        t.cancel();
        try {
            await(t);
        } catch (CancelledException e) {
            log.add("awaiter cancelled");
        }
        await(sleep(ms(400)));
        log.add("end");
        return done();
    }

    @Async
    static Coroutine<Void> asCompletedScenario(List<String> log) {
        // the children print nothing: the trace depends only on the deadlines' order
        for (Awaitable<String> f : asCompleted(List.of(quiet("slow", 30), quiet("fast", 10), quietFailing("boom", 20)))) {
            try {
                log.add("got " + await(f));
            } catch (IllegalArgumentException e) {
                log.add("failed " + e.getMessage());
            }
        }
        return done();
    }

    @Async
    static Coroutine<Void> firstCompletedScenario(List<String> log) {
        Task<String> slow = await(ensureFuture(child("slow", 500, log)));
        Task<String> fast = await(ensureFuture(child("fast", 10, log)));
        Task<String> first = await(firstCompleted(List.of(slow, fast)));
        log.add("first " + first.result() + " pending " + (slow.isDone() ? 0 : 1));
        await(slow);
        log.add("end");
        return done();
    }

    /** Runs a script of resources/asyncio with python3 and returns the lines it printed. */
    static List<String> python(String script, String... args) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("boucle-asyncio");
        Path file = dir.resolve(script);
        try (InputStream in = AsyncioDifferentialTest.class.getResourceAsStream("/asyncio/" + script)) {
            Files.copy(in, file);
        }
        List<String> cmd = new ArrayList<>(List.of("python3", file.toString()));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python3 " + script + " " + String.join(" ", args) + " failed:\n" + out);
        }
        String text = out.toString(StandardCharsets.UTF_8).trim();
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }
}

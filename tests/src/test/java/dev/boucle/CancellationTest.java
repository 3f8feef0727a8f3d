package dev.boucle;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.cancel;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cancellation throws at the suspension point: finally and try-with-resources run. */
@Timeout(60)
class CancellationTest {

    static final class Resource implements AutoCloseable {
        final List<String> log;

        Resource(List<String> log) {
            this.log = log;
            log.add("open");
        }

        @Override
        public void close() {
            log.add("close");
        }
    }

    @Async
    static Coroutine<String> sleepsLong(List<String> log) {
        try (Resource r = new Resource(log)) {
            try {
                await(sleep(Duration.ofHours(1)));
                log.add("woke?!");
                return done("slept");
            } finally {
                log.add("finally");
            }
        }
    }

    @Async
    static Coroutine<Void> cancelsAfter(Task<?> victim, Duration d) {
        await(sleep(d));
        await(cancel(victim));
        return done();
    }

    @Test
    void cancellingASleepingTaskRunsFinallyAndClosesResources() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> victim = loop.schedule(sleepsLong(log));
            loop.schedule(cancelsAfter(victim, Duration.ofMillis(20)));
            long t0 = System.nanoTime();
            loop.runUntilEmpty();
            assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the cancelled one-hour sleep did not hold the loop");
            assertEquals(List.of("open", "finally", "close"), log);
            assertEquals(Task.Status.CANCELLED, victim.status());
            assertEquals("<Task 'sleepsLong' [CANCELLED]>", victim.toString());
        }
    }

    @Async
    static Coroutine<String> joins(Task<String> other, List<String> log) {
        try {
            return done(await(other));
        } finally {
            log.add("joiner finally");
        }
    }

    @Test
    void cancellingAJoiningTask() {
        List<String> log = new ArrayList<>();
        try (Loop loop = new Loop()) {
            Task<String> target = loop.schedule(sleepsLong(log));
            Task<String> joiner = loop.schedule(joins(target, log));
            loop.schedule(cancelsAfter(joiner, Duration.ofMillis(10)));
            loop.schedule(cancelsAfter(target, Duration.ofMillis(30)));
            loop.runUntilEmpty();
            assertEquals(List.of("open", "joiner finally", "finally", "close"), log);
            assertEquals(Task.Status.CANCELLED, joiner.status());
            assertEquals(Task.Status.CANCELLED, target.status());
        }
    }

    @Async
    static Coroutine<Void> neverRuns(List<String> log) {
        try {
            log.add("ran?!");
            await(yieldNow());
            return done();
        } finally {
            log.add("finally?!");
        }
    }

    @Async
    static Coroutine<Void> spawnsAndCancels(List<String> log) {
        Task<Void> t = await(ensureFuture(neverRuns(log)));
        await(cancel(t));
        log.add(t.toString());
        return done();
    }

    @Test
    void aTaskCancelledBeforeItStartedNeverRuns() {
        List<String> log = new ArrayList<>();
        Loop.run(spawnsAndCancels(log));
        assertEquals(List.of("<Task 'neverRuns' [CANCELLED]>"), log);
    }

    @Async
    static Coroutine<Void> loopsForever(List<String> log) {
        try {
            for (;;) {
                await(yieldNow());
            }
        } catch (CancelledException e) {
            log.add("caught " + e.getMessage());
            throw e;
        }
    }

    @Async
    static Coroutine<Void> cancelsSpinner(List<String> log) {
        Task<Void> t = await(ensureFuture(loopsForever(log)));
        for (int i = 0; i < 5; i++) {
            await(yieldNow());
        }
        await(cancel(t));
        log.add(t.toString());
        return done();
    }

    @Test
    void theCancellationIsACancelledExceptionAtTheAwait() {
        List<String> log = new ArrayList<>();
        Loop.run(cancelsSpinner(log));
        assertEquals(List.of("caught <Task 'loopsForever'> was cancelled", "<Task 'loopsForever' [CANCELLED]>"), log);
    }
}

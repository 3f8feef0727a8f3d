package dev.boucle.debug;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A failed task's exception nobody retrieved is reported when the loop closes, once; a retrieved one never. */
@Timeout(60)
class UnretrievedTest {

    @Async
    static Coroutine<Void> fails(String why) {
        await(yieldNow());
        throw new IllegalStateException(why);
    }

    @Async
    static Coroutine<String> mainLeavingAFailure() {
        await(ensureFuture(fails("background failure")));
        await(yieldNow());
        await(yieldNow());
        return done("main ok");
    }

    static String stderrOf(Runnable r) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBackgroundFailureIsReportedWhenLoopRunEnds() {
        String[] result = new String[1];
        String err = stderrOf(() -> result[0] = Loop.run(mainLeavingAFailure()));
        assertEquals("main ok", result[0]);
        assertTrue(err.contains("Boucle: the exception of <Task 'fails' [ERROR] (java.lang.IllegalStateException:"
                + " background failure)> was never retrieved (await the task, or call exception() or result()):"), err);
        assertTrue(err.contains("java.lang.IllegalStateException: background failure"), err);
        assertTrue(err.contains("\tat " + UnretrievedTest.class.getName() + ".fails(UnretrievedTest.java:"), err);
    }

    @Test
    void reportedOnceAndNotAtAllWhenRetrieved() {
        Task<?>[] kept = new Task<?>[2];
        String err = stderrOf(() -> {
            Loop loop = new Loop();
            kept[0] = loop.schedule(fails("unretrieved"));
            kept[1] = loop.schedule(fails("retrieved"));
            loop.runUntilEmpty();
            assertEquals("retrieved", kept[1].exception().getMessage());
            loop.close();
            loop.close();
        });
        assertEquals(1, err.split("was never retrieved", -1).length - 1, err);
        assertTrue(err.contains("(java.lang.IllegalStateException: unretrieved)> was never retrieved"), err);
        assertFalse(err.contains("IllegalStateException: retrieved)> was never"), err);
        // retrieving it after the report is allowed, and prints nothing more
        assertEquals("unretrieved", kept[0].exception().getMessage());
    }
}

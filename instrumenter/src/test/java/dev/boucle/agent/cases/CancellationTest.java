package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.agent.cases.subjects.Cancellation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cancellation inside nested try/finally (PEERS): the cancellation arrives at the victim's suspension
 * point, each finally runs exactly once and may itself await, the catch sees the cancellation, and the
 * task ends CANCELLED. The expected log follows from the loop's FIFO order: victim and canceller alternate.
 * Skipped (not passed) while the runtime has no cancellation (before the loop issue lands).
 */
class CancellationTest extends CaseSupport {

    @ParameterizedTest(name = "cancel after {0} turns")
    @ValueSource(ints = {0, 1, 5})
    void cancelInsideNestedFinally(int turns) throws Exception {
        for (boolean suspend : new boolean[] {false, true}) {
            Class<?> c = loader().loadClass(Cancellation.class.getName());
            Knob.reset(suspend);
            Loop loop = new Loop();
            Task<?> victim = loop.schedule((Coroutine<?>) c.getDeclaredMethod("victim").invoke(null));
            Knob.frame = victim;
            Task<?> canceller = loop.schedule((Coroutine<?>) c.getDeclaredMethod("canceller", int.class).invoke(null, turns));
            loop.runUntilEmpty();
            Knob.frame = null;
            assumeFalse(canceller.exception() instanceof UnsupportedOperationException,
                    "the runtime has no cancellation yet: " + canceller.exception());
            assertEquals(Task.Status.FINISHED, canceller.status(), String.valueOf(canceller));

            List<String> expected = new ArrayList<>();
            expected.add("outer try");
            for (int i = 0; i <= turns; i++) {
                expected.add("tick " + i);
            }
            expected.add("cancel true");
            expected.add("inner finally");
            expected.add("inner finally resumed 2");
            expected.add("outer finally 3");
            expected.add("caught CancelledException");
            assertEquals(expected, Knob.log, "suspend=" + suspend);
            assertEquals(Task.Status.CANCELLED, victim.status(), String.valueOf(victim));
        }
    }
}

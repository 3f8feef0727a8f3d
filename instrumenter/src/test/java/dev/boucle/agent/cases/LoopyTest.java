package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.Loopy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Awaits answered by the loop (sleep timers, task joins, gather, waiters) around instrumented state. */
class LoopyTest extends CaseSupport {
    static final Class<?> Y = Loopy.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void spawnAndJoin(boolean s) { check(s, Y, "spawnAndJoin", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void gatherInExpression(boolean s) { check(s, Y, "gatherInExpression", 3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void waiterAcrossTasks(boolean s) { check(s, Y, "waiterAcrossTasks", 2); }
}

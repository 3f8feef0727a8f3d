package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.Big;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hundreds of awaits in one method; hundreds of locals (beyond slot 255) live across awaits. */
class BigTest extends CaseSupport {
    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void hundredsOfAwaits(boolean s) { check(s, Big.class, "manyAwaits", 3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void hundredsOfLocals(boolean s) { check(s, Big.class, "manyLocals", 5); }
}

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

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void deepStackConcat(boolean s) { check(s, Big.class, "longConcat", 9); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void deepStackCall(boolean s) { check(s, Big.class, "wideCallArgs", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void manyAsyncMethodsInOneClass(boolean s) { check(s, dev.boucle.agent.cases.subjects.ManyMethods.class, "all", 11L); }
}

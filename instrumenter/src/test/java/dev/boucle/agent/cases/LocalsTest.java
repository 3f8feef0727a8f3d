package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.Locals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Locals across awaits: slot reuse, nulls, merges, dead/unassigned, parameters, two-slot values, lambdas. */
class LocalsTest extends CaseSupport {
    static final Class<?> L = Locals.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void slotReuse(boolean s) { check(s, L, "slotReuse", 13); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void nullLocals(boolean s) { check(s, L, "nullLocals", true); check(s, L, "nullLocals", false); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void nullThenNumber(boolean s) { check(s, L, "nullThenNumber", 6); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void commonSupertype(boolean s) {
        check(s, L, "commonSupertype", true, 5);
        check(s, L, "commonSupertype", false, 1);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void ownClassMerge(boolean s) { check(s, L, "ownClassMerge", 2); check(s, L, "ownClassMerge", 1); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void deadAndUnassigned(boolean s) { check(s, L, "deadAndUnassigned", 3); check(s, L, "deadAndUnassigned", -3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void parameters(boolean s) {
        check(s, L, "parameters", 1, 2L, 3.5, 4.5f, true, 'c', (byte) -128, (short) 32767, "str", new int[] {0});
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void wideLocals(boolean s) { check(s, L, "wideLocals", 12); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void lambdasAround(boolean s) { check(s, L, "lambdasAround", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void classMerge(boolean s) { check(s, L, "classMerge", true); check(s, L, "classMerge", false); }
}

package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.StackShapes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Awaits with values on the operand stack, of every primitive type, arrays and uninitialised objects. */
class StackShapesTest extends CaseSupport {
    static final Class<?> S = StackShapes.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void alreadyComplete(boolean s) { check(s, S, "alreadyComplete", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void callArgs(boolean s) { check(s, S, "callArgs", 1, 2, 3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void arithmetic(boolean s) { check(s, S, "arithmetic", 7); check(s, S, "arithmetic", -3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void arrayStore(boolean s) { check(s, S, "arrayStore", 5); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void longsAndDoubles(boolean s) { check(s, S, "longsAndDoubles", 123456789012L, 3.75, 9); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void floats(boolean s) { check(s, S, "floats", 2.5f, -1.25f); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void booleans(boolean s) {
        check(s, S, "booleans", true, false);
        check(s, S, "booleans", false, true);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void chars(boolean s) { check(s, S, "chars", 'm'); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void bytesAndShorts(boolean s) { check(s, S, "bytesAndShorts", (byte) 100, (short) 200); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void awaitedArrays(boolean s) { check(s, S, "awaitedArrays", 5); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void arrayInitialiser(boolean s) { check(s, S, "arrayInitialiser", 6); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void newPair(boolean s) { check(s, S, "newPair", "p", 2); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void nestedNew(boolean s) { check(s, S, "nestedNew", 3, "y"); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void newWithTernary(boolean s) {
        for (boolean c1 : new boolean[] {false, true}) {
            for (boolean c2 : new boolean[] {false, true}) {
                check(s, S, "newWithTernary", c1, c2, 5, "s");
            }
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void jdkConstructorChain(boolean s) { check(s, S, "jdkConstructorChain", 8); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void stringConcat(boolean s) { check(s, S, "stringConcat", "a", 99L, 0.1, 'c'); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void nestedAwait(boolean s) { check(s, S, "nestedAwait", 11); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void receivers(boolean s) { check(s, S, "receivers", "hello"); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void compoundAssign(boolean s) { check(s, S, "compoundAssign", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void sideEffectsOnce(boolean s) { check(s, S, "sideEffectsOnce", 10); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void voidResult(boolean s) { check(s, S, "voidResult", 3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void multiArrayAndCasts(boolean s) { check(s, S, "multiArrayAndCasts", 3, 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void chainedAndIncrements(boolean s) { check(s, S, "chainedAndIncrements", 5); }
}

package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.More;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** finally copies, lazy start, catch parameters, sub-int arrays, wide constructor args, javac spills, super calls. */
class MoreTest extends CaseSupport {
    static final Class<?> M = More.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void finallyCopies(boolean s) { check(s, M, "finallyCopies", 8); check(s, M, "finallyCopies", 3); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void lazyStart(boolean s) { check(s, M, "lazyStart", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void catchParameter(boolean s) { check(s, M, "catchParameter", 5); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void subIntArrays(boolean s) { check(s, M, "subIntArrays", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void newWithWideArgs(boolean s) { check(s, M, "newWithWideArgs", 1L << 40, -0.125); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void switchWithTryInArgs(boolean s) {
        for (int k = 0; k < 4; k++) {
            check(s, M, "switchWithTryInArgs", k);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void intersectionBounds(boolean s) { check(s, M, "intersectionBounds", 3, 9L); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void superCalls(boolean s) { check(s, M, "superCalls", 2); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void assertWithAwait(boolean s) { check(s, M, "assertWithAwait", 5); check(s, M, "assertWithAwait", -5); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void maxParams(boolean s) {
        Object[] args = new Object[128];
        for (int i = 0; i < 127; i++) {
            args[i] = (long) i * 1_000_003L - (1L << (i % 60));
        }
        args[127] = 77;
        check(s, M, "maxParams", args);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void newWithSwitchTry(boolean s) {
        for (int k = 0; k < 3; k++) {
            check(s, M, "newWithSwitchTry", k);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void instanceOverloads(boolean s) { check(s, M, "instanceOverloads", 6); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void syncBlockWithoutAwait(boolean s) { check(s, M, "syncBlockWithoutAwait", 6); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void syncBlockThenAwaitInFinally(boolean s) {
        check(s, M, "syncBlockThenAwaitInFinally", 5);
        check(s, M, "syncBlockThenAwaitInFinally", -5);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void syncBlockReturn(boolean s) { check(s, M, "syncBlockReturn", 5); check(s, M, "syncBlockReturn", -5); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void hiddenCtorArgs(boolean s) { check(s, M, "hiddenCtorArgs", 4); check(s, M, "hiddenCtorArgs", 0); }
}

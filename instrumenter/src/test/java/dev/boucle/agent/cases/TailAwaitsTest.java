package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.TailAwaits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tail awaits inside try/catch, try/finally and try-with-resources run where the return is. */
class TailAwaitsTest extends CaseSupport {
    static final Class<?> T = TailAwaits.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void inTryCatch(boolean s) { check(s, T, "inTryCatch", 3); check(s, T, "inTryCatch", -2); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void inTryFinally(boolean s) { check(s, T, "inTryFinally", 3); check(s, T, "inTryFinally", -2); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void inTryWithResources(boolean s) { check(s, T, "inTryWithResources", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void storedInTryCatchFinally(boolean s) {
        check(s, T, "storedInTryCatchFinally", 3);
        check(s, T, "storedInTryCatchFinally", -2);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void storedThenReturned(boolean s) { check(s, T, "storedThenReturned", 3); check(s, T, "storedThenReturned", -2); }
}

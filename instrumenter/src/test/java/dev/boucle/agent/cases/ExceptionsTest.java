package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.Exceptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exceptions crossing awaits; awaits in try/catch/finally/try-with-resources. Logs count every finally and close. */
class ExceptionsTest extends CaseSupport {
    static final Class<?> E = Exceptions.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void catchAwaitedFailure(boolean s) { check(s, E, "catchAwaitedFailure", "oops"); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void awaitInCatch(boolean s) { check(s, E, "awaitInCatch", 3); check(s, E, "awaitInCatch", 0); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void awaitInFinally(boolean s) {
        check(s, E, "awaitInFinally", 0);
        check(s, E, "awaitInFinally", 1);
        check(s, E, "awaitInFinally", 2);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void nestedFinally(boolean s) { check(s, E, "nestedFinally", false); check(s, E, "nestedFinally", true); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void tryWithResources(boolean s) { check(s, E, "tryWithResources", 21); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void tryWithResourcesSuppressed(boolean s) {
        check(s, E, "tryWithResourcesSuppressed", true);
        check(s, E, "tryWithResourcesSuppressed", false);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void throwBeforeSuspension(boolean s) {
        check(s, E, "throwBeforeSuspension", 1);
        check(s, E, "throwBeforeSuspension", 0);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void throwAfterSuspension(boolean s) {
        check(s, E, "throwAfterSuspension", 4);
        check(s, E, "throwAfterSuspension", 0);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void throwThroughParent(boolean s) { check(s, E, "throwThroughParent", 2); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void suspendAtEndOfTry(boolean s) {
        for (int x = 0; x < 4; x++) {
            check(s, E, "suspendAtEndOfTry", x);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void catchThrowable(boolean s) { check(s, E, "catchThrowable", true); check(s, E, "catchThrowable", false); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void rethrowChain(boolean s) { check(s, E, "rethrowChain", 4); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void finallyOverrides(boolean s) {
        for (int x = 0; x < 3; x++) {
            check(s, E, "finallyOverrides", x);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void checkedException(boolean s) { check(s, E, "checkedException", true); check(s, E, "checkedException", false); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void tryWithNullResource(boolean s) { check(s, E, "tryWithNullResource", true); check(s, E, "tryWithNullResource", false); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void liveOnlyInHandler(boolean s) { check(s, E, "liveOnlyInHandler", 7); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void liveOnlyInFinally(boolean s) { check(s, E, "liveOnlyInFinally", true); check(s, E, "liveOnlyInFinally", false); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void errorsUnwrapped(boolean s) {
        for (int k = 0; k < 3; k++) {
            check(s, E, "errorsUnwrapped", k);
        }
    }
}

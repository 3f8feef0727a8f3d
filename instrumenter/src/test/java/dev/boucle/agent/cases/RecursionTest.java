package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.Recursion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recursion, mutual recursion, and a chain deep enough to need the trampoline. */
class RecursionTest extends CaseSupport {
    static final Class<?> R = Recursion.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void fib(boolean s) { check(s, R, "fib", 15); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void mutualRecursion(boolean s) { check(s, R, "isEven", 101); check(s, R, "isEven", 64); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void deepChain(boolean s) { check(s, R, "deepChain", 10_000); check(s, R, "deepChain", 100_000); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void tree(boolean s) { check(s, R, "tree", 4, "r"); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void deepThrow(boolean s) { check(s, R, "deepThrow", 1000); check(s, R, "deepThrow", 240); }
}

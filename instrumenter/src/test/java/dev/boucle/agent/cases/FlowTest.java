package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.Flow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Control flow around awaits. */
class FlowTest extends CaseSupport {
    static final Class<?> F = Flow.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void forLoop(boolean s) { check(s, F, "forLoop", 6); check(s, F, "forLoop", 0); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void whileLoop(boolean s) { check(s, F, "whileLoop", 9); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void doWhile(boolean s) { check(s, F, "doWhile", 5); check(s, F, "doWhile", 0); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void forEach(boolean s) { check(s, F, "forEach", List.of("ab", "cde", "")); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void iteratorLoop(boolean s) { check(s, F, "iteratorLoop", List.of(1, 2, 3, 4, 5, 6, 7)); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void labels(boolean s) { check(s, F, "labels", 5); check(s, F, "labels", 2); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void stringSwitch(boolean s) {
        for (String k : new String[] {"a", "b", "Aa", "BB", "zz"}) {
            check(s, F, "stringSwitch", k);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void enumSwitch(boolean s) {
        for (TimeUnit u : TimeUnit.values()) {
            check(s, F, "enumSwitch", u);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void switchExpression(boolean s) {
        int[] ks = {1, 2, 1000, -4};
        String[] ss = {"x", "y", "long one", "ab"};
        for (int i = 0; i < ks.length; i++) {
            for (Flow.Color c : Flow.Color.values()) {
                check(s, F, "switchExpression", ks[i], ss[i], c);
            }
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void intSwitch(boolean s) {
        for (int k : new int[] {0, 1, 2, 3, 1_000_000, -5, 77}) {
            check(s, F, "intSwitch", k);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void ternaries(boolean s) {
        for (int x = -2; x < 9; x++) {
            check(s, F, "ternaries", x);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void shortCircuit(boolean s) {
        for (boolean a : new boolean[] {false, true}) {
            for (boolean b : new boolean[] {false, true}) {
                check(s, F, "shortCircuit", a, b);
            }
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void tailAwait(boolean s) { check(s, F, "tailAwait", 5); check(s, F, "tailAwait", 6); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void earlyReturn(boolean s) { check(s, F, "earlyReturn", 12); check(s, F, "earlyReturn", 97); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void longLoop(boolean s) { check(s, F, "longLoop", 1000); check(s, F, "longLoop", 50_000); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void returnShapes(boolean s) {
        for (int x : new int[] {0, 1, 2, 3, 4, 7, 12}) {
            check(s, F, "returnShapes", x);
        }
    }
}

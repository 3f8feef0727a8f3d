package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.Access;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Restores cast to a type the method can access, never to an inaccessible merge (IllegalAccessError). */
class AccessTest extends CaseSupport {
    static final Class<?> A = Access.class;

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void jdkMerge(boolean s) { check(s, A, "jdkMerge", true); check(s, A, "jdkMerge", false); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void userMerge(boolean s) { check(s, A, "userMerge", true); check(s, A, "userMerge", false); }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void arrayAndStack(boolean s) { check(s, A, "arrayAndStack", true); check(s, A, "arrayAndStack", false); }
}

package dev.boucle.agent.cases;

import dev.boucle.agent.cases.subjects.Fuzz;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated combinations (subjects/Fuzz.java, from resources/cases/fuzz/genfuzz.py): every construct
 * nested in every other, each method against its plain twin, three seeds, with and without suspensions.
 */
class FuzzTest extends CaseSupport {
    static Stream<Arguments> cases() {
        return IntStream.range(0, Fuzz.COUNT).boxed()
                .flatMap(i -> Stream.of(Arguments.of(i, false), Arguments.of(i, true)));
    }

    @ParameterizedTest(name = "fuzz{0} suspend={1}")
    @MethodSource("cases")
    void generated(int i, boolean s) {
        for (int seed : new int[] {1, 7, -3}) {
            check(s, Fuzz.class, "fuzz" + i, seed);
        }
    }
}

package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.agent.cases.subjects.Flow;
import dev.boucle.agent.cases.subjects.Recursion;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several suspended activations of the same instrumented method at once, interleaved by the loop:
 * each keeps its own locals and stack (nothing is shared through the class), and each ends with
 * what plain Java computes for its argument.
 */
class LoopTest extends CaseSupport {

    @Test
    void interleavedActivationsKeepTheirOwnState() throws Exception {
        Knob.reset(true);
        Class<?> ic = loader().loadClass(Flow.class.getName());
        Method m = ic.getDeclaredMethod("wideLocalsLike", int.class);
        List<Task<?>> tasks = new ArrayList<>();
        Loop loop = new Loop();
        for (int k = 1; k <= 6; k++) {
            tasks.add(loop.schedule((Coroutine<?>) m.invoke(null, k * 5)));
        }
        loop.runUntilEmpty();
        assertTrue(Knob.yields > 6, "the tasks suspended: " + Knob.yields);
        for (int k = 1; k <= 6; k++) {
            Task<?> t = tasks.get(k - 1);
            assertEquals(Task.Status.FINISHED, t.status(), String.valueOf(t));
            assertEquals(Flow.wideLocalsLikePlain(k * 5), t.result(), "task " + k);
        }
    }

    @Test
    void interleavedRecursiveTasks() throws Exception {
        Knob.reset(true);
        Class<?> ic = loader().loadClass(Recursion.class.getName());
        Method m = ic.getDeclaredMethod("fib", int.class);
        Loop loop = new Loop();
        List<Task<?>> tasks = new ArrayList<>();
        for (int n = 5; n <= 12; n++) {
            tasks.add(loop.schedule((Coroutine<?>) m.invoke(null, n)));
        }
        loop.runUntilEmpty();
        for (int n = 5; n <= 12; n++) {
            assertEquals(Recursion.fibPlain(n), tasks.get(n - 5).result(), "fib(" + n + ")");
        }
    }
}

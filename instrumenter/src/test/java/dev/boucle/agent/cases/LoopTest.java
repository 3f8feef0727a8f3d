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

    /** A task's default name is the @Async method's own name (the frame carries it). */
    @Test
    void taskNamesAreMethodNames() throws Exception {
        Knob.reset(false);
        Class<?> ic = loader().loadClass(Flow.class.getName());
        Loop loop = new Loop();
        Task<?> t1 = loop.schedule((Coroutine<?>) ic.getDeclaredMethod("forLoop", int.class).invoke(null, 3));
        Class<?> sc = loader().loadClass(dev.boucle.agent.cases.subjects.Shapes.class.getName());
        Task<?> t2 = loop.schedule((Coroutine<?>) sc.getDeclaredMethod("ov", String.class).invoke(null, "x"));
        loop.runUntilEmpty();
        assertEquals("forLoop", t1.name());
        assertEquals("ov", t2.name());
        assertEquals(Flow.forLoopPlain(3), t1.result());
    }

    /** Loops on several threads run the same instrumented methods at once: nothing in the generated code is shared. */
    @Test
    void loopsOnSeveralThreads() throws Exception {
        Knob.reset(false);
        Class<?> ic = loader().loadClass(Recursion.class.getName());
        Method fib = ic.getDeclaredMethod("fib", int.class);
        Class<?> fc = loader().loadClass(Flow.class.getName());
        Method wide = fc.getDeclaredMethod("wideLocalsLike", int.class);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int k = t;
                results.add(pool.submit(() -> {
                    String out = "";
                    for (int round = 0; round < 20; round++) {
                        out = Loop.run((Coroutine<?>) fib.invoke(null, 10 + k)) + "/"
                                + Loop.run((Coroutine<?>) wide.invoke(null, 5 + k));
                    }
                    return out;
                }));
            }
            for (int t = 0; t < 8; t++) {
                assertEquals(Recursion.fibPlain(10 + t) + "/" + Flow.wideLocalsLikePlain(5 + t), results.get(t).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package dev.boucle;

import static dev.boucle.Script.await;
import static dev.boucle.Script.check;
import static dev.boucle.Script.coroutine;
import static dev.boucle.Script.sleeper;
import static dev.boucle.Script.yielder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.syscall.SpawnAll;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SCHEDULE of many, the loop's list of live tasks, and Loop.run's clean-up (no agent). */
class RunAndScheduleTest {

    @Test
    void scheduleOfManyRepliesTheTasksInOrderAndQueuesTheSenderFirst() {
        List<String> log = new ArrayList<>();
        Object[] spawned = new Object[1];
        Loop.run(coroutine("parent", (label, v, e) -> {
            check(e);
            if (label == 0) {
                return await(new SpawnAll(yielder("x", 2, log), yielder("y", 1, log)));
            }
            if (label == 1) {
                spawned[0] = v;
                log.add("parent");
                return await(Boucle.yieldNow());
            }
            return null;
        }));
        assertEquals(List.of("parent", "x0", "y0"), log.subList(0, 3));
        List<?> tasks = (List<?>) spawned[0];
        assertEquals(List.of("x", "y"), tasks.stream().map(t -> ((Task<?>) t).name()).toList());
    }

    @Test
    void runCancelsTheTasksLeftAliveSoTheirFinallyBlocksRun() {
        List<String> log = new ArrayList<>();
        String r = Loop.run(coroutine("main", (label, v, e) -> {
            check(e);
            if (label == 0) {
                return await(Boucle.ensureFuture(sleeper("orphan", 3_600_000, log)));
            }
            if (label == 1) {
                return await(Boucle.yieldNow()); // let the orphan start its sleep
            }
            return "main";
        }));
        assertEquals("main", r);
        assertEquals(List.of("orphan.finally"), log);
    }

    @Test
    void tasksListsTheLiveTasksOldestFirst() {
        try (Loop loop = new Loop()) {
            List<String> sink = new ArrayList<>();
            Task<String> a = loop.schedule(yielder("a", 1, sink));
            Task<String> b = loop.schedule(yielder("b", 3, sink));
            Task<String> c = loop.schedule(yielder("c", 5, sink));
            assertEquals(List.of(a, b, c), loop.tasks());
            loop.runUntilComplete(yielder("d", 2, sink));
            assertEquals(List.of(b, c), loop.tasks());
            loop.runUntilEmpty();
            assertTrue(loop.tasks().isEmpty());
        }
    }
}

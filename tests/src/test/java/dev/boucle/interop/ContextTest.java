package dev.boucle.interop;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.toThread;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.context.Context;
import dev.boucle.context.ContextHook;
import dev.boucle.context.TaskLocal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Task-locals: inherited by the tasks a task creates, copied into toThread work, seen by hooks. */
@Timeout(60)
class ContextTest {
    static final TaskLocal<String> REQUEST = new TaskLocal<>("request", "-");

    @Async
    static Coroutine<String> handle(String id, List<String> log) {
        REQUEST.set(id);
        Task<String> child = await(ensureFuture(child(log)));
        REQUEST.set(id + "'"); // after the child was created: the child keeps the old value
        await(yieldNow());
        String inWorker = await(toThread(() -> {
            String seen = REQUEST.get();
            REQUEST.set("changed in worker"); // stays in the worker
            return seen;
        }));
        String fromChild = await(child);
        return done(REQUEST.get() + " child:" + fromChild + " worker:" + inWorker);
    }

    @Async
    static Coroutine<String> child(List<String> log) {
        String at = REQUEST.get();
        await(yieldNow());
        return done(at + "/" + REQUEST.get());
    }

    @Async
    static Coroutine<List<String>> server(List<String> log) {
        Task<String> a = await(ensureFuture(handle("a", log)));
        Task<String> b = await(ensureFuture(handle("b", log)));
        List<String> out = new ArrayList<>();
        out.add(await(a));
        out.add(await(b));
        out.add(REQUEST.get());
        return done(out);
    }

    @Test
    void taskLocalsFollowTheirTaskIntoChildrenAndWorkers() {
        List<String> log = new ArrayList<>();
        assertEquals(List.of("a' child:a/a worker:a'", "b' child:b/b worker:b'", "-"), Loop.run(server(log)));
        assertEquals("-", REQUEST.get());
    }

    @Test
    void aValueSetOnTheThreadBeforeRunIsInheritedBySubmittedAndRunTasks() throws Exception {
        REQUEST.set("main");
        try {
            assertEquals("main", Loop.run(read()));
            try (LoopThread lt = LoopThread.start("ctx")) {
                assertEquals("main", lt.submit(read()).get());
            }
        } finally {
            REQUEST.remove();
        }
        assertEquals("-", REQUEST.get());
    }

    @Async
    static Coroutine<String> read() {
        await(yieldNow());
        return done(REQUEST.get());
    }

    @Test
    void aHookSeesEachTaskSwitchWithTheTaskContext() {
        List<String> seen = new ArrayList<>();
        ContextHook hook = c -> {
            if (Thread.currentThread().getName().startsWith("boucle-worker-")) {
                synchronized (seen) {
                    seen.add("worker " + REQUEST.in(c));
                }
            } else {
                seen.add(REQUEST.in(c));
            }
        };
        Context.addHook(hook);
        try {
            Loop.run(pingPong());
        } finally {
            Context.removeHook(hook);
        }
        synchronized (seen) {
            // root (no value), x sets its value, root again (spawns y), y sets its own, then x and y take turns
            assertEquals(List.of("-", "x", "-", "y", "x", "y"), seen.subList(0, 6), seen.toString());
            assertTrue(seen.contains("worker x"), seen.toString());
        }
        assertNull(Task.current());
    }

    @Async
    static Coroutine<Void> pingPong() {
        Task<Void> x = await(ensureFuture(named("x", 2)));
        Task<Void> y = await(ensureFuture(named("y", 2)));
        await(x);
        await(y);
        return done();
    }

    @Async
    static Coroutine<Void> named(String v, int turns) {
        REQUEST.set(v);
        for (int i = 0; i < turns; i++) {
            await(yieldNow());
        }
        if (v.equals("x")) {
            await(toThread(() -> REQUEST.get()));
        }
        return done();
    }
}

package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.cancel;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;

/**
 * Seed 004: a task starts a subtask with {@code ensureFuture} (the SCHEDULE syscall) and both run
 * concurrently; a longer subtask outlives its parent and the loop is drained afterwards; then the
 * parent cancels it. The loop prints each task as it finishes ({@link Loop#onTaskDone}).
 *
 * <p>The order depends on the loop's rule for syscalls: the sending task goes back in the queue
 * before the tasks it spawned.
 */
public final class Subtasks {
    private Subtasks() {}

    @Async
    static Coroutine<Void> example(int subtaskTurns, boolean cancelIt) {
        System.out.println("Task 'example'");
        System.out.println("Starting task 'subtask'");
        Task<Void> sub = await(ensureFuture(subtask(subtaskTurns)));
        System.out.println("Back in 'example'");
        for (int i = 0; i < 3; i++) {
            System.out.println("(example)");
            await(yieldNow());
        }
        if (cancelIt) {
            await(cancel(sub));
        }
        return done();
    }

    @Async
    static Coroutine<Void> subtask(int turns) {
        System.out.println("Task 'subtask'");
        for (int i = 0; i < turns; i++) {
            System.out.println("(subtask)");
            await(yieldNow());
        }
        return done();
    }

    public static void main(String[] args) {
        try (Loop loop = new Loop()) {
            loop.onTaskDone(task -> System.out.println(task));

            System.out.println("== ensureFuture");
            loop.runUntilComplete(example(2, false));

            System.out.println("== outlived");
            loop.runUntilComplete(example(5, false));
            System.out.println("-- draining the loop");
            loop.runUntilEmpty();

            System.out.println("== cancel");
            loop.runUntilComplete(example(5, true));
        }
    }
}

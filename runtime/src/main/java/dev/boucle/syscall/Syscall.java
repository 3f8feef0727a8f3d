package dev.boucle.syscall;

import dev.boucle.Awaitable;
import dev.boucle.Task;

/**
 * A message from a task to its loop, as in the seeds' {@code ('SCHEDULE', [tasks])}: awaiting it
 * suspends the task, the loop calls {@link #handle} on its own thread, and the reply the handler
 * gives through the {@link Kernel} is what {@code await} returns.
 *
 * <p>The set is open: implement this interface to add a message the loop did not know, without
 * touching the loop. A handler must answer exactly once, now or later (from a timer, an I/O event,
 * another task's completion), with {@link Kernel#reply} or {@link Kernel#fail}; if it throws, the
 * sending task fails with that exception and the loop goes on. If the sender may be cancelled
 * while it waits, register the undo with {@link Kernel#onCancel}: a handler must not answer a
 * task after it was cancelled.
 *
 * <pre>{@code
 * record Now() implements Syscall<Long> {            // await(new Now()) -> the loop's clock
 *     public void handle(Kernel k, Task<?> sender) { k.reply(sender, k.nanoTime()); }
 * }
 * }</pre>
 *
 * <p>The built-in messages ({@link Sleep}, {@link Spawn}, {@link Cancel}, {@link Gather}), joining a
 * {@link Task}, a {@link dev.boucle.Waiter} and the primitives of {@code dev.boucle.sync} are all
 * written against this same interface: a syscall that may have its answer at once says so in
 * {@link #poll} (the await then does not suspend), and one that must wait parks its sender on a
 * {@link Parking}. Only the yield ({@code Boucle.yieldNow()}) is not a syscall: the loop's step
 * recognises it by identity.
 *
 * @param <T> the type of the reply, which {@code await} returns
 */
public interface Syscall<T> extends Awaitable<T> {
    /** What {@link #poll} returns when the answer needs a trip through the loop. */
    Object NOT_READY = dev.boucle.internal.Fiber.NOT_READY;

    /**
     * The fast path: the answer now, without suspending {@code sender} ({@code await} returns it), or
     * {@link #NOT_READY} to send this message to the loop, which calls {@link #handle}. May throw
     * the answer's exception. Runs on the loop's thread, inside {@code sender}'s step. The default
     * always goes through the loop.
     */
    default Object poll(Task<?> sender) {
        return NOT_READY;
    }

    /**
     * Answers this message for {@code sender}, which is suspended until the kernel is told the reply.
     * Runs on the loop's thread.
     */
    void handle(Kernel kernel, Task<?> sender) throws Exception;
}

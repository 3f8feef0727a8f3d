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
 * <p>The built-in messages ({@link Yield}, {@link Sleep}, {@link Spawn}, {@link Cancel},
 * {@link Gather}) are written against this same interface. Awaiting a {@link Task} (join) and a
 * {@link dev.boucle.Waiter} are answered by the loop itself.
 *
 * @param <T> the type of the reply, which {@code await} returns
 */
public interface Syscall<T> extends Awaitable<T> {
    /**
     * Answers this message for {@code sender}, which is suspended until the kernel is told the reply.
     * Runs on the loop's thread.
     */
    void handle(Kernel kernel, Task<?> sender) throws Exception;
}

package dev.boucle.syscall;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Awaitable;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The syscall set is open: a user message works like a built-in; an unknown one fails clearly. */
@Timeout(60)
class CustomSyscallTest {

    /** Replies after a delay with the text reversed, or fails if the text is empty. */
    record Reverse(String text, Duration delay) implements Syscall<String> {
        @Override
        public void handle(Kernel kernel, Task<?> sender) {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("nothing to reverse");
            }
            kernel.loop().callLater(delay, () -> kernel.reply(sender, new StringBuilder(text).reverse().toString()));
        }
    }

    /** Counts the tasks the loop has answered: state kept in the message's owner. */
    static final class Census implements Syscall<Integer> {
        int count;

        @Override
        public void handle(Kernel kernel, Task<?> sender) {
            kernel.reply(sender, ++count);
        }
    }

    @Async
    static Coroutine<String> user(Census census) {
        String r = await(new Reverse("Boucle", Duration.ofMillis(10)));
        int n = await(census);
        try {
            await(new Reverse("", Duration.ZERO));
            return done("no failure?!");
        } catch (IllegalArgumentException e) {
            return done(r + " " + n + " " + e.getMessage());
        }
    }

    @Test
    void aUserSyscallIsAwaitedLikeABuiltIn() {
        assertEquals("elcuoB 1 nothing to reverse", Loop.run(user(new Census())));
    }

    static final class Stranger implements Awaitable<String> {
        @Override
        public String toString() {
            return "a stranger";
        }
    }

    @Async
    static Coroutine<String> sendsStranger() {
        return done(await(new Stranger()));
    }

    @Async
    static Coroutine<Integer> keepsGoing(int n) {
        for (int i = 0; i < n; i++) {
            await(yieldNow());
        }
        return done(n);
    }

    @Test
    void anUnknownMessageFailsTheSenderWithAClearErrorAndTheLoopGoesOn() {
        try (Loop loop = new Loop()) {
            Task<String> t = loop.schedule(sendsStranger());
            Task<Integer> other = loop.schedule(keepsGoing(10));
            loop.runUntilEmpty();
            assertEquals(Task.Status.ERROR, t.status());
            String m = t.exception().getMessage();
            assertTrue(m.contains("<Task 'sendsStranger' [RUNNING] (null)> awaited")
                    && m.contains("CustomSyscallTest$Stranger (a stranger)")
                    && m.contains("does not know")
                    && m.contains("dev.boucle.syscall.Syscall"), m);
            assertEquals(10, other.result());
        }
    }
}

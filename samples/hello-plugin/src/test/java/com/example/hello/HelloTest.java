package com.example.hello;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import org.junit.jupiter.api.Test;

/** Runs without -javaagent: the plugin instrumented both the main and the test classes. */
class HelloTest {

    @Async
    static Coroutine<Integer> length() {
        String s = await(Hello.main(new StringBuilder()));
        return done(s.length());
    }

    @Test
    void runsWithoutTheAgent() {
        assertNull(System.getProperty("dev.boucle.agent"), "no agent in this JVM");
        assertEquals("spam Tic eggs Tac Boum!", Loop.run(Hello.main(new StringBuilder())));
        assertEquals("spam Tic eggs Tac Boum!".length(), Loop.run(length()));
    }
}

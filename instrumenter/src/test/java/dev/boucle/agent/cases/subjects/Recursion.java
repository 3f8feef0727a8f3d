package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;

/** Recursive coroutines. */
public final class Recursion {
    private Recursion() {}

    // 59. recursion: fib, awaiting two children per call
    @Async
    public static Coroutine<Long> fib(int n) {
        if (n < 2) {
            return done(await(v((long) n)));
        }
        long a = await(fib(n - 1));
        return done(a + await(fib(n - 2)));
    }

    public static Long fibPlain(int n) {
        return n < 2 ? n : fibPlain(n - 1) + fibPlain(n - 2);
    }

    // 60. mutual recursion
    @Async
    public static Coroutine<Boolean> isEven(int n) {
        if (n == 0) {
            return done(await(v(true)));
        }
        return done(await(isOdd(n - 1)));
    }

    @Async
    public static Coroutine<Boolean> isOdd(int n) {
        if (n == 0) {
            return done(false);
        }
        await(pause());
        return isEven(n - 1);
    }

    public static Boolean isEvenPlain(int n) {
        return n % 2 == 0;
    }

    // 61. a chain thousands of frames deep that suspends at its bottom, then unwinds
    @Async
    public static Coroutine<Long> deepChain(int n) {
        if (n == 0) {
            await(pause());
            return done(0L);
        }
        long below = await(deepChain(n - 1));
        return done(below + n);
    }

    public static Long deepChainPlain(int n) {
        return (long) n * (n + 1) / 2;
    }

    // 62. recursion with an accumulator in an array argument and a string result (tree walk)
    @Async
    public static Coroutine<String> tree(int depth, String path) {
        if (depth == 0) {
            return done(await(v(path)));
        }
        return done("(" + await(tree(depth - 1, path + "L")) + " " + await(tree(depth - 1, path + "R")) + ")");
    }

    public static String treePlain(int depth, String path) {
        if (depth == 0) {
            return path;
        }
        return "(" + treePlain(depth - 1, path + "L") + " " + treePlain(depth - 1, path + "R") + ")";
    }

    // 63. an exception from the bottom of a chain deeper than the inline limit, caught part-way up
    @Async
    public static Coroutine<Integer> deepThrow(int n) {
        if (n == 0) {
            await(V.pause());
            throw new IllegalArgumentException("bottom");
        }
        try {
            return done(await(deepThrow(n - 1)) + 1);
        } catch (IllegalArgumentException e) {
            if (n % 250 == 0) {
                return done(-n);
            }
            throw e;
        }
    }

    public static Integer deepThrowPlain(int n) {
        if (n == 0) {
            throw new IllegalArgumentException("bottom");
        }
        try {
            return deepThrowPlain(n - 1) + 1;
        } catch (IllegalArgumentException e) {
            if (n % 250 == 0) {
                return -n;
            }
            throw e;
        }
    }
}

package dev.boucle.agent.samples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** Small @Async methods that the smoke test instruments and runs. Lines matter: see SmokeTest. */
public class Smoke {
    public static final List<String> LOG = new ArrayList<>();

    @Async
    public static Coroutine<String> ticTac() {
        LOG.add("Tic");
        await(yieldNow());
        LOG.add("Tac");
        await(yieldNow());
        return done("Boum!");
    }

    @Async
    public static Coroutine<Integer> add(int a, int b, boolean yield) {
        if (yield) {
            await(yieldNow());
        }
        return done(a + b);
    }

    @Async
    public static Coroutine<String> primitives(int i, long l, double d, float f, byte b, short s, char c, boolean z,
            String str) {
        await(yieldNow());
        long l2 = l * 2 + await(add(1, 2, true));
        await(yieldNow());
        double d2 = d + await(add(3, 4, true));
        return done(i + "," + l2 + "," + d2 + "," + f + "," + b + "," + s + "," + c + "," + z + "," + str);
    }

    static int three(int a, int b, int c) {
        return a * 100 + b * 10 + c;
    }

    @Async
    public static Coroutine<Integer> stack(boolean yield) {
        int r = three(1, await(add(1, 1, yield)), 3);
        long big = 10L + await(add(2, 3, yield)) * 3L;
        return done(r + (int) big);
    }

    public static final class Pair {
        final Object a;
        final Object b;

        public Pair(Object a, Object b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public String toString() {
            return "(" + a + "," + b + ")";
        }
    }

    @Async
    public static Coroutine<String> pairs(boolean yield) {
        Pair p = new Pair(await(add(1, 2, yield)), new Pair(yield ? await(add(3, 4, yield)) : "x", await(add(5, 6, yield))));
        return done(p.toString());
    }

    @Async
    public static Coroutine<Integer> thrower(boolean yield) {
        if (yield) {
            await(yieldNow());
        }
        throw new IllegalArgumentException("boom");
    }

    @Async
    public static Coroutine<String> catcher(boolean yield) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("a");
            await(thrower(yield));
            sb.append("never");
        } catch (IllegalArgumentException e) {
            sb.append("c:").append(e.getMessage());
            await(yieldNow());
            sb.append(";");
        } finally {
            await(yieldNow());
            sb.append("f");
        }
        return done(sb.toString());
    }

    @Async
    public static Coroutine<Integer> loop(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            switch (i % 3) {
                case 0:
                    sum += await(add(i, 1, true));
                    break;
                case 1:
                    sum += i > 2 && await(add(i, 0, true)) > 3 ? 100 : 1;
                    break;
                default:
                    await(yieldNow());
            }
        }
        return done(sum);
    }

    @Async
    public static Coroutine<Integer> deep(int n) {
        if (n == 0) {
            await(yieldNow());
            return done(0);
        }
        int r = await(deep(n - 1));
        return done(r + 1);
    }

    @Async
    public static Coroutine<Integer> tail(int a) {
        await(yieldNow());
        return add(a, a, true);
    }

    private final String name;

    public Smoke(String name) {
        this.name = name;
    }

    @Async
    public Coroutine<String> greet(String who) {
        await(yieldNow());
        return done(name + " greets " + who);
    }

    @Async
    public Coroutine<String> greet(String who, int times) {
        String s = "";
        for (int i = 0; i < times; i++) {
            s += await(greet(who));
        }
        return done(s);
    }

    @Async
    public static synchronized Coroutine<Integer> syncMethod() {
        return done(1);
    }

    @Async
    public static Coroutine<Integer> syncBlock(Object lock) {
        synchronized (lock) {
            await(yieldNow());
        }
        return done(1);
    }

    @Async
    public static String notCoroutine() {
        return "x";
    }

    @Async
    public static Coroutine<Void> nothing() {
        return done();
    }

    @Async
    public static Coroutine<Integer> leaf() {
        return done(1);
    }

    @Async
    public static Coroutine<Integer> sumLeaves(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += await(leaf());
        }
        return done(s);
    }

    static final Coroutine<Integer> ONE = done(1);

    @Async
    public static Coroutine<Integer> sumCompleted(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += await(ONE);
        }
        return done(s);
    }

    @Async
    public static Coroutine<String> hygiene() {
        String big = new String("payload");
        await(yieldNow());
        String r = big + "!";
        await(yieldNow());
        return done(r);
    }

    @Async
    public static Coroutine<Void> inspect(Coroutine<?> target, List<String> seen) {
        for (int i = 0; i < 3; i++) {
            seen.add(java.util.Arrays.toString(((dev.boucle.internal.Frame) target).refs));
            await(yieldNow());
        }
        return done();
    }

    /** Not @Async: its javac frames (l is a List at the merge) must be copied, not recomputed. */
    public static Object pick(boolean c) {
        java.util.List<String> l;
        if (c) {
            l = new ArrayList<>();
        } else {
            l = new java.util.LinkedList<>();
        }
        return l;
    }
}

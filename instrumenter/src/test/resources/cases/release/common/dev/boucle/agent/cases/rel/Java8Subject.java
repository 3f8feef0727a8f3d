package dev.boucle.agent.cases.rel;

import static dev.boucle.Boucle.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Java 8 source, compiled in-test at every --release level (StringBuilder concatenation at 8,
 * indy concatenation from 9, nestmates from 11). Each @Async method x has a plain twin xPlain.
 */
public class Java8Subject {
    public static boolean suspend;
    public static int yields;
    public static final List<String> LOG = new ArrayList<String>();
    private static String secret = "sec";
    private int hits;

    @Async
    static <T> Coroutine<T> v(T x) {
        if (suspend) {
            yields++;
            await(yieldNow());
        }
        return done(x);
    }

    @Async
    static <T> Coroutine<T> fail(String msg) {
        if (suspend) {
            yields++;
            await(yieldNow());
        }
        throw new IllegalStateException(msg);
    }

    static final class Pair {
        final Object a;
        final Object b;

        Pair(Object a, Object b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public String toString() {
            return "(" + a + "," + b + ")";
        }
    }

    @Async
    public static Coroutine<String> mix(int n) {
        StringBuilder sb = new StringBuilder();
        long acc = 1;
        double d = 0.5;
        for (int i = 0; i < n; i++) {
            acc = acc * 3 + await(v((long) i));
            d += await(v(i * 0.5));
            sb.append(await(v("s" + i)));
        }
        String s = "k";
        switch (await(v(s + n))) {
            case "k3":
                sb.append("three");
                break;
            default:
                sb.append("other");
        }
        Pair p = new Pair(await(v("a")), new Pair(n > 2 ? await(v("t")) : "f", await(v(acc))));
        try {
            try {
                if (n > 1) {
                    await(fail("x" + n));
                }
            } finally {
                LOG.add("fin " + await(v(1)));
            }
        } catch (IllegalStateException e) {
            sb.append(e.getMessage());
        }
        int[] arr = new int[3];
        arr[n % 3] = await(v(7)) * 2 + 1;
        boolean b = n > 0 && await(v(true)) || await(v(false));
        return done(sb + "|" + acc + "|" + d + "|" + p + "|" + Arrays.toString(arr) + b + (char) ('a' + n) + 1.5f);
    }

    public static String mixPlain(int n) {
        StringBuilder sb = new StringBuilder();
        long acc = 1;
        double d = 0.5;
        for (int i = 0; i < n; i++) {
            acc = acc * 3 + (long) i;
            d += i * 0.5;
            sb.append("s" + i);
        }
        String s = "k";
        switch (s + n) {
            case "k3":
                sb.append("three");
                break;
            default:
                sb.append("other");
        }
        Pair p = new Pair("a", new Pair(n > 2 ? "t" : "f", acc));
        try {
            try {
                if (n > 1) {
                    throw new IllegalStateException("x" + n);
                }
            } finally {
                LOG.add("fin " + 1);
            }
        } catch (IllegalStateException e) {
            sb.append(e.getMessage());
        }
        int[] arr = new int[3];
        arr[n % 3] = 7 * 2 + 1;
        boolean b = n > 0 && true || false;
        return sb + "|" + acc + "|" + d + "|" + p + "|" + Arrays.toString(arr) + b + (char) ('a' + n) + 1.5f;
    }

    /** Inner class reaching the outer's private members: synthetic accessors at 8, nestmates at 11+. */
    final class Inner {
        @Async
        Coroutine<String> touch(int x) {
            hits += await(v(x));
            return done(secret + hits + privateHelper(x));
        }
    }

    private static int privateHelper(int x) {
        return x * 10;
    }

    interface Greeter {
        String name();

        @Async
        default Coroutine<String> greet(int k) {
            return done("hi " + name() + await(v(k)) + await(suffix(k)));
        }

        @Async
        static Coroutine<String> suffix(int k) {
            return done(k > 100 ? "!" : "" + await(v("")));
        }
    }

    @Async
    public static Coroutine<String> shapes(int x) {
        Java8Subject o = new Java8Subject();
        Inner in = o.new Inner();
        String a = await(in.touch(x));
        String b = await(in.touch(x + 1));
        Greeter g = new Greeter() {
            public String name() {
                return "anon";
            }
        };
        return done(a + b + await(g.greet(x)) + await(fib(10)));
    }

    @Async
    static Coroutine<Integer> fib(int n) {
        if (n < 2) {
            return v(n);
        }
        return done(await(fib(n - 1)) + await(fib(n - 2)));
    }

    static int fibPlain(int n) {
        return n < 2 ? n : fibPlain(n - 1) + fibPlain(n - 2);
    }

    public static String shapesPlain(int x) {
        return "sec" + x + (x * 10) + "sec" + (2 * x + 1) + ((x + 1) * 10) + "hi anon" + x + fibPlain(10);
    }

    @Async
    public static Coroutine<Long> wideAndLoops(int n) {
        long total = 0;
        double scale = 1.0;
        int i = 0;
        outer:
        while (true) {
            do {
                total += await(v((long) i * i)) * (long) scale;
                scale = scale * 1.5 + await(v(0.25));
                i++;
                if (i % 4 == 3) {
                    continue outer;
                }
            } while (i % 5 != 0);
            if (i > n) {
                break;
            }
        }
        for (String s : Arrays.asList("a", "bb", "ccc")) {
            total += await(v(s)).length();
        }
        return done(total);
    }

    public static Long wideAndLoopsPlain(int n) {
        long total = 0;
        double scale = 1.0;
        int i = 0;
        outer:
        while (true) {
            do {
                total += (long) i * i * (long) scale;
                scale = scale * 1.5 + 0.25;
                i++;
                if (i % 4 == 3) {
                    continue outer;
                }
            } while (i % 5 != 0);
            if (i > n) {
                break;
            }
        }
        for (String s : Arrays.asList("a", "bb", "ccc")) {
            total += s.length();
        }
        return total;
    }
}

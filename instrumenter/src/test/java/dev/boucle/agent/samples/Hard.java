package dev.boucle.agent.samples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Harder constructs for the transformer; each takes {@code y}: whether the awaited values suspend. */
public class Hard {
    public static final List<String> LOG = new ArrayList<>();

    @Async
    public static <T> Coroutine<T> v(boolean y, T value) {
        if (y) {
            await(yieldNow());
        }
        return done(value);
    }

    @Async
    public static Coroutine<Long> longsOnStack(boolean y) {
        int i = 3;
        long l = 1L << 40;
        double d = 0.5;
        long r = l + i * await(v(y, 7L)) + (long) (d * await(v(y, 4.0)));
        return done(r);
    }

    @Async
    public static Coroutine<String> subInts(boolean y) {
        byte b = (byte) 200;
        short s = (short) 40000;
        char c = 'é';
        boolean z = true;
        float f = -0.0f;
        await(v(y, 0));
        return done(b + ":" + s + ":" + (int) c + ":" + z + ":" + (1 / f));
    }

    @Async
    public static Coroutine<String> nullLocals(boolean y) {
        String s = null;
        Object o = null;
        await(v(y, 1));
        return done(s + "/" + o);
    }

    @Async
    public static Coroutine<String> slotReuse(boolean y) {
        String out = "";
        {
            int a = 5;
            await(v(y, 1));
            out += a;
        }
        {
            String b = "x";
            await(v(y, 1));
            out += b;
        }
        {
            double c = 2.5;
            await(v(y, 1));
            out += c;
        }
        return done(out);
    }

    @Async
    public static Coroutine<String> arrays(boolean y) {
        int[] a = new int[3];
        a[1] = await(v(y, 9));
        String[][] m = {{"p"}, {await(v(y, "q"))}};
        long[] ls = {await(v(y, 5L)), 6L};
        return done(a[1] + m[1][0] + ls[0] + ls.length);
    }

    @Async
    public static Coroutine<String> concat(boolean y) {
        String a = "a";
        int n = 2;
        List<String> items = List.of("i", "j");
        String s = "";
        for (String it : items) {
            s = s + a + await(v(y, it)) + n + await(v(y, 'c'));
        }
        return done(s);
    }

    enum Color { RED, GREEN, BLUE }

    @Async
    public static Coroutine<String> switches(boolean y, String key, Color c) {
        String r;
        switch (key) {
            case "one":
                r = "1" + await(v(y, "!"));
                break;
            case "two":
                r = "2";
                break;
            default:
                r = "?";
        }
        switch (c) {
            case RED:
                r += await(v(y, "r"));
                break;
            case GREEN:
                r += "g";
                break;
            default:
                r += await(v(y, "b"));
        }
        int k = switch (c) {
            case RED -> await(v(y, 10));
            case GREEN -> 20;
            case BLUE -> {
                int t = await(v(y, 30));
                yield t + 1;
            }
        };
        return done(r + k);
    }

    @Async
    public static Coroutine<Boolean> logic(boolean y, int x) {
        boolean a = x > 0 && await(v(y, x > 5));
        boolean b = x < 0 || await(v(y, x % 2 == 0));
        Boolean c = x == 7 ? await(v(y, true)) : (Boolean) await(v(y, false));
        return done(a && b || c);
    }

    @Async
    public static Coroutine<String> labelled(boolean y) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (j == 2) {
                    continue outer;
                }
                if (i == 3) {
                    break outer;
                }
                sb.append(await(v(y, i * 10 + j))).append(',');
            }
        }
        int w = 0;
        while (w < 3) {
            w += await(v(y, 1));
        }
        do {
            w--;
        } while (await(v(y, w > 1)));
        return done(sb.toString() + w);
    }

    @Async
    public static Coroutine<Integer> failAfter(boolean y, String msg) {
        await(v(y, 0));
        throw new IllegalStateException(msg);
    }

    @Async
    public static Coroutine<String> nestedFinally(boolean y) {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                sb.append('a');
                await(failAfter(y, "x"));
            } finally {
                sb.append(await(v(y, 'f')));
                try {
                    await(failAfter(y, "inner"));
                } catch (IllegalStateException e) {
                    sb.append(e.getMessage());
                } finally {
                    sb.append(await(v(y, 'g')));
                }
            }
        } catch (Throwable t) {
            sb.append("T:").append(t.getMessage());
            await(v(y, 0));
        }
        return done(sb.toString());
    }

    public static final class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        public Res(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            LOG.add("open " + name);
        }

        @Override
        public void close() {
            LOG.add("close " + name);
            if (failClose) {
                throw new IllegalArgumentException("close " + name);
            }
        }
    }

    @Async
    public static Coroutine<String> resources(boolean y) {
        try (Res a = new Res(await(v(y, "A")), false); Res b = new Res("B", true)) {
            LOG.add("use " + await(v(y, a.name + b.name)));
            throw new IllegalStateException("body");
        } catch (IllegalStateException e) {
            return done(e.getMessage() + " suppressed=" + e.getSuppressed().length + ":" + e.getSuppressed()[0].getMessage());
        }
    }

    @Async
    public static Coroutine<Integer> fib(boolean y, int n) {
        if (n < 2) {
            return v(y, n);
        }
        return done(await(fib(y, n - 1)) + await(fib(y, n - 2)));
    }

    @Async
    public static Coroutine<Integer> even(boolean y, int n) {
        return n == 0 ? v(y, 1) : odd(y, n - 1);
    }

    @Async
    public static Coroutine<Integer> odd(boolean y, int n) {
        return n == 0 ? v(y, 0) : even(y, n - 1);
    }

    public interface Shape {
        double area();

        @Async
        default Coroutine<String> describe(boolean y) {
            double a = await(v(y, area()));
            return done(getClass().getSimpleName() + ":" + a + helper(y));
        }

        private String helper(boolean y) {
            return y ? "+" : "-";
        }

        @Async
        static Coroutine<Double> total(boolean y, Shape... shapes) {
            double t = 0;
            for (Shape s : shapes) {
                t += await(v(y, s.area()));
            }
            return done(t);
        }
    }

    public record Square(double side) implements Shape {
        @Override
        public double area() {
            return side * side;
        }

        @Async
        public Coroutine<Double> scaled(boolean y, double k) {
            return done(await(v(y, side)) * k);
        }
    }

    public abstract static class Base<T> {
        @Async
        public abstract Coroutine<T> make(boolean y, T seed);
    }

    public static final class Impl extends Base<String> {
        @Override
        @Async
        public Coroutine<String> make(boolean y, String seed) {
            return done(seed + await(v(y, seed)));
        }
    }

    public class Inner {
        @Async
        public Coroutine<String> outerName(boolean y) {
            return done(await(v(y, prefix)) + "-inner");
        }
    }

    String prefix = "outer";

    @Async
    public static Coroutine<Integer> lambdas(boolean y) {
        int base = await(v(y, 10));
        Supplier<Integer> s = () -> base * 2;
        int r = s.get() + await(v(y, 1));
        return done(r);
    }

    @Async
    public static Coroutine<Integer> sideEffects(boolean y) {
        LOG.add("before");
        int r = await(v(y, 1));
        LOG.add("after");
        return done(r);
    }

    @Async
    public static Coroutine<String> ternaryCtor(boolean y, boolean c) {
        Smoke.Pair p = new Smoke.Pair(c ? await(v(y, "t")) : "f",
                new Smoke.Pair(new Smoke.Pair(await(v(y, 1)), c ? 2 : await(v(y, 3))), await(v(y, 4L))));
        return done(p.toString());
    }

    @Async
    public static Coroutine<Integer> overloaded(int a) {
        return done(a);
    }

    @Async
    public static Coroutine<Integer> overloaded(int a, int b) {
        return done(await(overloaded(a)) + b);
    }

    @Async
    public static Coroutine<Integer> overloaded(String s) {
        return done(await(overloaded(s.length(), 100)));
    }

    @Async
    public static Coroutine<Object> varargs(boolean y, Object... xs) {
        List<Object> out = new ArrayList<>();
        for (Object x : xs) {
            out.add(await(v(y, x)));
        }
        return done(out);
    }

    @Async
    public static Coroutine<Integer> catchThrowable(boolean y) {
        int n = 0;
        for (int i = 0; i < 3; i++) {
            try {
                n += await(v(y, i));
                if (i == 1) {
                    throw new RuntimeException();
                }
            } catch (Throwable t) {
                n += 100;
            }
        }
        return done(n);
    }

    @Async
    public static Coroutine<String> ctorArgTestsAnAwait(boolean y, boolean n) {
        // NEW ArrayList; DUP; await; ifnonnull: the branch reads the awaited value, not the objects under it
        List<String> seen = new ArrayList<>(await(v(y, n ? null : "x")) == null ? List.of() : List.of("refused"));
        return done(seen.toString());
    }
}

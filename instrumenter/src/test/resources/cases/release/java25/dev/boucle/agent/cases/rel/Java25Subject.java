package dev.boucle.agent.cases.rel;

import static dev.boucle.Boucle.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** Java 22-25 features around awaits: unnamed variables and patterns, statements before super(...). */
public class Java25Subject {
    public static boolean suspend;
    public static int yields;
    public static final List<String> LOG = new ArrayList<>();

    @Async
    static <T> Coroutine<T> v(T x) {
        if (suspend) {
            yields++;
            await(yieldNow());
        }
        return done(x);
    }

    record Pair(Object a, Object b) {}

    static class Base {
        final int n;

        Base(int n) {
            this.n = n;
        }
    }

    static final class Checked extends Base {
        Checked(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("negative"); // a statement before super(...): JEP 513
            }
            super(n * 2);
        }
    }

    @Async
    public static Coroutine<String> unnamed(int k) {
        int count = 0;
        for (var _ : await(v(List.of(1, 2, 3)))) {
            count += await(v(1));
        }
        String r;
        try {
            r = k > 2 ? await(v("ok")) : String.valueOf(Integer.parseInt("x" + k));
        } catch (NumberFormatException _) {
            r = "nfe" + await(v(k));
        }
        Object p = new Pair(await(v(k)), "b");
        String m = switch (p) {
            case Pair(Integer i, _) when i > await(v(1)) -> "big" + i;
            case Pair(_, String s) -> "str" + s;
            default -> "none";
        };
        Checked c = new Checked(await(v(k)));
        return done(count + r + m + c.n);
    }

    public static String unnamedPlain(int k) {
        int count = 0;
        for (var _ : List.of(1, 2, 3)) {
            count += 1;
        }
        String r;
        try {
            r = k > 2 ? "ok" : String.valueOf(Integer.parseInt("x" + k));
        } catch (NumberFormatException _) {
            r = "nfe" + k;
        }
        Object p = new Pair(k, "b");
        String m = switch (p) {
            case Pair(Integer i, _) when i > 1 -> "big" + i;
            case Pair(_, String s) -> "str" + s;
            default -> "none";
        };
        Checked c = new Checked(k);
        return count + r + m + c.n;
    }
}

package dev.boucle.agent.cases.rel;

import static dev.boucle.Boucle.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** Java 17 language features around awaits: records, switch expressions, var, instanceof patterns, text blocks. */
public class Java17Subject {
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

    record Pt(int x, long y) {
        @Async
        Coroutine<Pt> plus(Pt o) {
            return done(new Pt(x + await(v(o.x)), y + await(v(o.y))));
        }
    }

    sealed interface Shape permits Circle, Square {}

    record Circle(double r) implements Shape {}

    record Square(int side) implements Shape {}

    @Async
    public static Coroutine<String> modern(int k) {
        var p = await(new Pt(1, 2L).plus(new Pt(k, k * 10L)));
        var label = switch (await(v(k % 3))) {
            case 0 -> "zero" + await(v(p.x()));
            case 1 -> {
                var t = await(v(p.y()));
                yield "one" + t;
            }
            default -> "many";
        };
        Object o = k > 1 ? await(v("str")) : (Object) Integer.valueOf(k);
        String pat = o instanceof String s && s.length() == await(v(3)) ? "S" + s : "N" + o;
        Shape sh = k % 2 == 0 ? new Circle(await(v(1.5))) : new Square(await(v(k)));
        String text = """
                block %s
                """.formatted(await(v(label)));
        return done(p + label + pat + sh + text);
    }

    public static String modernPlain(int k) {
        var p = new Pt(1 + k, 2L + k * 10L);
        var label = switch (k % 3) {
            case 0 -> "zero" + p.x();
            case 1 -> {
                var t = p.y();
                yield "one" + t;
            }
            default -> "many";
        };
        Object o = k > 1 ? "str" : (Object) Integer.valueOf(k);
        String pat = o instanceof String s && s.length() == 3 ? "S" + s : "N" + o;
        Shape sh = k % 2 == 0 ? new Circle(1.5) : new Square(k);
        String text = """
                block %s
                """.formatted(label);
        return p + label + pat + sh + text;
    }
}

package dev.boucle.agent.cases.rel;

import static dev.boucle.Boucle.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** Java 21 features around awaits: pattern-matching switch (indy typeSwitch), record patterns, guards. */
public class Java21Subject {
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

    sealed interface Expr permits Num, Add, Mul {}

    record Num(long n) implements Expr {}

    record Add(Expr l, Expr r) implements Expr {}

    record Mul(Expr l, Expr r) implements Expr {}

    @Async
    static Coroutine<Long> eval(Expr e) {
        return switch (e) {
            case Num(long n) when n < 0 -> done(-await(v(-n)));
            case Num(long n) -> v(n);
            case Add(Expr l, Expr r) -> done(await(eval(l)) + await(eval(r)));
            case Mul(Num(long a), Expr r) -> done(a * await(eval(r)));
            case Mul m -> done(await(eval(m.l())) * await(eval(m.r())));
        };
    }

    static long evalPlain(Expr e) {
        return switch (e) {
            case Num(long n) -> n;
            case Add(Expr l, Expr r) -> evalPlain(l) + evalPlain(r);
            case Mul(Expr l, Expr r) -> evalPlain(l) * evalPlain(r);
        };
    }

    static Expr build(int k) {
        Expr e = new Num(k);
        for (int i = 1; i <= k; i++) {
            e = i % 2 == 0 ? new Add(e, new Num(-i)) : new Mul(i % 3 == 0 ? new Num(i) : new Add(new Num(1), new Num(i)), e);
        }
        return e;
    }

    @Async
    public static Coroutine<String> patterns(int k) {
        Object o = await(v(k % 2 == 0 ? (Object) ("s" + k) : (Object) Long.valueOf(k)));
        String d = switch (o) {
            case String s when s.length() > await(v(2)) -> "long string " + s;
            case String s -> "string " + s + await(v("!"));
            case Long l -> "long " + (l + await(v(1L)));
            default -> "other";
        };
        return done(d + "=" + await(eval(build(k))));
    }

    public static String patternsPlain(int k) {
        Object o = k % 2 == 0 ? (Object) ("s" + k) : (Object) Long.valueOf(k);
        String d = switch (o) {
            case String s when s.length() > 2 -> "long string " + s;
            case String s -> "string " + s + "!";
            case Long l -> "long " + (l + 1L);
            default -> "other";
        };
        return d + "=" + evalPlain(build(k));
    }

    sealed interface Token permits Op, Word {}

    enum Op implements Token { PLUS, MINUS }

    record Word(String text) implements Token {}

    static Token token(int k) {
        return switch (Math.floorMod(k, 4)) {
            case 0 -> Op.PLUS;
            case 1 -> Op.MINUS;
            case 2 -> new Word("w" + k);
            default -> null;
        };
    }

    /** Pattern switches with case null, qualified enum constants, guards that await twice (the restart loop). */
    @Async
    public static Coroutine<String> tokens(int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = k; i < k + 6; i++) {
            Token t = token(i);
            final int fi = i;
            String d = switch (t) {
                case null -> "null" + await(v(i));
                case Op.PLUS -> "+" + await(v(i));
                case Op.MINUS -> "-";
                case Word w when w.text().length() > await(v(2)) && await(v(fi % 2 == 0)) -> "long even " + w.text();
                case Word w when w.text().length() > await(v(2)) -> "long " + w.text();
                case Word w -> "word " + await(v(w.text()));
            };
            sb.append(d).append(';');
        }
        return done(sb.toString());
    }

    public static String tokensPlain(int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = k; i < k + 6; i++) {
            Token t = token(i);
            final int fi = i;
            String d = switch (t) {
                case null -> "null" + i;
                case Op.PLUS -> "+" + i;
                case Op.MINUS -> "-";
                case Word w when w.text().length() > 2 && fi % 2 == 0 -> "long even " + w.text();
                case Word w when w.text().length() > 2 -> "long " + w.text();
                case Word w -> "word " + w.text();
            };
            sb.append(d).append(';');
        }
        return sb.toString();
    }
}

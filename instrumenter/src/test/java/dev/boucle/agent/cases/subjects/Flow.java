package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Control flow around awaits: every loop form, labels, switches, ternaries, short-circuits, tail awaits. */
public final class Flow {
    private Flow() {}

    // 31. for loop: await in the condition, the update and the body
    @Async
    public static Coroutine<Integer> forLoop(int n) {
        int sum = 0;
        for (int i = await(v(0)); i < await(v(n)); i += await(v(1))) {
            sum += i * await(v(i));
        }
        return done(sum);
    }

    public static Integer forLoopPlain(int n) {
        int sum = 0;
        for (int i = 0; i < n; i += 1) {
            sum += i * i;
        }
        return sum;
    }

    // 32. while loop with an awaited condition
    @Async
    public static Coroutine<String> whileLoop(int n) {
        StringBuilder sb = new StringBuilder();
        int i = n;
        while (await(v(i > 0))) {
            sb.append(await(v(i))).append(' ');
            i -= 2;
        }
        return done(sb.toString());
    }

    public static String whileLoopPlain(int n) {
        StringBuilder sb = new StringBuilder();
        int i = n;
        while (i > 0) {
            sb.append(i).append(' ');
            i -= 2;
        }
        return sb.toString();
    }

    // 33. do-while, including a body that runs once with a false condition
    @Async
    public static Coroutine<Long> doWhile(int n) {
        long acc = 1;
        int i = 0;
        do {
            acc = acc * 3 + await(v((long) i));
            i++;
        } while (await(v(i)) < n);
        return done(acc);
    }

    public static Long doWhilePlain(int n) {
        long acc = 1;
        int i = 0;
        do {
            acc = acc * 3 + (long) i;
            i++;
        } while (i < n);
        return acc;
    }

    // 34. for-each over a list (iterator live across the await) and an array, with string concatenation (ea-async#42)
    @Async
    public static Coroutine<String> forEach(List<String> items) {
        String out = "";
        for (String s : items) {
            out = out + s + await(v(s.length())) + ";";
        }
        int[] nums = {3, 1, 4, 1, 5};
        for (int k : nums) {
            out += k * await(v(2));
        }
        for (String s : await(v(items))) {
            for (char c : s.toCharArray()) {
                out += await(v(c));
            }
        }
        return done(out);
    }

    public static String forEachPlain(List<String> items) {
        String out = "";
        for (String s : items) {
            out = out + s + s.length() + ";";
        }
        int[] nums = {3, 1, 4, 1, 5};
        for (int k : nums) {
            out += k * 2;
        }
        for (String s : items) {
            for (char c : s.toCharArray()) {
                out += c;
            }
        }
        return out;
    }

    // 35. explicit iterator loop
    @Async
    public static Coroutine<Integer> iteratorLoop(List<Integer> xs) {
        int total = 0;
        Iterator<Integer> it = xs.iterator();
        while (it.hasNext()) {
            int x = it.next();
            if (await(v(x % 2 == 0))) {
                it.remove();
            }
            total += await(v(x));
        }
        return done(total * 100 + xs.size());
    }

    public static Integer iteratorLoopPlain(List<Integer> xs) {
        int total = 0;
        Iterator<Integer> it = xs.iterator();
        while (it.hasNext()) {
            int x = it.next();
            if (x % 2 == 0) {
                it.remove();
            }
            total += x;
        }
        return total * 100 + xs.size();
    }

    // 36. labelled break and continue across nested loops, after awaits
    @Async
    public static Coroutine<String> labels(int n) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < n; i++) {
            inner:
            for (int j = 0; j < n; j++) {
                int v = await(v(i * n + j));
                if (j > i) {
                    continue outer;
                }
                if (v % 5 == 4) {
                    continue inner;
                }
                if (v > 3 * n) {
                    break outer;
                }
                sb.append(v).append(',');
            }
            sb.append('|');
        }
        block:
        {
            if (await(v(n > 2))) {
                break block;
            }
            sb.append("not-broken");
        }
        return done(sb.toString());
    }

    public static String labelsPlain(int n) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < n; i++) {
            inner:
            for (int j = 0; j < n; j++) {
                int v = i * n + j;
                if (j > i) {
                    continue outer;
                }
                if (v % 5 == 4) {
                    continue inner;
                }
                if (v > 3 * n) {
                    break outer;
                }
                sb.append(v).append(',');
            }
            sb.append('|');
        }
        block:
        {
            if (n > 2) {
                break block;
            }
            sb.append("not-broken");
        }
        return sb.toString();
    }

    // 37. string switch on an awaited value, awaits in the cases, fall-through
    @Async
    public static Coroutine<String> stringSwitch(String s) {
        String r = "";
        switch (await(v(s))) {
            case "a":
                r += await(v("A"));
            case "b":
                r += await(v("B"));
                break;
            case "Aa": // same hash code as "BB"
                r += await(v("Aa"));
                break;
            case "BB":
                r += await(v("BB"));
                break;
            default:
                r += await(v("?")) + s;
        }
        return done(r);
    }

    public static String stringSwitchPlain(String s) {
        String r = "";
        switch (s) {
            case "a":
                r += "A";
            case "b":
                r += "B";
                break;
            case "Aa":
                r += "Aa";
                break;
            case "BB":
                r += "BB";
                break;
            default:
                r += "?" + s;
        }
        return r;
    }

    // 38. enum switch (a $SwitchMap synthetic class) with awaits
    @Async
    public static Coroutine<String> enumSwitch(TimeUnit u) {
        long x;
        switch (await(v(u))) {
            case SECONDS:
                x = await(v(1L));
                break;
            case MILLISECONDS:
            case MICROSECONDS:
                x = await(v(1000L)) * (u == TimeUnit.MICROSECONDS ? 1000 : 1);
                break;
            default:
                x = -await(v(u.ordinal()));
        }
        return done(u + "=" + x);
    }

    public static String enumSwitchPlain(TimeUnit u) {
        long x;
        switch (u) {
            case SECONDS:
                x = 1L;
                break;
            case MILLISECONDS:
            case MICROSECONDS:
                x = 1000L * (u == TimeUnit.MICROSECONDS ? 1000 : 1);
                break;
            default:
                x = -u.ordinal();
        }
        return u + "=" + x;
    }

    // 39. switch expressions (int, string and enum selectors) yielding awaited values
    @Async
    public static Coroutine<String> switchExpression(int k, String s, Color c) {
        int a = switch (k) {
            case 1 -> await(v(10));
            case 2 -> {
                int t = await(v(3));
                yield t * 2 + await(v(1));
            }
            case 1000 -> 7;
            default -> -await(v(k));
        };
        String b = switch (await(v(s))) {
            case "x", "y" -> "xy" + await(v(a));
            default -> s.length() > 2 ? await(v("long")) : "short";
        };
        long d = 2 + switch (c) {
            case RED -> await(v(5L));
            case GREEN -> {
                long t = await(v(6L));
                yield t + a;
            }
            case BLUE -> c.ordinal();
        };
        return done(a + b + d);
    }

    public static String switchExpressionPlain(int k, String s, Color c) {
        int a = switch (k) {
            case 1 -> 10;
            case 2 -> {
                int t = 3;
                yield t * 2 + 1;
            }
            case 1000 -> 7;
            default -> -k;
        };
        String b = switch (s) {
            case "x", "y" -> "xy" + a;
            default -> s.length() > 2 ? "long" : "short";
        };
        long d = 2 + switch (c) {
            case RED -> 5L;
            case GREEN -> {
                long t = 6L;
                yield t + a;
            }
            case BLUE -> c.ordinal();
        };
        return a + b + d;
    }

    public enum Color { RED, GREEN, BLUE }

    // 40. int switches (tableswitch and lookupswitch) with fall-through and awaits
    @Async
    public static Coroutine<Integer> intSwitch(int k) {
        int r = 0;
        switch (k) {
            case 0:
                r += await(v(1));
            case 1:
                r += await(v(10));
            case 2:
                r += 100;
                break;
            case 1_000_000:
                r = await(v(-1));
                break;
            case -5:
                return done(await(v(-5)));
            default:
                r = await(v(k * k));
        }
        return done(r);
    }

    public static Integer intSwitchPlain(int k) {
        int r = 0;
        switch (k) {
            case 0:
                r += 1;
            case 1:
                r += 10;
            case 2:
                r += 100;
                break;
            case 1_000_000:
                r = -1;
                break;
            case -5:
                return -5;
            default:
                r = k * k;
        }
        return r;
    }

    // 41. ternaries: awaits in the condition and both arms, nested, of long type
    @Async
    public static Coroutine<String> ternaries(int x) {
        int a = x > 0 ? await(v(x)) : await(v(-x));
        long b = await(v(x % 2 == 0)) ? 2L * await(v((long) x)) : (x > 5 ? await(v(5L)) : -1L);
        String c = x > 3 ? (x > 6 ? await(v("big")) : "mid") : await(v(x > 1)) ? "small" : await(v("tiny"));
        return done(a + "," + b + "," + c);
    }

    public static String ternariesPlain(int x) {
        int a = x > 0 ? x : -x;
        long b = x % 2 == 0 ? 2L * (long) x : (x > 5 ? 5L : -1L);
        String c = x > 3 ? (x > 6 ? "big" : "mid") : x > 1 ? "small" : "tiny";
        return a + "," + b + "," + c;
    }

    // 42. && and || with awaits: short-circuit must skip the awaits (and their side effects)
    @Async
    public static Coroutine<String> shortCircuit(boolean a, boolean b) {
        boolean r1 = a && await(v(logged("r1", b)));
        boolean r2 = a || await(v(logged("r2", b)));
        boolean r3 = (await(v(a)) && !b) || (await(v(logged("r3", b))) && a);
        int count = 0;
        if (a && await(v(b)) || !a && await(v(!b))) {
            count++;
        }
        while (count < 3 && await(v(true))) {
            count++;
        }
        return done(r1 + "," + r2 + "," + r3 + "," + count);
    }

    public static String shortCircuitPlain(boolean a, boolean b) {
        boolean r1 = a && logged("r1", b);
        boolean r2 = a || logged("r2", b);
        boolean r3 = (a && !b) || (logged("r3", b) && a);
        int count = 0;
        if (a && b || !a && !b) {
            count++;
        }
        while (count < 3 && true) {
            count++;
        }
        return r1 + "," + r2 + "," + r3 + "," + count;
    }

    static boolean logged(String what, boolean b) {
        Knob.log(what);
        return b;
    }

    // 43. tail await: return other() finishes with other()'s result; also through a chain and a plain helper
    @Async
    public static Coroutine<Integer> tailAwait(int x) {
        if (x <= 0) {
            return done(await(v(100)));
        }
        await(pause());
        if (x % 2 == 0) {
            return tailHelper(x);
        }
        return tailAwait(x - 1);
    }

    public static Integer tailAwaitPlain(int x) {
        if (x <= 0) {
            return 100;
        }
        if (x % 2 == 0) {
            return x * 7;
        }
        return tailAwaitPlain(x - 1);
    }

    static Coroutine<Integer> tailHelper(int x) {
        return x > 1000 ? done(-1) : v(x * 7);
    }

    // 44. early returns from inside nested loops
    @Async
    public static Coroutine<String> earlyReturn(int target) {
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (await(v(i * j)) == target) {
                    return done(i + "x" + j);
                }
            }
        }
        return done("none");
    }

    public static String earlyReturnPlain(int target) {
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (i * j == target) {
                    return i + "x" + j;
                }
            }
        }
        return "none";
    }

    // 45. a loop that suspends many times (stays in the loop across 1000 resumptions)
    @Async
    public static Coroutine<Long> longLoop(int n) {
        long s = 0;
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s += await(v((long) i * i));
            if (i % 100 == 0) {
                seen.add(s);
            }
        }
        return done(s + seen.hashCode());
    }

    public static Long longLoopPlain(int n) {
        long s = 0;
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s += (long) i * i;
            if (i % 100 == 0) {
                seen.add(s);
            }
        }
        return s + seen.hashCode();
    }

    // 46. many activations of one method suspended at once (see LoopTest): state is per activation
    @Async
    public static Coroutine<String> wideLocalsLike(int n) {
        long a = n;
        double d = n / 2.0;
        String s = "n" + n;
        int[] arr = new int[n];
        for (int i = 0; i < n; i++) {
            a = a * 7 + await(v((long) i));
            d += await(v(0.5));
            arr[i] = await(v(i + n));
            s += await(v(i % 10));
        }
        return done(a + "," + d + "," + s + "," + java.util.Arrays.toString(arr));
    }

    public static String wideLocalsLikePlain(int n) {
        long a = n;
        double d = n / 2.0;
        String s = "n" + n;
        int[] arr = new int[n];
        for (int i = 0; i < n; i++) {
            a = a * 7 + (long) i;
            d += 0.5;
            arr[i] = i + n;
            s += i % 10;
        }
        return a + "," + d + "," + s + "," + java.util.Arrays.toString(arr);
    }

    // 47. return shapes: done() in a ternary, a stored completed coroutine, a cast between done() and areturn,
    // Boucle.done without the static import, a coroutine held in a field
    static Coroutine<Integer> pending;

    @Async
    @SuppressWarnings("unchecked")
    public static Coroutine<Integer> returnShapes(int x) {
        await(pause());
        if (x == 0) {
            Coroutine<Integer> c = done(await(v(10)));
            return c;
        }
        if (x == 1) {
            return (Coroutine<Integer>) (Object) dev.boucle.Boucle.done(await(v(11)));
        }
        if (x == 2) {
            pending = V.v(12);
            return pending;
        }
        if (x == 3) {
            try {
                return done(await(v(13)));
            } finally {
                Knob.log("finally of return");
            }
        }
        return x > 10 ? done(x * 2) : returnShapes(x - 4);
    }

    public static Integer returnShapesPlain(int x) {
        if (x == 0) {
            return 10;
        }
        if (x == 1) {
            return 11;
        }
        if (x == 2) {
            return 12;
        }
        if (x == 3) {
            try {
                return 13;
            } finally {
                Knob.log("finally of return");
            }
        }
        return x > 10 ? x * 2 : returnShapesPlain(x - 4);
    }
}

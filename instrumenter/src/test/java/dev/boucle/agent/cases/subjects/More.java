package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;
import java.util.Arrays;

/** More hard cases: finally copies, inheritance and super calls, lazy start, wide arguments, javac's own spills. */
public final class More {
    More() {}

    // 80. finally reached by break, continue, return and normal exit: javac copies the finally (and its awaits)
    @Async
    public static Coroutine<String> finallyCopies(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 4) {
                    break;
                }
                if (i == 6) {
                    return done(sb.append("ret").toString());
                }
                sb.append(await(v(i)));
            } finally {
                sb.append('f').append(await(v(i * 10)));
                Knob.log("finally " + i);
            }
        }
        return done(sb.toString());
    }

    public static String finallyCopiesPlain(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 4) {
                    break;
                }
                if (i == 6) {
                    return sb.append("ret").toString();
                }
                sb.append(i);
            } finally {
                sb.append('f').append(i * 10);
                Knob.log("finally " + i);
            }
        }
        return sb.toString();
    }

    // 81. a coroutine created, held across suspensions, then awaited: its body runs only then
    @Async
    static Coroutine<Integer> loud(String name, int x) {
        Knob.log("start " + name);
        return done(await(v(x)) + 1);
    }

    @Async
    public static Coroutine<Integer> lazyStart(int x) {
        Coroutine<Integer> a = loud("a", x);
        Coroutine<Integer> b = loud("b", x * 2);
        Knob.log("created");
        await(pause());
        int rb = await(b);
        Knob.log("between");
        int ra = await(a);
        return done(ra * 100 + rb);
    }

    public static Integer lazyStartPlain(int x) {
        Knob.log("created");
        Knob.log("start b");
        int rb = x * 2 + 1;
        Knob.log("between");
        Knob.log("start a");
        int ra = x + 1;
        return ra * 100 + rb;
    }

    // 82. the catch parameter reassigned from an await, and catch blocks awaiting in a loop
    @Async
    public static Coroutine<String> catchParameter(int n) {
        String r = "";
        for (int i = 0; i < n; i++) {
            try {
                if (i % 2 == 0) {
                    await(fail("e" + i));
                }
                r += "ok" + i;
            } catch (IllegalArgumentException e) {
                e = await(v(new IllegalArgumentException(e.getMessage() + "!")));
                r += e.getMessage();
            }
        }
        return done(r);
    }

    public static String catchParameterPlain(int n) {
        String r = "";
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                r += "e" + i + "!";
            } else {
                r += "ok" + i;
            }
        }
        return r;
    }

    // 83. compound assignment on byte, char, short and boolean arrays with awaits (dup2 of array and index)
    @Async
    public static Coroutine<String> subIntArrays(int k) {
        byte[] bs = {1, 2, 3};
        char[] cs = {'a', 'b'};
        short[] ss = {100, 200};
        boolean[] zs = {false, true};
        bs[k % 3] += await(v((byte) 120));
        cs[await(v(1))] += await(v(2));
        ss[0] *= await(v((short) 400));
        zs[0] |= await(v(true));
        bs[2] = (byte) (bs[2] << await(v(6)));
        return done(Arrays.toString(bs) + new String(cs) + Arrays.toString(ss) + Arrays.toString(zs));
    }

    public static String subIntArraysPlain(int k) {
        byte[] bs = {1, 2, 3};
        char[] cs = {'a', 'b'};
        short[] ss = {100, 200};
        boolean[] zs = {false, true};
        bs[k % 3] += (byte) 120;
        cs[1] += 2;
        ss[0] *= (short) 400;
        zs[0] |= true;
        bs[2] = (byte) (bs[2] << 6);
        return Arrays.toString(bs) + new String(cs) + Arrays.toString(ss) + Arrays.toString(zs);
    }

    // 84. an uninitialised object under long and double arguments at the await
    static final class Wide {
        final String s;

        Wide(long l, double d, String mid, int i, float f) {
            s = l + "/" + d + "/" + mid + "/" + i + "/" + f;
        }
    }

    @Async
    public static Coroutine<String> newWithWideArgs(long l, double d) {
        Wide w = new Wide(l, d, await(v("m")), await(v(7)), 1.5f);
        Wide x = new Wide(await(v(l + 1)), d * 2, new Wide(l, await(v(d)), "in", 0, await(v(2.5f))).s, 3, 0f);
        return done(w.s + "|" + x.s);
    }

    public static String newWithWideArgsPlain(long l, double d) {
        Wide w = new Wide(l, d, "m", 7, 1.5f);
        Wide x = new Wide(l + 1, d * 2, new Wide(l, d, "in", 0, 2.5f).s, 3, 0f);
        return w.s + "|" + x.s;
    }

    // 85. a switch expression containing try/catch while the stack is not empty (javac spills the stack itself)
    static int f3(int a, int b, int c) {
        return a * 10000 + b * 100 + c;
    }

    @Async
    public static Coroutine<Integer> switchWithTryInArgs(int k) {
        int r = f3(await(v(1)), switch (k) {
            case 0 -> {
                try {
                    yield await(fail("x"));
                } catch (IllegalArgumentException e) {
                    yield await(v(-1));
                }
            }
            case 1 -> {
                try {
                    yield await(v(11));
                } finally {
                    Knob.log("finally in switch " + await(v(k)));
                }
            }
            default -> await(v(k));
        }, 3);
        return done(r);
    }

    public static Integer switchWithTryInArgsPlain(int k) {
        int r = f3(1, switch (k) {
            case 0 -> {
                try {
                    yield V.<Integer>failPlain("x");
                } catch (IllegalArgumentException e) {
                    yield -1;
                }
            }
            case 1 -> {
                try {
                    yield 11;
                } finally {
                    Knob.log("finally in switch " + k);
                }
            }
            default -> k;
        }, 3);
        return r;
    }

    // 86. intersection-type bounds: the erasure is Number, the Comparable calls need casts after restore
    @Async
    static <T extends Number & Comparable<T>> Coroutine<String> intersection(T a, T b) {
        T x = await(v(a));
        T y = await(v(b));
        int c = x.compareTo(y);
        return done(c + ":" + (x.doubleValue() + y.doubleValue()));
    }

    @Async
    public static Coroutine<String> intersectionBounds(int a, long b) {
        return done(await(intersection(a, a + 1)) + "," + await(intersection(b, b - 1)) + ","
                + await(intersection(2.5, 2.5)));
    }

    public static String intersectionBoundsPlain(int a, long b) {
        return "-1:" + (double) (2 * a + 1) + ",1:" + (double) (2 * b - 1) + ",0:5.0";
    }

    // 87. inheritance: an @Async override calling super's @Async method of the same name (invokespecial)
    static class Base {
        final String name;

        Base(String name) {
            this.name = name;
        }

        @Async
        Coroutine<String> work(int x) {
            await(pause());
            return done(name + ":base" + x);
        }

        @Async
        Coroutine<String> run(int x) {
            return done("[" + await(work(x)) + "]");
        }
    }

    static class Derived extends Base {
        Derived(String name) {
            super(name);
        }

        @Async
        @Override
        Coroutine<String> work(int x) {
            String s = await(super.work(await(v(x + 1))));
            return done(s + ":derived");
        }
    }

    static final class MoreDerived extends Derived {
        MoreDerived() {
            super("md");
        }

        @Async
        @Override
        Coroutine<String> work(int x) {
            return done(await(super.work(x)) + ":more" + await(v(x)));
        }
    }

    @Async
    public static Coroutine<String> superCalls(int x) {
        return done(await(new Base("b").run(x)) + await(new Derived("d").run(x)) + await(new MoreDerived().run(x)));
    }

    public static String superCallsPlain(int x) {
        return "[b:base" + x + "]" + "[d:base" + (x + 1) + ":derived]" + "[md:base" + (x + 1) + ":derived:more" + x + "]";
    }

    // 88. assert with an await in its condition (runs only with -ea; the $assertionsDisabled check stays)
    @Async
    public static Coroutine<Integer> assertWithAwait(int x) {
        assert await(v(x)) >= 0 : "negative";
        return done(await(v(x)) * 3);
    }

    public static Integer assertWithAwaitPlain(int x) {
        assert x >= 0 : "negative";
        return x * 3;
    }

    // 90. javac itself stores uninitialised objects in locals (new B(switch { try ... })): the await sits
    // inside the try with `new B` held in a local, not on the stack
    static final class Bx {
        final String s;

        Bx(long l, double d, int x) {
            Knob.log("Bx " + x);
            s = "Bx(" + l + "," + d + "," + x + ")";
        }

        Bx(int x) {
            this(0L, 0.0, x);
        }

        Bx(String label, int x) {
            this(label.length(), label.length() / 2.0, x);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    @Async
    public static Coroutine<String> newWithSwitchTry(int k) {
        Bx b = new Bx(switch (k) {
            case 0 -> {
                try {
                    yield await(fail("x"));
                } catch (IllegalArgumentException e) {
                    yield await(v(-1));
                }
            }
            default -> await(v(k));
        });
        // (a long or double under the switch makes javac 17 and 25 crash: the label is a String)
        Bx w = new Bx("w" + await(v(5L)), switch (k) {
            case 1 -> {
                try {
                    yield await(v(10));
                } finally {
                    Knob.log("finally " + await(v(k)));
                }
            }
            default -> {
                try {
                    yield k * await(v(2));
                } catch (RuntimeException e) {
                    yield -2;
                }
            }
        });
        return done(b + " " + w);
    }

    public static String newWithSwitchTryPlain(int k) {
        Bx b = new Bx(switch (k) {
            case 0 -> {
                try {
                    yield V.<Integer>failPlain("x");
                } catch (IllegalArgumentException e) {
                    yield -1;
                }
            }
            default -> k;
        });
        Bx w = new Bx("w" + 5L, switch (k) {
            case 1 -> {
                try {
                    yield 10;
                } finally {
                    Knob.log("finally " + k);
                }
            }
            default -> {
                try {
                    yield k * 2;
                } catch (RuntimeException e) {
                    yield -2;
                }
            }
        });
        return b + " " + w;
    }

    // 91. instance @Async overloads of one name (their synthetic bodies share a descriptor), in a class and an interface
    public interface Speaker {
        @Async
        default Coroutine<String> say(int x) {
            return done("int" + await(v(x)));
        }

        @Async
        default Coroutine<String> say(String x) {
            return done("String" + await(v(x)));
        }

        @Async
        default Coroutine<String> say(long x, Object o) {
            await(pause());
            return done("long,Object" + x + o);
        }
    }

    static final class Talker implements Speaker {
        final String tag;

        Talker(String tag) {
            this.tag = tag;
        }

        @Async
        Coroutine<String> talk(int x) {
            return done(tag + "i" + await(say(x)));
        }

        @Async
        Coroutine<String> talk(String x) {
            return done(tag + "s" + await(say(x)));
        }

        @Async
        Coroutine<String> talk(double x) {
            return done(tag + "d" + await(v(x)));
        }

        @Async
        <T> Coroutine<T> talk(T x, int n) {
            await(pause());
            return done(x);
        }
    }

    @Async
    public static Coroutine<String> instanceOverloads(int x) {
        Talker t = new Talker("t");
        return done(await(t.talk(x)) + await(t.talk("s" + x)) + await(t.talk(x / 2.0)) + await(t.talk("gen", 1))
                + await(t.say((long) x, t.tag)));
    }

    public static String instanceOverloadsPlain(int x) {
        return "tiint" + x + "tsStrings" + x + "td" + (x / 2.0) + "gen" + "long,Object" + x + "t";
    }

    // 92. synchronized blocks without an await inside, right before and after awaits: must be accepted
    static final Object LOCK = new Object();
    static int guarded;

    @Async
    public static Coroutine<Integer> syncBlockWithoutAwait(int n) {
        guarded = 0;
        for (int i = 0; i < n; i++) {
            int got = await(v(i));
            synchronized (LOCK) {
                guarded += got;
                if (got == 3) {
                    continue;
                }
                Knob.log("in lock " + got);
            }
            await(pause());
        }
        synchronized (LOCK) {
            return done(guarded * 10);
        }
    }

    public static Integer syncBlockWithoutAwaitPlain(int n) {
        guarded = 0;
        for (int i = 0; i < n; i++) {
            int got = i;
            synchronized (LOCK) {
                guarded += got;
                if (got == 3) {
                    continue;
                }
                Knob.log("in lock " + got);
            }
        }
        return guarded * 10;
    }

    // 92b. a synchronized block (no await inside) within a try whose catch or finally awaits: the catch-any of the
    // synchronized block catches first, so the outer handlers never run with the monitor held
    @Async
    public static Coroutine<Integer> syncBlockThenAwaitInFinally(int x) {
        int r = 0;
        try {
            synchronized (LOCK) {
                r += x;
                if (x < 0) {
                    throw new IllegalArgumentException("neg");
                }
            }
        } catch (IllegalArgumentException e) {
            r = await(v(-1));
        } finally {
            r += await(v(100));
        }
        return done(r);
    }

    public static Integer syncBlockThenAwaitInFinallyPlain(int x) {
        int r = 0;
        try {
            synchronized (LOCK) {
                r += x;
                if (x < 0) {
                    throw new IllegalArgumentException("neg");
                }
            }
        } catch (IllegalArgumentException e) {
            r = -1;
        } finally {
            r += 100;
        }
        return r;
    }

    // 92c. return done(...) from inside a synchronized block: javac releases the monitor before the areturn
    @Async
    public static Coroutine<Integer> syncBlockReturn(int x) {
        await(pause());
        synchronized (LOCK) {
            guarded = x;
            if (x > 0) {
                return done(x * 2);
            }
        }
        return done(await(v(-x)));
    }

    public static Integer syncBlockReturnPlain(int x) {
        synchronized (LOCK) {
            guarded = x;
            if (x > 0) {
                return x * 2;
            }
        }
        return -x;
    }

    // 93. constructor calls with extra hidden arguments and awaits: an inner class (outer instance, null-checked
    // first), an anonymous subclass with an awaited super argument, a local class capturing locals
    final class InnerBox {
        final String v;

        InnerBox(String a, long b) {
            v = tagOf(this) + a + b;
        }
    }

    String tag = "outer";

    static String tagOf(InnerBox b) {
        return b == null ? "?" : "";
    }

    @Async
    public static Coroutine<String> hiddenCtorArgs(int x) {
        More outer = x > 0 ? new More() : null;
        String r;
        try {
            r = outer.new InnerBox(logArg("a" + await(v(x))), await(v((long) x))).v + outer.tag;
        } catch (NullPointerException e) {
            r = "npe";
        }
        final int captured = x * 3;
        Base anon = new Base("anon" + await(v(x))) {
            @Override
            Coroutine<String> work(int y) {
                return done(name + ":" + (y + captured));
            }
        };
        class Local {
            final long sum;

            Local(long a, int b) {
                sum = a + b + captured;
            }
        }
        Local l = new Local(await(v(10L)), await(v(x)));
        return done(r + "," + await(anon.run(await(v(1)))) + "," + l.sum);
    }

    static String logArg(String s) {
        Knob.log("arg " + s);
        return s;
    }

    public static String hiddenCtorArgsPlain(int x) {
        More outer = x > 0 ? new More() : null;
        String r;
        try {
            r = outer.new InnerBox(logArg("a" + x), (long) x).v + outer.tag;
        } catch (NullPointerException e) {
            r = "npe";
        }
        int captured = x * 3;
        return r + "," + "[anon" + x + ":" + (1 + captured) + "]" + "," + (10L + x + captured);
    }

    // 89. 255 parameter slots (127 longs and an int): the largest legal signature, stored into the frame
    @Async
    public static Coroutine<Long> maxParams(long p0, long p1, long p2, long p3, long p4, long p5, long p6, long p7, long p8, long p9, long p10, long p11, long p12, long p13, long p14, long p15, long p16, long p17, long p18, long p19, long p20, long p21, long p22, long p23, long p24, long p25, long p26, long p27, long p28, long p29, long p30, long p31, long p32, long p33, long p34, long p35, long p36, long p37, long p38, long p39, long p40, long p41, long p42, long p43, long p44, long p45, long p46, long p47, long p48, long p49, long p50, long p51, long p52, long p53, long p54, long p55, long p56, long p57, long p58, long p59, long p60, long p61, long p62, long p63, long p64, long p65, long p66, long p67, long p68, long p69, long p70, long p71, long p72, long p73, long p74, long p75, long p76, long p77, long p78, long p79, long p80, long p81, long p82, long p83, long p84, long p85, long p86, long p87, long p88, long p89, long p90, long p91, long p92, long p93, long p94, long p95, long p96, long p97, long p98, long p99, long p100, long p101, long p102, long p103, long p104, long p105, long p106, long p107, long p108, long p109, long p110, long p111, long p112, long p113, long p114, long p115, long p116, long p117, long p118, long p119, long p120, long p121, long p122, long p123, long p124, long p125, long p126, int last) {
        await(pause());
        long s = p0 * 1 + p1 * 2 + p2 * 3 + p3 * 4 + p4 * 5 + p5 * 6 + p6 * 7 + p7 * 1 + p8 * 2 + p9 * 3 + p10 * 4 + p11 * 5 + p12 * 6 + p13 * 7 + p14 * 1 + p15 * 2 + p16 * 3 + p17 * 4 + p18 * 5 + p19 * 6 + p20 * 7 + p21 * 1 + p22 * 2 + p23 * 3 + p24 * 4 + p25 * 5 + p26 * 6 + p27 * 7 + p28 * 1 + p29 * 2 + p30 * 3 + p31 * 4 + p32 * 5 + p33 * 6 + p34 * 7 + p35 * 1 + p36 * 2 + p37 * 3 + p38 * 4 + p39 * 5 + p40 * 6 + p41 * 7 + p42 * 1 + p43 * 2 + p44 * 3 + p45 * 4 + p46 * 5 + p47 * 6 + p48 * 7 + p49 * 1 + p50 * 2 + p51 * 3 + p52 * 4 + p53 * 5 + p54 * 6 + p55 * 7 + p56 * 1 + p57 * 2 + p58 * 3 + p59 * 4 + p60 * 5 + p61 * 6 + p62 * 7 + p63 * 1 + p64 * 2 + p65 * 3 + p66 * 4 + p67 * 5 + p68 * 6 + p69 * 7 + p70 * 1 + p71 * 2 + p72 * 3 + p73 * 4 + p74 * 5 + p75 * 6 + p76 * 7 + p77 * 1 + p78 * 2 + p79 * 3 + p80 * 4 + p81 * 5 + p82 * 6 + p83 * 7 + p84 * 1 + p85 * 2 + p86 * 3 + p87 * 4 + p88 * 5 + p89 * 6 + p90 * 7 + p91 * 1 + p92 * 2 + p93 * 3 + p94 * 4 + p95 * 5 + p96 * 6 + p97 * 7 + p98 * 1 + p99 * 2 + p100 * 3 + p101 * 4 + p102 * 5 + p103 * 6 + p104 * 7 + p105 * 1 + p106 * 2 + p107 * 3 + p108 * 4 + p109 * 5 + p110 * 6 + p111 * 7 + p112 * 1 + p113 * 2 + p114 * 3 + p115 * 4 + p116 * 5 + p117 * 6 + p118 * 7 + p119 * 1 + p120 * 2 + p121 * 3 + p122 * 4 + p123 * 5 + p124 * 6 + p125 * 7 + p126 * 1;
        return done(s + await(v((long) last)));
    }

    public static Long maxParamsPlain(long p0, long p1, long p2, long p3, long p4, long p5, long p6, long p7, long p8, long p9, long p10, long p11, long p12, long p13, long p14, long p15, long p16, long p17, long p18, long p19, long p20, long p21, long p22, long p23, long p24, long p25, long p26, long p27, long p28, long p29, long p30, long p31, long p32, long p33, long p34, long p35, long p36, long p37, long p38, long p39, long p40, long p41, long p42, long p43, long p44, long p45, long p46, long p47, long p48, long p49, long p50, long p51, long p52, long p53, long p54, long p55, long p56, long p57, long p58, long p59, long p60, long p61, long p62, long p63, long p64, long p65, long p66, long p67, long p68, long p69, long p70, long p71, long p72, long p73, long p74, long p75, long p76, long p77, long p78, long p79, long p80, long p81, long p82, long p83, long p84, long p85, long p86, long p87, long p88, long p89, long p90, long p91, long p92, long p93, long p94, long p95, long p96, long p97, long p98, long p99, long p100, long p101, long p102, long p103, long p104, long p105, long p106, long p107, long p108, long p109, long p110, long p111, long p112, long p113, long p114, long p115, long p116, long p117, long p118, long p119, long p120, long p121, long p122, long p123, long p124, long p125, long p126, int last) {
        long s = p0 * 1 + p1 * 2 + p2 * 3 + p3 * 4 + p4 * 5 + p5 * 6 + p6 * 7 + p7 * 1 + p8 * 2 + p9 * 3 + p10 * 4 + p11 * 5 + p12 * 6 + p13 * 7 + p14 * 1 + p15 * 2 + p16 * 3 + p17 * 4 + p18 * 5 + p19 * 6 + p20 * 7 + p21 * 1 + p22 * 2 + p23 * 3 + p24 * 4 + p25 * 5 + p26 * 6 + p27 * 7 + p28 * 1 + p29 * 2 + p30 * 3 + p31 * 4 + p32 * 5 + p33 * 6 + p34 * 7 + p35 * 1 + p36 * 2 + p37 * 3 + p38 * 4 + p39 * 5 + p40 * 6 + p41 * 7 + p42 * 1 + p43 * 2 + p44 * 3 + p45 * 4 + p46 * 5 + p47 * 6 + p48 * 7 + p49 * 1 + p50 * 2 + p51 * 3 + p52 * 4 + p53 * 5 + p54 * 6 + p55 * 7 + p56 * 1 + p57 * 2 + p58 * 3 + p59 * 4 + p60 * 5 + p61 * 6 + p62 * 7 + p63 * 1 + p64 * 2 + p65 * 3 + p66 * 4 + p67 * 5 + p68 * 6 + p69 * 7 + p70 * 1 + p71 * 2 + p72 * 3 + p73 * 4 + p74 * 5 + p75 * 6 + p76 * 7 + p77 * 1 + p78 * 2 + p79 * 3 + p80 * 4 + p81 * 5 + p82 * 6 + p83 * 7 + p84 * 1 + p85 * 2 + p86 * 3 + p87 * 4 + p88 * 5 + p89 * 6 + p90 * 7 + p91 * 1 + p92 * 2 + p93 * 3 + p94 * 4 + p95 * 5 + p96 * 6 + p97 * 7 + p98 * 1 + p99 * 2 + p100 * 3 + p101 * 4 + p102 * 5 + p103 * 6 + p104 * 7 + p105 * 1 + p106 * 2 + p107 * 3 + p108 * 4 + p109 * 5 + p110 * 6 + p111 * 7 + p112 * 1 + p113 * 2 + p114 * 3 + p115 * 4 + p116 * 5 + p117 * 6 + p118 * 7 + p119 * 1 + p120 * 2 + p121 * 3 + p122 * 4 + p123 * 5 + p124 * 6 + p125 * 7 + p126 * 1;
        return s + (long) last;
    }
}

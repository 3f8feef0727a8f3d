package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Awaitable;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;
import java.util.ArrayList;
import java.util.List;

/** @Async methods in every kind of class and method shape. Static entry points drive them. */
public final class Shapes {
    private final String tag;
    private int calls;
    private static String secret = "s3cret";

    public Shapes(String tag) {
        this.tag = tag;
    }

    // 63. instance method using fields and this across awaits
    @Async
    public Coroutine<String> instanceMethod(int x) {
        calls++;
        String a = tag + await(v(x));
        calls += await(v(10));
        return done(a + ":" + this.calls + ":" + this.tag.length());
    }

    @Async
    public static Coroutine<String> instance(String tag, int x) {
        Shapes s = new Shapes(tag);
        String a = await(s.instanceMethod(x));
        String b = await(s.instanceMethod(x + 1));
        return done(a + "|" + b);
    }

    public static String instancePlain(String tag, int x) {
        return tag + x + ":11:" + tag.length() + "|" + tag + (x + 1) + ":22:" + tag.length();
    }

    // 64. generic methods with bounded type variables
    @Async
    public static <T extends Comparable<T>> Coroutine<T> max(List<T> xs) {
        T best = null;
        for (T x : xs) {
            T y = await(v(x));
            if (best == null || y.compareTo(best) > 0) {
                best = y;
            }
        }
        return done(best);
    }

    @Async
    public static Coroutine<String> generics(int n) {
        List<Integer> ints = new ArrayList<>();
        List<String> strs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ints.add((i * 7) % n);
            strs.add("s" + (i * 3) % n);
        }
        Integer mi = await(max(ints));
        String ms = await(Shapes.<String>max(strs));
        Box<Double> box = new Box<>(await(v(2.5)));
        return done(mi + ms + await(box.mapped(d -> d * 2)));
    }

    public static String genericsPlain(int n) {
        List<Integer> ints = new ArrayList<>();
        List<String> strs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ints.add((i * 7) % n);
            strs.add("s" + (i * 3) % n);
        }
        return java.util.Collections.max(ints) + java.util.Collections.max(strs) + (2.5 * 2);
    }

    static final class Box<T> {
        final T value;

        Box(T value) {
            this.value = value;
        }

        @Async
        <R> Coroutine<R> mapped(java.util.function.Function<T, R> fn) {
            T v = await(v(value));
            return done(fn.apply(v));
        }
    }

    // 65. bridge methods: a generic interface implemented with a concrete type (javac emits a bridge)
    public interface Fn<A> {
        Coroutine<String> apply(A a);
    }

    static final class Len implements Fn<String> {
        @Async
        @Override
        public Coroutine<String> apply(String s) {
            return done("len" + await(v(s.length())));
        }
    }

    // 66. covariant returns: an @Async override narrowing Object and Awaitable return types (bridges again)
    abstract static class Maker {
        abstract Object make(int x);

        abstract Awaitable<Integer> job(int x);
    }

    static final class CoMaker extends Maker {
        @Async
        @Override
        Coroutine<String> make(int x) {
            return done("made" + await(v(x)));
        }

        @Async
        @Override
        Coroutine<Integer> job(int x) {
            await(pause());
            return done(x * 3);
        }
    }

    @Async
    @SuppressWarnings("unchecked")
    public static Coroutine<String> bridges(String s, int x) {
        Fn<String> f = new Len();
        @SuppressWarnings("rawtypes")
        Fn raw = f;
        String a = await(f.apply(s));
        String b = await((Coroutine<String>) raw.apply(s + s));
        Maker m = new CoMaker();
        String c = await((Coroutine<String>) m.make(x));
        int d = await(m.job(x));
        String e = await(new CoMaker().make(x + 1));
        return done(a + b + c + d + e);
    }

    public static String bridgesPlain(String s, int x) {
        return "len" + s.length() + "len" + (2 * s.length()) + "made" + x + (x * 3) + "made" + (x + 1);
    }

    // 67. interface default, static and private @Async methods
    public interface Greeter {
        String name();

        @Async
        default Coroutine<String> greet(int times) {
            String r = "";
            for (int i = 0; i < times; i++) {
                r += await(prefix()) + name() + await(v(i));
            }
            return done(r + await(helper(times)));
        }

        @Async
        private Coroutine<String> prefix() {
            await(pause());
            return done("hi ");
        }

        @Async
        static Coroutine<String> helper(int t) {
            return done("!" + await(v(t)));
        }
    }

    @Async
    public static Coroutine<String> interfaceMethods(String name, int times) {
        Greeter g = () -> name;
        return done(await(g.greet(times)) + await(Greeter.helper(times + 1)));
    }

    public static String interfaceMethodsPlain(String name, int times) {
        String r = "";
        for (int i = 0; i < times; i++) {
            r += "hi " + name + i;
        }
        return r + "!" + times + "!" + (times + 1);
    }

    // 68. inner (non-static) class: reads and writes the outer instance's fields; nestmate private access
    final class Inner {
        private int hits;

        @Async
        Coroutine<String> work(int x) {
            hits += await(v(x));
            calls += await(v(100));
            return done(tag + "/" + secret + "/" + secretMethod(x) + "/" + hits + "/" + calls);
        }
    }

    private static String secretMethod(int x) {
        return "m" + x;
    }

    @Async
    public static Coroutine<String> innerClass(String tag, int x) {
        Shapes outer = new Shapes(tag);
        Shapes.Inner in = outer.new Inner();
        String a = await(in.work(x));
        String b = await(in.work(x));
        return done(a + "|" + b + "|" + in.hits);
    }

    public static String innerClassPlain(String tag, int x) {
        return tag + "/s3cret/m" + x + "/" + x + "/100|" + tag + "/s3cret/m" + x + "/" + (2 * x) + "/200|" + (2 * x);
    }

    // 69. static nested class calling back into the outer class's private @Async method
    static final class Nested {
        @Async
        static Coroutine<Integer> compute(int x) {
            return done(await(outerPrivate(x)) + await(v(1)));
        }
    }

    @Async
    private static Coroutine<Integer> outerPrivate(int x) {
        await(pause());
        return done(x * x);
    }

    @Async
    public static Coroutine<Integer> nestedClass(int x) {
        return Nested.compute(x);
    }

    public static Integer nestedClassPlain(int x) {
        return x * x + 1;
    }

    // 70. local and anonymous classes with @Async methods, capturing locals
    interface Step {
        Coroutine<Integer> step(int x);
    }

    @Async
    public static Coroutine<Integer> localAndAnonymous(int base) {
        final int captured = base * 2;
        class Local implements Step {
            @Async
            public Coroutine<Integer> step(int x) {
                return done(await(v(x)) + captured);
            }
        }
        Step anon = new Step() {
            int count;

            @Async
            @Override
            public Coroutine<Integer> step(int x) {
                count++;
                await(pause());
                return done(x * captured + count);
            }
        };
        int a = await(new Local().step(base));
        int b = await(anon.step(a));
        int c = await(anon.step(b));
        return done(a + b + c);
    }

    public static Integer localAndAnonymousPlain(int base) {
        int captured = base * 2;
        int a = base + captured;
        int b = a * captured + 1;
        int c = b * captured + 2;
        return a + b + c;
    }

    // 71. enum methods: a regular @Async method and constant-specific bodies
    public enum Op {
        ADD {
            @Async
            @Override
            public Coroutine<Long> apply(long a, long b) {
                return done(a + await(v(b)));
            }
        },
        MUL {
            @Async
            @Override
            public Coroutine<Long> apply(long a, long b) {
                await(pause());
                return done(a * b);
            }
        };

        public abstract Coroutine<Long> apply(long a, long b);

        @Async
        public Coroutine<String> describe(long a, long b) {
            return done(name() + ordinal() + "=" + await(apply(a, b)));
        }
    }

    @Async
    public static Coroutine<String> enumMethods(long a, long b) {
        String r = "";
        for (Op op : Op.values()) {
            r += await(op.describe(a, b)) + ";";
        }
        return done(r);
    }

    public static String enumMethodsPlain(long a, long b) {
        return "ADD0=" + (a + b) + ";MUL1=" + (a * b) + ";";
    }

    // 72. record methods: instance and static @Async methods on a record
    public record Point(int x, long y) {
        public Point {
            if (x < 0) {
                throw new IllegalArgumentException("x < 0");
            }
        }

        @Async
        public Coroutine<Point> moved(int dx, long dy) {
            return done(new Point(x + await(v(dx)), await(v(y)) + dy));
        }

        @Async
        static Coroutine<Point> origin() {
            await(pause());
            return done(new Point(0, 0L));
        }
    }

    @Async
    public static Coroutine<String> recordMethods(int dx, long dy) {
        Point p = await(Point.origin());
        Point q = await(await(p.moved(dx, dy)).moved(dx, dy));
        return done(p + " " + q + " " + q.equals(new Point(2 * dx, 2 * dy)));
    }

    public static String recordMethodsPlain(int dx, long dy) {
        return "Point[x=0, y=0] Point[x=" + (2 * dx) + ", y=" + (2 * dy) + "] true";
    }

    // 73. overloaded @Async methods sharing one name (their synthetic bodies must not collide)
    @Async
    public static Coroutine<String> ov(int x) {
        return done("int" + await(v(x)));
    }

    @Async
    public static Coroutine<String> ov(long x) {
        await(pause());
        return done("long" + x);
    }

    @Async
    public static Coroutine<String> ov(String x) {
        return done("String" + await(v(x)));
    }

    @Async
    public static Coroutine<String> ov(int x, int y) {
        return done("int,int" + await(v(x + y)));
    }

    @Async
    public Coroutine<String> ov(Object o) {
        return done("Object" + await(v(o)) + tag);
    }

    @Async
    public static Coroutine<String> overloads(int x) {
        return done(await(ov(x)) + await(ov((long) x)) + await(ov("s" + x)) + await(ov(x, 1))
                + await(new Shapes("t").ov((Object) x)));
    }

    public static String ovPlain(int x) {
        return "int" + x;
    }

    public static String ovPlain(long x) {
        return "long" + x;
    }

    public static String ovPlain(String x) {
        return "String" + x;
    }

    public static String ovPlain(int x, int y) {
        return "int,int" + (x + y);
    }

    public static String overloadsPlain(int x) {
        return "int" + x + "long" + x + "Strings" + x + "int,int" + (x + 1) + "Object" + x + "t";
    }

    // 74. varargs @Async methods
    @Async
    public static Coroutine<Integer> sum(int... xs) {
        int s = 0;
        for (int x : xs) {
            s += await(v(x));
        }
        return done(s);
    }

    @Async
    public static Coroutine<String> join(String sep, Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (sb.length() > 0) {
                sb.append(await(v(sep)));
            }
            sb.append(p);
        }
        return done(sb.toString());
    }

    @Async
    public static Coroutine<String> varargs(int a, int b) {
        int s0 = await(sum());
        int s3 = await(sum(a, b, await(v(a * b))));
        String j = await(join("-", "x", a, await(v(b)), null));
        return done(s0 + "," + s3 + "," + j + "," + await(join("+")));
    }

    public static String varargsPlain(int a, int b) {
        return 0 + "," + (a + b + a * b) + "," + "x-" + a + "-" + b + "-null" + "," + "";
    }

    // 75. reflection and method handles on an instrumented class: invoke the @Async method both ways
    @Async
    public static Coroutine<String> reflective(int x) throws Throwable {
        java.lang.reflect.Method m = Shapes.class.getMethod("ov", int.class);
        @SuppressWarnings("unchecked")
        Coroutine<String> c1 = (Coroutine<String>) m.invoke(null, x);
        java.lang.invoke.MethodHandle h = java.lang.invoke.MethodHandles.lookup().findStatic(Shapes.class, "ov",
                java.lang.invoke.MethodType.methodType(Coroutine.class, String.class));
        @SuppressWarnings("unchecked")
        Coroutine<String> c2 = (Coroutine<String>) h.invoke("h" + x);
        return done(await(c1) + await(c2));
    }

    public static String reflectivePlain(int x) {
        return "int" + x + "Stringh" + x;
    }

    // 76. @Async methods with a synchronized-free static initialiser and a field initialised by a lambda
    static final java.util.function.IntUnaryOperator SQUARE = i -> i * i;
    static final int[] TABLE;

    static {
        TABLE = new int[5];
        for (int i = 0; i < TABLE.length; i++) {
            TABLE[i] = SQUARE.applyAsInt(i);
        }
    }

    @Async
    public static Coroutine<Integer> staticState(int i) {
        return done(TABLE[await(v(i))] + SQUARE.applyAsInt(await(v(i + 1))));
    }

    public static Integer staticStatePlain(int i) {
        return TABLE[i] + SQUARE.applyAsInt(i + 1);
    }

    // 77. static initialiser order: new T(await(x)) must initialise T before evaluating the arguments
    public static final class InitLater {
        static {
            Knob.log("clinit InitLater");
        }

        final int v;

        InitLater(int v) {
            this.v = v;
        }
    }

    @Async
    public static Coroutine<Integer> initOrder(int x) {
        InitLater o = new InitLater(logArg(await(v(x))));
        return done(o.v);
    }

    public static Integer initOrderPlain(int x) {
        InitLater o = new InitLater(logArg(x));
        return o.v;
    }

    static int logArg(int x) {
        Knob.log("arg " + x);
        return x;
    }

    // 78. new T(await(x)) where T's static initialiser fails: the error comes before the arguments are evaluated
    public static final class InitFails {
        static final int X = boom();

        static int boom() {
            Knob.log("clinit InitFails");
            throw new IllegalStateException("init fails");
        }

        InitFails(int v) {
        }
    }

    @Async
    public static Coroutine<String> initFails(int x) {
        await(pause());
        Object o = new InitFails(logArg(await(v(x))));
        return done("constructed " + o);
    }

    public static String initFailsPlain(int x) {
        Object o = new InitFails(logArg(x));
        return "constructed " + o;
    }
}

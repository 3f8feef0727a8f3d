package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;
import java.util.Arrays;

/** Awaits with values on the operand stack, of every type; each @Async method has a plain twin xPlain. */
public final class StackShapes {
    private StackShapes() {}

    static int f(int a, int b, int c) {
        return a * 100 + b * 10 + c;
    }

    static String g(long a, String b, double c, int d) {
        return a + "/" + b + "/" + c + "/" + d;
    }

    // 1. an awaitable that is already complete: done(x), no suspension at all
    @Async
    public static Coroutine<Integer> alreadyComplete(int x) {
        int a = await(done(x));
        int b = await(done(a + 1));
        return done(a * b + await(v(x)));
    }

    public static Integer alreadyCompletePlain(int x) {
        int a = x;
        int b = a + 1;
        return a * b + x;
    }

    // 2. f(a, await(x), b): two ints under the await
    @Async
    public static Coroutine<Integer> callArgs(int a, int b, int c) {
        return done(f(a, await(v(b)), c) + f(await(v(a)), b, await(v(c))));
    }

    public static Integer callArgsPlain(int a, int b, int c) {
        return f(a, b, c) + f(a, b, c);
    }

    // 3. 1 + await(x) * 3
    @Async
    public static Coroutine<Integer> arithmetic(int x) {
        return done(1 + await(v(x)) * 3 - (x - await(v(x + 2))) / 2);
    }

    public static Integer arithmeticPlain(int x) {
        return 1 + x * 3 - (x - (x + 2)) / 2;
    }

    // 4. arr[i] = await(x): array ref and index on the stack
    @Async
    public static Coroutine<String> arrayStore(int n) {
        int[] arr = new int[n];
        long[] longs = new long[n];
        String[] strs = new String[n];
        for (int i = 0; i < n; i++) {
            arr[i] = await(v(i * i));
            longs[n - 1 - i] = await(v((long) i << 33));
            strs[i] = "s" + await(v(i));
        }
        return done(Arrays.toString(arr) + Arrays.toString(longs) + Arrays.toString(strs));
    }

    public static String arrayStorePlain(int n) {
        int[] arr = new int[n];
        long[] longs = new long[n];
        String[] strs = new String[n];
        for (int i = 0; i < n; i++) {
            arr[i] = i * i;
            longs[n - 1 - i] = (long) i << 33;
            strs[i] = "s" + i;
        }
        return Arrays.toString(arr) + Arrays.toString(longs) + Arrays.toString(strs);
    }

    // 5. long and double on the stack at the await, mixed with ints, and a long-typed call
    @Async
    public static Coroutine<String> longsAndDoubles(long l0, double d0, int i0) {
        double r = d0 + (l0 + await(v(l0 * 3))) * i0 + await(v(d0 / 4));
        long m = l0 * await(v(Long.MAX_VALUE / 7)) ^ await(v(-1L));
        String s = g(l0 - await(v(5L)), "x" + await(v(i0)), d0 * await(v(2.5)), i0 + await(v(1)));
        return done(r + "|" + m + "|" + s);
    }

    public static String longsAndDoublesPlain(long l0, double d0, int i0) {
        double r = d0 + (l0 + l0 * 3) * i0 + d0 / 4;
        long m = l0 * (Long.MAX_VALUE / 7) ^ -1L;
        String s = g(l0 - 5L, "x" + i0, d0 * 2.5, i0 + 1);
        return r + "|" + m + "|" + s;
    }

    // 6. floats
    @Async
    public static Coroutine<Float> floats(float f0, float f1) {
        float a = f0 * await(v(1.5f)) + f1;
        float b = await(v(Float.MIN_VALUE)) + a / await(v(-0.0f));
        return done(a - (Float.isInfinite(b) ? 1f : b) + await(v(Float.NaN)) * 0f);
    }

    public static Float floatsPlain(float f0, float f1) {
        float a = f0 * 1.5f + f1;
        float b = Float.MIN_VALUE + a / -0.0f;
        return a - (Float.isInfinite(b) ? 1f : b) + Float.NaN * 0f;
    }

    // 7. booleans on the stack and as values
    @Async
    public static Coroutine<String> booleans(boolean b0, boolean b1) {
        boolean x = b0 & await(v(true)) | (b1 ^ await(v(b0)));
        boolean y = !await(v(x));
        boolean[] arr = {await(v(b1)), y, await(v(!b1))};
        return done(x + "," + y + "," + Arrays.toString(arr));
    }

    public static String booleansPlain(boolean b0, boolean b1) {
        boolean x = b0 & true | (b1 ^ b0);
        boolean y = !x;
        boolean[] arr = {b1, y, !b1};
        return x + "," + y + "," + Arrays.toString(arr);
    }

    // 8. chars
    @Async
    public static Coroutine<String> chars(char c0) {
        char c = await(v('x'));
        int sum = c0 + await(v('a'));
        char up = Character.toUpperCase(await(v(c0)));
        StringBuilder sb = new StringBuilder();
        sb.append(c).append(await(v((char) (c0 + 1)))).append(sum).append(up);
        return done(sb.toString());
    }

    public static String charsPlain(char c0) {
        char c = 'x';
        int sum = c0 + 'a';
        char up = Character.toUpperCase(c0);
        StringBuilder sb = new StringBuilder();
        sb.append(c).append((char) (c0 + 1)).append(sum).append(up);
        return sb.toString();
    }

    // 9. bytes and shorts, with narrowing on the stack
    @Async
    public static Coroutine<String> bytesAndShorts(byte b0, short s0) {
        byte b = (byte) (b0 + await(v((byte) 100)));
        short s = (short) (s0 * await(v((short) 300)));
        byte[] bs = {b, await(v((byte) -128)), (byte) (b + await(v((byte) 1)))};
        short[] ss = {s, await(v(Short.MIN_VALUE))};
        int mixed = b * s + await(v((byte) 7)) * await(v((short) -7));
        return done(b + "," + s + "," + Arrays.toString(bs) + Arrays.toString(ss) + mixed);
    }

    public static String bytesAndShortsPlain(byte b0, short s0) {
        byte b = (byte) (b0 + (byte) 100);
        short s = (short) (s0 * (short) 300);
        byte[] bs = {b, (byte) -128, (byte) (b + (byte) 1)};
        short[] ss = {s, Short.MIN_VALUE};
        int mixed = b * s + (byte) 7 * (short) -7;
        return b + "," + s + "," + Arrays.toString(bs) + Arrays.toString(ss) + mixed;
    }

    // 10. arrays as awaited values, indexed straight off the await
    @Async
    public static Coroutine<String> awaitedArrays(int k) {
        int[] a = await(v(new int[] {k, k + 1, k + 2}));
        long[][] grid = await(v(new long[][] {{1L, 2L}, {3L, (long) k}}));
        String[] names = await(v(new String[] {"a", "b"}));
        double d = await(v(new double[] {0.5, 1.5}))[1];
        a[await(v(0))] += await(v(new int[] {10}))[0];
        return done(Arrays.toString(a) + Arrays.deepToString(grid) + Arrays.toString(names) + d);
    }

    public static String awaitedArraysPlain(int k) {
        int[] a = {k, k + 1, k + 2};
        long[][] grid = {{1L, 2L}, {3L, (long) k}};
        String[] names = {"a", "b"};
        double d = new double[] {0.5, 1.5}[1];
        a[0] += new int[] {10}[0];
        return Arrays.toString(a) + Arrays.deepToString(grid) + Arrays.toString(names) + d;
    }

    // 11. array initialiser with awaits: the new array on the stack
    @Async
    public static Coroutine<String> arrayInitialiser(int x) {
        int[] a = {await(v(x)), 2, await(v(x * 2)), x};
        Object[] o = {"s", await(v(x)), new int[] {await(v(9))}, await(v(3.5))};
        return done(Arrays.toString(a) + Arrays.deepToString(o));
    }

    public static String arrayInitialiserPlain(int x) {
        int[] a = {x, 2, x * 2, x};
        Object[] o = {"s", x, new int[] {9}, 3.5};
        return Arrays.toString(a) + Arrays.deepToString(o);
    }

    // 12. new Pair(await(a), await(b)): uninitialised object on the stack
    @Async
    public static Coroutine<String> newPair(String a, int b) {
        Pair p = new Pair(await(v(a)), await(v(b)));
        Pair q = new Pair("k", new Pair(await(v(a + a)), b));
        return done(p + ";" + q);
    }

    public static String newPairPlain(String a, int b) {
        Pair p = new Pair(a, b);
        Pair q = new Pair("k", new Pair(a + a, b));
        return p + ";" + q;
    }

    // 13. new A(new B(await(x)), y): nested uninitialised objects
    @Async
    public static Coroutine<String> nestedNew(int x, String y) {
        A a = new A(new B(await(v(x))), y);
        A b = new A(new B(x + 1), await(v(y + "!")));
        A c = new A(new B(new B(await(v(x * 2))).n + await(v(1))), new A(new B(x), await(v(y))).toString());
        return done(a + ";" + b + ";" + c);
    }

    public static String nestedNewPlain(int x, String y) {
        A a = new A(new B(x), y);
        A b = new A(new B(x + 1), y + "!");
        A c = new A(new B(new B(x * 2).n + 1), new A(new B(x), y).toString());
        return a + ";" + b + ";" + c;
    }

    // 14. a ternary inside constructor arguments, with awaits on either side
    @Async
    public static Coroutine<String> newWithTernary(boolean c1, boolean c2, int x, String s) {
        A a = new A(new B(c1 ? await(v(x)) : -1), c2 ? await(v(s)) : "none");
        A b = new A(c1 ? new B(await(v(x + 1))) : new B(await(v(x - 1))), await(v(c2)) ? s : await(v("else")));
        return done(a + ";" + b);
    }

    public static String newWithTernaryPlain(boolean c1, boolean c2, int x, String s) {
        A a = new A(new B(c1 ? x : -1), c2 ? s : "none");
        A b = new A(c1 ? new B(x + 1) : new B(x - 1), c2 ? s : "else");
        return a + ";" + b;
    }

    // 15. constructor of a JDK class, then a call chain with awaits in the arguments
    @Async
    public static Coroutine<String> jdkConstructorChain(int x) {
        String s = new StringBuilder(await(v("a"))).append(await(v(x))).append('-').append(await(v(2L)))
                .insert(0, new String(new char[] {await(v('q'))})).toString();
        java.util.List<Integer> list = new java.util.ArrayList<>(java.util.List.of(await(v(x)), 2));
        return done(s + list);
    }

    public static String jdkConstructorChainPlain(int x) {
        String s = new StringBuilder("a").append(x).append('-').append(2L)
                .insert(0, new String(new char[] {'q'})).toString();
        java.util.List<Integer> list = new java.util.ArrayList<>(java.util.List.of(x, 2));
        return s + list;
    }

    // 16. indy string concatenation with awaits between the parts, of every type
    @Async
    public static Coroutine<String> stringConcat(String a, long l, double d, char c) {
        Object nul = null;
        String s = a + l + await(v(d)) + c + await(v("mid")) + (l + 1) + await(v(true)) + nul + await(v('z'))
                + await(v((byte) 3)) + await(v(1.25f));
        return done(s);
    }

    public static String stringConcatPlain(String a, long l, double d, char c) {
        Object nul = null;
        String s = a + l + d + c + "mid" + (l + 1) + true + nul + 'z' + (byte) 3 + 1.25f;
        return s;
    }

    // 17. an await whose argument awaits
    @Async
    public static Coroutine<Integer> nestedAwait(int x) {
        return done(await(v(await(v(x)) + await(v(await(v(x)) * 2)))) + 1);
    }

    public static Integer nestedAwaitPlain(int x) {
        return x + x * 2 + 1;
    }

    // 18. receivers and method chains on the stack around awaits
    @Async
    public static Coroutine<String> receivers(String s) {
        StringBuilder sb = new StringBuilder(s);
        sb.append(await(v(1))).append(await(v("x")).length()).reverse().append(await(v(s)).substring(await(v(1))));
        int len = await(v(sb)).length() + sb.append(await(v(2.0))).length();
        return done(sb + "#" + len);
    }

    public static String receiversPlain(String s) {
        StringBuilder sb = new StringBuilder(s);
        sb.append(1).append("x".length()).reverse().append(s.substring(1));
        int len = sb.length() + sb.append(2.0).length();
        return sb + "#" + len;
    }

    // 19. compound assignments with awaits: field, static field, array element (dup_x forms)
    static long counter;
    long field;

    @Async
    public static Coroutine<String> compoundAssign(int x) {
        counter = 5;
        StackShapes o = new StackShapes();
        o.field = 7;
        long[] arr = {1, 2, 3};
        counter += await(v((long) x));
        o.field *= await(v(3L));
        arr[x % 3] -= await(v(10L));
        long pre = ++arr[await(v(0))];
        long post = o.field++ + await(v(0L));
        return done(counter + "," + o.field + "," + Arrays.toString(arr) + "," + pre + "," + post);
    }

    public static String compoundAssignPlain(int x) {
        counter = 5;
        StackShapes o = new StackShapes();
        o.field = 7;
        long[] arr = {1, 2, 3};
        counter += (long) x;
        o.field *= 3L;
        arr[x % 3] -= 10L;
        long pre = ++arr[0];
        long post = o.field++ + 0L;
        return counter + "," + o.field + "," + Arrays.toString(arr) + "," + pre + "," + post;
    }

    // 20. side effects before an await run exactly once, even when it suspends
    @Async
    public static Coroutine<Integer> sideEffectsOnce(int x) {
        Knob.log("start");
        int a = bump("a") + await(v(x));
        Knob.log("middle " + a);
        int b = f(bump("b"), await(v(bump("c"))), bump("d"));
        Knob.log("end " + b);
        return done(a + b);
    }

    public static Integer sideEffectsOncePlain(int x) {
        Knob.log("start");
        int a = bump("a") + x;
        Knob.log("middle " + a);
        int b = f(bump("b"), bump("c"), bump("d"));
        Knob.log("end " + b);
        return a + b;
    }

    static int bump(String s) {
        Knob.log("bump " + s);
        return s.charAt(0) - 'a' + 1;
    }

    // 21. Coroutine<Void> with done(), and yieldNow() awaited directly
    @Async
    public static Coroutine<Void> voidResult(int n) {
        for (int i = 0; i < n; i++) {
            Knob.log("tick " + i);
            await(pause());
            await(yieldNow());
        }
        return done();
    }

    public static Void voidResultPlain(int n) {
        for (int i = 0; i < n; i++) {
            Knob.log("tick " + i);
        }
        return null;
    }

    // 22. multi-dimensional arrays with awaited dimensions (multianewarray) and awaited casts/instanceof
    @Async
    public static Coroutine<String> multiArrayAndCasts(int a, int b) {
        long[][] grid = new long[await(v(a))][await(v(b))];
        grid[a - 1][await(v(b - 1))] = await(v(42L));
        int[][][] cube = new int[a][await(v(b))][];
        Object o = await(v((Object) "str"));
        String s = (String) await(v(o));
        boolean isStr = await(v(o)) instanceof String;
        Number n = (Number) await(v((Object) 3.5));
        return done(grid.length + "x" + grid[0].length + "=" + grid[a - 1][b - 1] + "," + cube[a - 1].length + ","
                + s + isStr + n.intValue());
    }

    public static String multiArrayAndCastsPlain(int a, int b) {
        long[][] grid = new long[a][b];
        grid[a - 1][b - 1] = 42L;
        int[][][] cube = new int[a][b][];
        Object o = "str";
        String s = (String) o;
        boolean isStr = o instanceof String;
        Number n = (Number) (Object) 3.5;
        return grid.length + "x" + grid[0].length + "=" + grid[a - 1][b - 1] + "," + cube[a - 1].length + ","
                + s + isStr + n.intValue();
    }

    // 23. chained assignment (dup of the awaited value) and post-increments in await arguments
    @Async
    public static Coroutine<String> chainedAndIncrements(int start) {
        int i = start;
        int a, b;
        long[] arr = new long[2];
        a = b = await(v(i++)) + await(v(i++));
        arr[0] = arr[1] = await(v((long) ++i));
        long c = i-- * await(v(2L)) + i;
        return done(a + "," + b + "," + arr[0] + arr[1] + "," + c + "," + i);
    }

    public static String chainedAndIncrementsPlain(int start) {
        int i = start;
        int a, b;
        long[] arr = new long[2];
        a = b = i++ + i++;
        arr[0] = arr[1] = (long) ++i;
        long c = i-- * 2L + i;
        return a + "," + b + "," + arr[0] + arr[1] + "," + c + "," + i;
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
            return "(" + a + ", " + b + ")";
        }
    }

    static final class B {
        final int n;

        B(int n) {
            this.n = n;
        }

        @Override
        public String toString() {
            return "B" + n;
        }
    }

    static final class A {
        final B b;
        final String y;

        A(B b, String y) {
            Knob.log("new A " + y);
            this.b = b;
            this.y = y;
        }

        @Override
        public String toString() {
            return "A(" + b + "," + y + ")";
        }
    }
}

package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/** Locals across awaits: slot reuse, nulls, merges, dead and unassigned ones, modified arguments. */
public final class Locals {
    private Locals() {}

    // 22. one slot holds an int, then a String, then a double, then a long, each live across an await
    @Async
    public static Coroutine<String> slotReuse(int x) {
        StringBuilder out = new StringBuilder();
        {
            int i = x * 3;
            await(pause());
            out.append(i).append(',');
        }
        {
            String s = "s" + x;
            await(pause());
            out.append(s).append(',');
        }
        {
            double d = x / 4.0;
            await(pause());
            out.append(d).append(',');
        }
        {
            long l = (long) x << 40;
            int j = await(v(x));
            out.append(l + j).append(',');
        }
        {
            Object o = out.length();
            float f = await(v(0.5f));
            out.append(o).append(f);
        }
        return done(out.toString());
    }

    public static String slotReusePlain(int x) {
        StringBuilder out = new StringBuilder();
        {
            int i = x * 3;
            out.append(i).append(',');
        }
        {
            String s = "s" + x;
            out.append(s).append(',');
        }
        {
            double d = x / 4.0;
            out.append(d).append(',');
        }
        {
            long l = (long) x << 40;
            int j = x;
            out.append(l + j).append(',');
        }
        {
            Object o = out.length();
            float f = 0.5f;
            out.append(o).append(f);
        }
        return out.toString();
    }

    // 23. null-typed locals live across awaits, then reused as other types (ea-async#6)
    @Async
    public static Coroutine<String> nullLocals(boolean fill) {
        String s = null;
        Object o = null;
        int[] arr = null;
        await(pause());
        String r = "" + (s == null) + (o == null) + (arr == null);
        if (fill) {
            s = await(v("filled"));
            arr = new int[] {1};
        }
        o = await(v(3));
        Object n = null;
        n = await(v(n));
        return done(r + s + o + (arr == null ? "-" : arr.length) + n);
    }

    public static String nullLocalsPlain(boolean fill) {
        String s = null;
        Object o = null;
        int[] arr = null;
        String r = "" + (s == null) + (o == null) + (arr == null);
        if (fill) {
            s = "filled";
            arr = new int[] {1};
        }
        o = 3;
        Object n = null;
        n = n;
        return r + s + o + (arr == null ? "-" : arr.length) + n;
    }

    // 24. a null local reused as a number after the await
    @Async
    public static Coroutine<Long> nullThenNumber(int x) {
        Object o = null;
        await(pause());
        if (o != null) {
            return done(-1L);
        }
        long total = 0;
        for (int i = 0; i < x; i++) {
            Long boxed = await(v((long) i));
            total += boxed;
        }
        return done(total);
    }

    public static Long nullThenNumberPlain(int x) {
        long total = 0;
        for (int i = 0; i < x; i++) {
            total += (long) i;
        }
        return total;
    }

    // 25. branch merges to a common supertype live across an await (class and interface merges)
    @Async
    public static Coroutine<String> commonSupertype(boolean flag, int x) {
        AbstractList<String> list = flag ? new ArrayList<>() : new LinkedList<>();
        CharSequence cs = flag ? new StringBuilder("sb") : "str";
        Number n;
        if (x > 2) {
            n = Integer.valueOf(x);
        } else {
            n = Long.valueOf(x);
        }
        Comparable<?> cmp = flag ? (Comparable<?>) "c" : (Comparable<?>) Integer.valueOf(1);
        await(pause());
        list.add(await(v("e")));
        String r = list.size() + ":" + list.getClass().getSimpleName() + ":" + cs.length() + cs + ":"
                + n.longValue() + n.getClass().getSimpleName() + ":" + cmp;
        return done(r);
    }

    public static String commonSupertypePlain(boolean flag, int x) {
        AbstractList<String> list = flag ? new ArrayList<>() : new LinkedList<>();
        CharSequence cs = flag ? new StringBuilder("sb") : "str";
        Number n;
        if (x > 2) {
            n = Integer.valueOf(x);
        } else {
            n = Long.valueOf(x);
        }
        Comparable<?> cmp = flag ? (Comparable<?>) "c" : (Comparable<?>) Integer.valueOf(1);
        list.add("e");
        String r = list.size() + ":" + list.getClass().getSimpleName() + ":" + cs.length() + cs + ":"
                + n.longValue() + n.getClass().getSimpleName() + ":" + cmp;
        return r;
    }

    // 26. merges of the subject's own classes (the transformer must not load them to find the merge)
    @Async
    public static Coroutine<String> ownClassMerge(int k) {
        Animal a = k % 2 == 0 ? new Dog() : new Cat();
        Animal[] zoo = k > 1 ? new Dog[] {new Dog()} : new Cat[] {new Cat()};
        await(pause());
        return done(a.name() + await(v(a)).name() + zoo[0].name() + zoo.getClass().getSimpleName());
    }

    public static String ownClassMergePlain(int k) {
        Animal a = k % 2 == 0 ? new Dog() : new Cat();
        Animal[] zoo = k > 1 ? new Dog[] {new Dog()} : new Cat[] {new Cat()};
        return a.name() + a.name() + zoo[0].name() + zoo.getClass().getSimpleName();
    }

    // 27. dead and unassigned locals around awaits
    @Async
    public static Coroutine<String> deadAndUnassigned(int x) {
        int unassigned;
        String later;
        long dead = x * 1000L;
        double dead2 = dead / 3.0;
        await(pause());
        unassigned = await(v(x + 1));
        if (x > 0) {
            later = "pos";
        } else {
            later = "neg";
        }
        await(pause());
        return done(unassigned + later);
    }

    public static String deadAndUnassignedPlain(int x) {
        int unassigned;
        String later;
        unassigned = x + 1;
        if (x > 0) {
            later = "pos";
        } else {
            later = "neg";
        }
        return unassigned + later;
    }

    // 28. parameters of every type, modified before and after awaits
    @Async
    public static Coroutine<String> parameters(int i, long l, double d, float f, boolean z, char c, byte b, short s,
            String str, int[] arr) {
        i += await(v(1));
        l *= 2;
        await(pause());
        d -= await(v(0.5));
        f /= 2;
        z = !z;
        await(pause());
        c++;
        b--;
        s = (short) (s + await(v((short) 2)));
        str = str + await(v("!"));
        arr[0] = i;
        return done(i + "," + l + "," + d + "," + f + "," + z + "," + c + "," + b + "," + s + "," + str + "," + arr[0]);
    }

    public static String parametersPlain(int i, long l, double d, float f, boolean z, char c, byte b, short s,
            String str, int[] arr) {
        i += 1;
        l *= 2;
        d -= 0.5;
        f /= 2;
        z = !z;
        c++;
        b--;
        s = (short) (s + (short) 2);
        str = str + "!";
        arr[0] = i;
        return i + "," + l + "," + d + "," + f + "," + z + "," + c + "," + b + "," + s + "," + str + "," + arr[0];
    }

    // 29. long and double locals live across many awaits, interleaved with ints (two-slot values)
    @Async
    public static Coroutine<String> wideLocals(int n) {
        long a = 1;
        int i1 = 2;
        double b = 3;
        int i2 = 4;
        long c = Long.MIN_VALUE;
        double e = Double.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            a = a * 31 + await(v((long) k));
            b = b / 2 + await(v(k * 0.25));
            i1 += await(v(k));
            c ^= a;
            e -= b;
            i2 = i2 * 3 + (int) (a % 7);
        }
        return done(a + "," + i1 + "," + b + "," + i2 + "," + c + "," + e);
    }

    public static String wideLocalsPlain(int n) {
        long a = 1;
        int i1 = 2;
        double b = 3;
        int i2 = 4;
        long c = Long.MIN_VALUE;
        double e = Double.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            a = a * 31 + (long) k;
            b = b / 2 + k * 0.25;
            i1 += k;
            c ^= a;
            e -= b;
            i2 = i2 * 3 + (int) (a % 7);
        }
        return a + "," + i1 + "," + b + "," + i2 + "," + c + "," + e;
    }

    // 30. lambdas and method references inside an @Async method (not awaiting), and a method reference to an @Async method
    @Async
    public static Coroutine<String> lambdasAround(int n) {
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(await(v(i)));
        }
        int factor = await(v(3));
        String mapped = xs.stream().map(x -> x * factor).map(String::valueOf).reduce("", String::concat);
        java.util.function.Function<Integer, Coroutine<Integer>> twice = Locals::twice;
        int t = await(twice.apply(n));
        java.util.function.Supplier<Coroutine<Integer>> sup = () -> twice(factor);
        return done(mapped + "," + t + "," + await(sup.get()));
    }

    public static String lambdasAroundPlain(int n) {
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(i);
        }
        int factor = 3;
        String mapped = xs.stream().map(x -> x * factor).map(String::valueOf).reduce("", String::concat);
        return mapped + "," + (n * 2) + "," + (factor * 2);
    }

    @Async
    static Coroutine<Integer> twice(int x) {
        return done(await(v(x)) * 2);
    }

    // 31. merge of two subject classes to their common superclass, then a field access and a call on it
    static class Vehicle {
        final String wheels;

        Vehicle(String wheels) {
            this.wheels = wheels;
        }

        int n() {
            return wheels.length();
        }
    }

    static final class Car extends Vehicle {
        Car() {
            super("four");
        }
    }

    static final class Bike extends Vehicle {
        Bike() {
            super("two");
        }

        @Override
        int n() {
            return 2;
        }
    }

    @Async
    public static Coroutine<String> classMerge(boolean car) {
        Vehicle v = car ? new Car() : new Bike();
        Vehicle w;
        if (await(v(!car))) {
            w = new Car();
        } else {
            w = new Bike();
        }
        await(pause());
        return done(v.wheels + v.n() + w.wheels + await(v(w)).n());
    }

    public static String classMergePlain(boolean car) {
        Vehicle v = car ? new Car() : new Bike();
        Vehicle w;
        if (!car) {
            w = new Car();
        } else {
            w = new Bike();
        }
        return v.wheels + v.n() + w.wheels + w.n();
    }

    interface Animal {
        String name();
    }

    static final class Dog implements Animal {
        public String name() {
            return "dog";
        }
    }

    static final class Cat implements Animal {
        public String name() {
            return "cat";
        }
    }
}

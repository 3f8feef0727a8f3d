package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;
import dev.boucle.internal.Frame;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A suspended task keeps only what is live: a value dead at the await is not spilled, a value
 * restored at a resumption is dropped from the frame when it dies. Primitives are spilled unboxed.
 */
public final class Memory {
    private Memory() {}

    @Async
    public static Coroutine<String> holder(int n) {
        Object dead = new byte[1 << 20];
        Knob.dead = new WeakReference<>(dead);
        int size = ((byte[]) dead).length;
        Object mid = new int[1 << 18];
        Knob.deadAfterResume = new WeakReference<>(mid);
        StringBuilder keep = new StringBuilder("keep");
        Knob.live = new WeakReference<>(keep);
        long l = n * 1000L;
        double d = n / 3.0;
        await(yieldNow()); // dead is dead here; mid, keep, size, l, d are live
        int midLen = ((int[]) mid).length;
        await(yieldNow()); // mid is dead here
        return done(keep.append(size).append(midLen).append(l).append(d).toString());
    }

    /** An argument used only before the first await: the frame must not keep it (label 0 nulls what it reads). */
    @Async
    public static Coroutine<Integer> argHolder(Object big, String keep) {
        int size = ((byte[]) big).length;
        await(yieldNow());
        await(yieldNow());
        return done(size + keep.length());
    }

    /** Watches argHolder at its suspensions. */
    @Async
    public static Coroutine<Void> argWatcher() {
        Knob.log("first: arg collected " + collected(Knob.dead));
        Knob.log("first: live kept " + (Knob.live.get() != null));
        await(yieldNow());
        Knob.log("second: arg collected " + collected(Knob.dead));
        return done();
    }

    /** A value spilled from the operand stack (a call argument under the await) is dropped once it is used. */
    @Async
    public static Coroutine<Integer> stackHolder() {
        Knob.dead = new WeakReference<>(new byte[1 << 20]);
        int n = size(Knob.dead.get(), await(yieldNow()));
        await(yieldNow());
        return done(n);
    }

    static int size(Object o, Void unused) {
        return ((byte[]) o).length;
    }

    @Async
    public static Coroutine<Void> stackWatcher() {
        Knob.log("first: stack value kept " + (Knob.dead.get() != null));
        await(yieldNow());
        Knob.log("second: stack value collected " + collected(Knob.dead));
        return done();
    }

    private static boolean collected(WeakReference<Object> r) {
        for (int i = 0; i < 20 && r.get() != null; i++) {
            System.gc();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return r.get() == null;
    }

    /** Runs beside holder on one loop, and looks at it at each of its two suspensions. */
    @Async
    public static Coroutine<Void> watcher() {
        // holder is suspended at its first await
        Knob.log("first: dead collected " + collected(Knob.dead));
        Knob.log("first: live kept " + (Knob.live.get() != null));
        Knob.log("first: boxed " + boxed());
        await(yieldNow());
        // holder is suspended at its second await
        Knob.log("second: mid collected " + collected(Knob.deadAfterResume));
        Knob.log("second: live kept " + (Knob.live.get() != null));
        Knob.log("second: boxed " + boxed());
        return done();
    }

    /** The boxed primitives among the holder frame's spilled references. */
    static List<String> boxed() {
        List<String> out = new ArrayList<>();
        Object[] refs = ((Frame) Knob.frame).refs;
        if (refs != null) {
            for (Object o : refs) {
                if (o instanceof Number || o instanceof Boolean || o instanceof Character) {
                    out.add(o.getClass().getSimpleName() + " " + o);
                }
            }
        }
        return out;
    }

    public static String holderPlain(int n) {
        return "keep" + (1 << 20) + (1 << 18) + (n * 1000L) + (n / 3.0);
    }
}

package dev.boucle.agent.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared by the instrumented subjects and their plain twins (loaded once, by the test class
 * loader): whether {@code V.v} suspends, how often it did, and a log of side effects that the
 * instrumented run and the plain run must produce identically (order and count).
 */
public final class Knob {
    private Knob() {}

    /** When true, every {@code V.v(x)} suspends on {@code yieldNow()} before answering. */
    public static boolean suspend;
    /** How many times a subject suspended through {@code V}. */
    public static int yields;
    /** Side effects, in order. */
    public static final List<String> log = new ArrayList<>();

    /** Scratch references for the memory cases (weak references to watch, a frame to inspect). */
    public static java.lang.ref.WeakReference<Object> dead;
    public static java.lang.ref.WeakReference<Object> deadAfterResume;
    public static java.lang.ref.WeakReference<Object> live;
    public static Object frame;

    public static void log(Object o) {
        log.add(String.valueOf(o));
    }

    public static void reset(boolean suspendEveryAwait) {
        suspend = suspendEveryAwait;
        yields = 0;
        log.clear();
    }
}

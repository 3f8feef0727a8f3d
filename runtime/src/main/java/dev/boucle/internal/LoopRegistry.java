package dev.boucle.internal;

import dev.boucle.Loop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The loops of this JVM that are not closed, for dumps asked from outside (JMX, a test watchdog):
 * held weakly, so a loop nobody closed still goes away with its last reference.
 */
public final class LoopRegistry {
    private LoopRegistry() {}

    private static final Map<Loop, Boolean> LOOPS = new WeakHashMap<>();

    /** Called by each loop's constructor. */
    public static void add(Loop loop) {
        synchronized (LOOPS) {
            LOOPS.put(loop, Boolean.TRUE);
        }
    }

    /** The loops not closed, in no particular order. */
    public static List<Loop> open() {
        List<Loop> all;
        synchronized (LOOPS) {
            all = new ArrayList<>(LOOPS.keySet());
        }
        all.removeIf(Loop::isClosed);
        return all;
    }
}

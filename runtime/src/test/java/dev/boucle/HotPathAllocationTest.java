package dev.boucle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.internal.Frame;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** A yield and its resumption allocate nothing: the loop's step, the yield message, the trampoline. */
class HotPathAllocationTest {

    /** {@code for (long i = n; i > 0; i--) await(yieldNow());}, hand-written as the agent would emit it. */
    static Frame yielder(long n) {
        Frame f = new Frame(HotPathAllocationTest::body, null, "dev/boucle/HotPathAllocationTest", "yielder", 1, 0);
        f.prims[0] = n;
        return f;
    }

    private static Object body(Object self, Frame f) {
        long i = f.prims[0];
        if (f.label == 1) {
            f.takeSent();
        }
        while (i > 0) {
            i--;
            Object v = Frame.await(Boucle.yieldNow(), f);
            if (v == Frame.SUSPENDED) {
                f.prims[0] = i;
                f.label = 1;
                return v;
            }
        }
        return null;
    }

    @Test
    void aMillionYieldsAllocateNothing() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!(mx instanceof com.sun.management.ThreadMXBean)) {
            return; // not HotSpot: cannot measure
        }
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        long tid = Thread.currentThread().getId();
        int tasks = 1000;
        long yields = 1000;
        try (Loop loop = new Loop()) {
            for (int i = 0; i < tasks; i++) {
                loop.schedule(yielder(10)); // warm-up round, and the ready queue reaches its size
            }
            loop.runUntilEmpty();
            Task<?>[] all = new Task<?>[tasks];
            for (int i = 0; i < tasks; i++) {
                all[i] = loop.schedule(yielder(yields));
            }
            long before = hs.getThreadAllocatedBytes(tid);
            loop.runUntilEmpty();
            long allocated = hs.getThreadAllocatedBytes(tid) - before;
            for (Task<?> t : all) {
                assertEquals(Task.Status.FINISHED, t.status());
            }
            System.out.println("HotPathAllocationTest: " + allocated + " bytes for " + tasks * yields + " yields");
            // Loop.runUntilEmpty itself may allocate a few objects once; a million yields must not add to it.
            assertTrue(allocated < 16 * 1024, allocated + " bytes allocated for " + tasks * yields + " yields");
        }
    }
}

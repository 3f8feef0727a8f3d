package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;

class MonitorCheckTest {

    @Test
    void monitorDepthFindsAwaitsInsideSynchronizedBlocksOnly() throws Exception {
        ClassNode cn = Fixtures.compile("S", "public class S {\n"
                + "  @Async static Coroutine<Object> inside(Object l, Awaitable<Object> x) {\n"
                + "    synchronized (l) { await(x); }\n    return done(1);\n  }\n"
                + "  @Async static Coroutine<Object> after(Object l, Awaitable<Object> x) {\n"
                + "    synchronized (l) { l.hashCode(); }\n    try { await(x); } finally { l.hashCode(); }\n"
                + "    return done(1);\n  }\n}\n");
        MethodContext inside = Fixtures.runUpTo(Fixtures.context(cn, "inside"), MonitorCheck.class);
        Refusal r = assertThrows(Refusal.class, () -> new MonitorCheck().run(inside));
        assertTrue(r.getMessage().contains("gen.S.inside(java.lang.Object, dev.boucle.Awaitable) (S.java:6)"
                + " awaits inside a synchronized block"), r.getMessage());
        new MonitorCheck().run(Fixtures.runUpTo(Fixtures.context(cn, "after"), MonitorCheck.class));
    }
}

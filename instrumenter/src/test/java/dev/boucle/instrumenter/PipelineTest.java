package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;

class PipelineTest {

    @Test
    void oneListOfPassesEachOnce() {
        List<Class<?>> kinds = new ArrayList<>();
        for (Pass p : Pipeline.PASSES) {
            assertTrue(!kinds.contains(p.getClass()), p + " twice");
            kinds.add(p.getClass());
        }
        assertEquals(List.of(DeclarationCheck.class, MethodReferenceCheck.class, ReturnNormalizer.class,
                AwaitFinder.class, MonitorCheck.class, NewDupNormalizer.class, FrameAnalysis.class,
                StateMachineEmitter.class, BodyMethod.class, CreatorEmitter.class), kinds);
    }

    @Test
    void aPassRunBeforeWhatItNeedsFailsLoudly() throws Exception {
        ClassNode cn = Fixtures.compile("P", "public class P {\n"
                + "  @Async static Coroutine<Object> m(Awaitable<Object> x) { return done(await(x)); }\n}\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new StateMachineEmitter().run(Fixtures.context(cn, "m")));
        assertTrue(e.getMessage().contains("FrameAnalysis must run first"), e.getMessage());
    }

    @Test
    void rewriteReturnsTheBodyAndLeavesTheCreator() throws Exception {
        ClassNode cn = Fixtures.compile("Q", "public class Q {\n"
                + "  @Async static Coroutine<Object> m(Awaitable<Object> x) { return done(await(x)); }\n}\n");
        MethodContext ctx = Fixtures.context(cn, "m");
        var body = Pipeline.rewrite(ctx);
        assertEquals(ctx.bodyDescriptor, body.desc);
        assertEquals(0, Fixtures.count(body, "done"));
        assertEquals(1, Fixtures.countFrameAwaits(new MethodContext(ctx.cls, body, body.desc)));
    }
}

package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;

class MethodReferenceCheckTest {

    @Test
    void refusesBoucleAwaitAsAMethodReferenceButNotOtherReferences() throws Exception {
        ClassNode cn = Fixtures.compile("R", "public class R {\n"
                + "  @Async static Coroutine<Object> ref(Awaitable<Object> x) {\n"
                + "    java.util.function.Function<Awaitable<Object>, Object> f = Boucle::await;\n"
                + "    return done(f.apply(x));\n  }\n"
                + "  @Async static Coroutine<Object> other(Awaitable<Object> x) {\n"
                + "    java.util.function.Function<Object, String> f = String::valueOf;\n"
                + "    return done(f.apply(await(x)));\n  }\n}\n");
        Refusal r = assertThrows(Refusal.class, () -> new MethodReferenceCheck().run(Fixtures.context(cn, "ref")));
        assertTrue(r.getMessage().contains("gen.R.ref(dev.boucle.Awaitable) (R.java:6) uses await as a method reference"),
                r.getMessage());
        new MethodReferenceCheck().run(Fixtures.context(cn, "other"));
    }
}

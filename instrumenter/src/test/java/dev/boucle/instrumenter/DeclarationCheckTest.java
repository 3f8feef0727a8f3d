package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;

class DeclarationCheckTest {

    @Test
    void refusesWhatCannotSuspendAndNamesTheFix() throws Exception {
        ClassNode cn = Fixtures.compile("D", "public class D {\n"
                + "  @Async static synchronized Coroutine<String> locked() { return done(\"x\"); }\n"
                + "  @Async static String plain() { return \"x\"; }\n"
                + "  @Async static Coroutine<String> fine() { return done(\"x\"); }\n}\n");
        Refusal locked = assertThrows(Refusal.class, () -> new DeclarationCheck().run(Fixtures.context(cn, "locked")));
        assertTrue(locked.getMessage().startsWith("Boucle: @Async method gen.D.locked() (D.java:5) is synchronized"),
                locked.getMessage());
        assertTrue(locked.getMessage().contains("Fix: remove synchronized"), locked.getMessage());
        Refusal plain = assertThrows(Refusal.class, () -> new DeclarationCheck().run(Fixtures.context(cn, "plain")));
        assertTrue(plain.getMessage().contains("returns java.lang.String, not dev.boucle.Coroutine"), plain.getMessage());
        MethodContext fine = Fixtures.context(cn, "fine");
        int before = fine.method.instructions.size();
        new DeclarationCheck().run(fine);
        assertEquals(before, fine.method.instructions.size(), "a check changes nothing");
    }

    @Test
    void refusesConstructors() throws Exception {
        // @Async cannot be written on a constructor in Java, but a class file can carry it anywhere
        ClassNode cn = Fixtures.compile("K", "public class K {\n  K() {}\n}\n");
        Refusal r = assertThrows(Refusal.class, () -> new DeclarationCheck().run(Fixtures.context(cn, "<init>")));
        assertTrue(r.getMessage().contains("is a constructor or initialiser marked @Async"), r.getMessage());
    }
}

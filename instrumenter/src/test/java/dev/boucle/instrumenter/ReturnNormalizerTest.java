package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

class ReturnNormalizerTest {

    @Test
    void returnsBecomeValuesOrTailAwaits() throws Exception {
        ClassNode cn = Fixtures.sample("dev.boucle.agent.samples.Smoke");
        MethodContext ticTac = Fixtures.context(cn, "ticTac");
        new ReturnNormalizer().run(ticTac);
        assertEquals(0, Fixtures.count(ticTac.method, "done"), "done(v); areturn peepholed");
        MethodContext nothing = Fixtures.context(cn, "nothing");
        new ReturnNormalizer().run(nothing);
        assertEquals(0, Fixtures.count(nothing.method, "done"));
        assertEquals(Opcodes.ACONST_NULL,
                Fixtures.previousReal(Fixtures.last(nothing.method, Opcodes.ARETURN)).getOpcode());
        MethodContext tail = Fixtures.context(cn, "tail");
        int awaitsBefore = Fixtures.count(tail.method, "await");
        new ReturnNormalizer().run(tail);
        assertEquals(awaitsBefore + 1, Fixtures.count(tail.method, "await"), "return other() is a tail await");
        assertTrue(BoucleCalls.isAwait(Fixtures.previousReal(Fixtures.last(tail.method, Opcodes.ARETURN))));
    }

    @Test
    void peepholeSkipsReturnsReachedByJumps() throws Exception {
        ClassNode cn = Fixtures.compile("T", "public class T {\n"
                + "  @Async static Coroutine<String> m(boolean c) { return c ? done(\"a\") : done(\"b\"); }\n}\n");
        MethodNode m = Fixtures.method(cn, "m");
        new ReturnNormalizer().run(Fixtures.context(cn, "m"));
        assertEquals(2, Fixtures.count(m, "done"), "both done() calls kept: the areturn is a jump target");
        assertEquals(1, Fixtures.count(m, "await"), "and the areturn awaits the Completed");
    }

    @Test
    void aTailAwaitUnderFinallyRunsBeforeTheFinallyCode() throws Exception {
        ClassNode cn = Fixtures.compile("U", "public class U {\n"
                + "  static Coroutine<String> other() { return null; }\n"
                + "  @Async static Coroutine<String> m(StringBuilder log) {\n"
                + "    try { return other(); } finally { log.append(\"finally\"); }\n  }\n}\n");
        MethodNode m = Fixtures.method(cn, "m");
        new ReturnNormalizer().run(Fixtures.context(cn, "m"));
        int await = -1;
        int append = -1;
        int k = 0;
        for (var i = m.instructions.getFirst(); i != null; i = i.getNext(), k++) {
            if (BoucleCalls.isAwait(i) && await < 0) {
                await = k;
            } else if (i instanceof org.objectweb.asm.tree.MethodInsnNode
                    && ((org.objectweb.asm.tree.MethodInsnNode) i).name.equals("append") && append < 0) {
                append = k;
            }
        }
        assertTrue(await >= 0 && await < append, "the await follows other(), before the inlined finally code");
    }

    @Test
    void aTailAwaitUnderFinallyStaysInTheTryWithTheCompilersCastsToo() throws Exception {
        // the fallback for unreadable hierarchies casts locals at each join (DeclaredTypes): a join inside
        // the finally code casts the temporary holding the returned coroutine, which must not be taken
        // for its store (the await would land in the finally code, outside the try)
        String src = Fixtures.HEADER + "public class W {\n"
                + "  static Coroutine<String> other() { return null; }\n"
                + "  @Async static Coroutine<String> m(StringBuilder log, boolean c) {\n"
                + "    try { return other(); } finally { log.append(c ? \"a\" : \"b\"); }\n  }\n}\n";
        byte[] b = dev.boucle.agent.Compiled.compile(17, java.util.Map.of("gen.W", src)).original.get("gen.W");
        ClassNode cn = new ClassNode();
        new org.objectweb.asm.ClassReader(b).accept(cn, org.objectweb.asm.ClassReader.EXPAND_FRAMES);
        MethodNode m = Fixtures.method(cn, "m");
        DeclaredTypes.insertCasts(m, t -> t);
        int castsBefore = Fixtures.countOpcode(m, Opcodes.CHECKCAST);
        new ReturnNormalizer().run(new MethodContext(Fixtures.info(cn), m, "(Ljava/lang/Object;Ldev/boucle/internal/Frame;)Ljava/lang/Object;"));
        int await = -1;
        int append = -1;
        int k = 0;
        for (var i = m.instructions.getFirst(); i != null; i = i.getNext(), k++) {
            if (BoucleCalls.isAwait(i) && await < 0) {
                await = k;
            } else if (i instanceof org.objectweb.asm.tree.MethodInsnNode
                    && ((org.objectweb.asm.tree.MethodInsnNode) i).name.equals("append") && append < 0) {
                append = k;
            }
        }
        assertTrue(await >= 0 && await < append, "the await follows other(), inside the try");
        assertTrue(Fixtures.countOpcode(m, Opcodes.CHECKCAST) < castsBefore, "the casts of the temporary are gone");
    }
}

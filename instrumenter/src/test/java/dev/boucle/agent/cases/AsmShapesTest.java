package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Legal bytecode that javac does not emit but other compilers and bytecode tools do: a value kept on the
 * operand stack across a loop back edge with an await in the loop, and dup_x2/swap shuffles with a long
 * under an await. The transformer must either run them correctly or refuse them by name: never produce a
 * class that fails verification, never compute something else.
 */
class AsmShapesTest implements Opcodes {
    static final String NAME = "dev.boucle.agent.cases.subjects.AsmShapes";
    static final String INTERNAL = NAME.replace('.', '/');
    static final String V = "dev/boucle/agent/cases/subjects/V";

    static void awaitV(MethodVisitor mv) {
        // stack: ..., Object -> ..., Object (the awaited value)
        mv.visitMethodInsn(INVOKESTATIC, V, "v", "(Ljava/lang/Object;)Ldev/boucle/Coroutine;", false);
        mv.visitMethodInsn(INVOKESTATIC, "dev/boucle/Boucle", "await", "(Ldev/boucle/Awaitable;)Ljava/lang/Object;", false);
    }

    static byte[] generate() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, INTERNAL, null, "java/lang/Object", null);
        cw.visitSource("AsmShapes.java", null);

        // static Coroutine<Integer> stackAcrossLoop(int n): sum of await(v(i)) for i < n, the sum kept on the stack
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "stackAcrossLoop", "(I)Ldev/boucle/Coroutine;", null, null);
        mv.visitAnnotation("Ldev/boucle/Async;", true).visitEnd();
        mv.visitCode();
        Label loop = new Label();
        Label end = new Label();
        mv.visitLineNumber(10, new Label());
        mv.visitInsn(ICONST_0);          // acc, on the stack for the whole loop
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 1);      // i = 0
        mv.visitLabel(loop);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IF_ICMPGE, end);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        awaitV(mv);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
        mv.visitInsn(IADD);
        mv.visitIincInsn(1, 1);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(end);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        mv.visitMethodInsn(INVOKESTATIC, "dev/boucle/Boucle", "done", "(Ljava/lang/Object;)Ldev/boucle/Coroutine;", false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // static Coroutine<Long> shuffles(long a, int b): (a - await(v(b))) with dup_x2/pop/swap, a long under an await
        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "shuffles", "(JI)Ldev/boucle/Coroutine;", null, null);
        mv.visitAnnotation("Ldev/boucle/Async;", true).visitEnd();
        mv.visitCode();
        mv.visitVarInsn(LLOAD, 0);                 // J(a)
        mv.visitVarInsn(ILOAD, 2);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        awaitV(mv);                                // J(a), Object
        mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false); // J, I(b)
        mv.visitInsn(DUP_X2);                      // I, J, I
        mv.visitInsn(POP);                         // I(b), J(a)
        mv.visitLdcInsn("ignored");
        awaitV(mv);                                // I, J, Object: a second await with an int and a long under it
        mv.visitInsn(POP);                         // I(b), J(a)
        mv.visitInsn(L2I);                         // I(b), I(a)
        mv.visitInsn(SWAP);                        // I(a), I(b)
        mv.visitInsn(ISUB);                        // a - b
        mv.visitInsn(I2L);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
        mv.visitMethodInsn(INVOKESTATIC, "dev/boucle/Boucle", "done", "(Ljava/lang/Object;)Ldev/boucle/Coroutine;", false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // static Coroutine<Integer> onlyTheAwaitInTry(String msg): the try range is exactly the await call
        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "onlyTheAwaitInTry", "(Ljava/lang/String;)Ldev/boucle/Coroutine;", null, null);
        mv.visitAnnotation("Ldev/boucle/Async;", true).visitEnd();
        mv.visitCode();
        Label start = new Label();
        Label stop = new Label();
        Label handler = new Label();
        Label join = new Label();
        mv.visitTryCatchBlock(start, stop, handler, "java/lang/IllegalArgumentException");
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESTATIC, V, "fail", "(Ljava/lang/String;)Ldev/boucle/Coroutine;", false);
        mv.visitLabel(start);
        mv.visitMethodInsn(INVOKESTATIC, "dev/boucle/Boucle", "await", "(Ldev/boucle/Awaitable;)Ljava/lang/Object;", false);
        mv.visitLabel(stop);
        mv.visitJumpInsn(GOTO, join);
        mv.visitLabel(handler);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Throwable", "getMessage", "()Ljava/lang/String;", false);
        mv.visitLabel(join);
        mv.visitMethodInsn(INVOKESTATIC, "dev/boucle/Boucle", "done", "(Ljava/lang/Object;)Ldev/boucle/Coroutine;", false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // static Coroutine<String> uninitAcrossLoop(int n): new StringBuilder before a loop that awaits, <init> after it
        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "uninitAcrossLoop", "(I)Ldev/boucle/Coroutine;", null, null);
        mv.visitAnnotation("Ldev/boucle/Async;", true).visitEnd();
        mv.visitCode();
        Label uloop = new Label();
        Label uend = new Label();
        mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
        mv.visitInsn(DUP);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitLabel(uloop);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IF_ICMPGE, uend);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        awaitV(mv);
        mv.visitInsn(POP);
        mv.visitIincInsn(1, 1);
        mv.visitJumpInsn(GOTO, uloop);
        mv.visitLabel(uend);
        mv.visitLdcInsn("built");
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
        mv.visitMethodInsn(INVOKESTATIC, "dev/boucle/Boucle", "done", "(Ljava/lang/Object;)Ldev/boucle/Coroutine;", false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The method's value, or the named refusal; fails on anything else. */
    static Object runOrRefused(InstrumentingClassLoader il, String method, Class<?>[] types, Object... args) throws Exception {
        Class<?> c = il.loadClass(NAME);
        assertTrue(il.problems.isEmpty(), () -> String.join("\n", il.problems));
        Object co;
        try {
            co = c.getDeclaredMethod(method, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            assertInstanceOf(IllegalStateException.class, t, String.valueOf(t));
            assertTrue(t.getMessage().contains("AsmShapes") && t.getMessage().contains(method), t.getMessage());
            System.out.println("ASMSHAPES refused " + method + ": " + t.getMessage());
            return "refused";
        }
        return Loop.run((Coroutine<?>) co);
    }

    static InstrumentingClassLoader loader() {
        byte[] bytes = generate();
        ClassLoader test = AsmShapesTest.class.getClassLoader();
        return new InstrumentingClassLoader(1, test,
                n -> n.equals(NAME) ? bytes : InstrumentingClassLoader.readResource(test, n), InstrumentingClassLoader.SUBJECTS);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void valueOnTheStackAcrossALoopWithAnAwait(boolean s) throws Exception {
        InstrumentingClassLoader il = loader();
        Knob.reset(s);
        Object r = runOrRefused(il, "stackAcrossLoop", new Class<?>[] {int.class}, 10);
        if (!"refused".equals(r)) {
            int expected = 0;
            for (int i = 0; i < 10; i++) {
                expected += i;
            }
            assertEquals(expected, r);
            assertTrue(!s || Knob.yields > 0);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void dupX2AndSwapAroundAwaits(boolean s) throws Exception {
        InstrumentingClassLoader il = loader();
        Knob.reset(s);
        Object r = runOrRefused(il, "shuffles", new Class<?>[] {long.class, int.class}, 1000L, 7);
        if (!"refused".equals(r)) {
            assertEquals((long) ((int) 1000L - 7), r);
            assertTrue(!s || Knob.yields > 0);
        }
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void tryRangeIsExactlyTheAwait(boolean s) throws Exception {
        InstrumentingClassLoader il = loader();
        Knob.reset(s);
        Object r = runOrRefused(il, "onlyTheAwaitInTry", new Class<?>[] {String.class}, "caught me");
        if (!"refused".equals(r)) {
            assertEquals("caught me", r);
            assertTrue(!s || Knob.yields > 0);
        }
    }

    /** An uninitialised object on the stack across a loop that awaits (legal in class files, never from javac). */
    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void uninitialisedObjectAcrossALoopWithAnAwait(boolean s) throws Exception {
        InstrumentingClassLoader il = loader();
        Knob.reset(s);
        Object r = runOrRefused(il, "uninitAcrossLoop", new Class<?>[] {int.class}, 3);
        if (!"refused".equals(r)) {
            assertEquals("built", r);
            assertTrue(!s || Knob.yields > 0);
        }
    }
}

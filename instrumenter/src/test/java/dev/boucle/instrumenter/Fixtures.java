package dev.boucle.instrumenter;

import dev.boucle.agent.Compiled;
import dev.boucle.agent.LoaderSource;
import dev.boucle.agent.SmokeLoader;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** What the pass tests share: classes compiled from a snippet, and a context to run one pass on. */
final class Fixtures {
    private Fixtures() {}

    static final String HEADER = "package gen;\nimport static dev.boucle.Boucle.*;\nimport dev.boucle.*;\n";

    static ClassNode node(byte[] b) {
        ClassNode cn = new ClassNode();
        new ClassReader(b).accept(cn, ClassReader.SKIP_FRAMES);
        return cn;
    }

    /** {@code gen.NAME} compiled by javac 17 from {@code HEADER + body}. */
    static ClassNode compile(String name, String body) throws Exception {
        return node(Compiled.compile(17, Map.of("gen." + name, HEADER + body)).original.get("gen." + name));
    }

    static ClassNode sample(String className) throws Exception {
        return node(SmokeLoader.bytesOf(className));
    }

    static MethodNode method(ClassNode cn, String name) {
        for (MethodNode m : cn.methods) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        throw new AssertionError(name);
    }

    static ClassInfo info(ClassNode cn) {
        TypeHierarchy h = new TypeHierarchy(LoaderSource.of(Fixtures.class.getClassLoader()));
        h.seed(cn.name, cn.superName, cn.interfaces.toArray(new String[0]), (cn.access & Opcodes.ACC_INTERFACE) != 0);
        return new ClassInfo(cn, h);
    }

    /** A context for method {@code name} of {@code cn}, its body descriptor the first of PROTOCOL §2. */
    static MethodContext context(ClassNode cn, String name) {
        MethodNode m = method(cn, name);
        return new MethodContext(info(cn), m,
                BodyMethod.descriptor((m.access & Opcodes.ACC_STATIC) != 0, Names.BODY_RETURN_TYPES[0]));
    }

    /** Runs the passes of {@link Pipeline#PASSES} before {@code pass} (its type) on {@code ctx}. */
    static MethodContext runUpTo(MethodContext ctx, Class<? extends Pass> pass) throws Exception {
        for (Pass p : Pipeline.PASSES) {
            if (pass.isInstance(p)) {
                return ctx;
            }
            p.run(ctx);
        }
        throw new AssertionError(pass + " is not in the pipeline");
    }

    static int count(MethodNode m, String calledName) {
        int c = 0;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof MethodInsnNode && ((MethodInsnNode) i).name.equals(calledName)) {
                c++;
            }
        }
        return c;
    }

    /** How many calls are to {@code Frame.await} (the rewritten awaits). */
    static int countFrameAwaits(MethodContext ctx) {
        int c = 0;
        for (AbstractInsnNode i = ctx.method.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof MethodInsnNode && ((MethodInsnNode) i).owner.equals(Names.FRAME)
                    && ((MethodInsnNode) i).name.equals("await")) {
                c++;
            }
        }
        return c;
    }

    static int countOpcode(MethodNode m, int opcode) {
        int c = 0;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() == opcode) {
                c++;
            }
        }
        return c;
    }

    static AbstractInsnNode last(MethodNode m, int opcode) {
        AbstractInsnNode found = null;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() == opcode) {
                found = i;
            }
        }
        return found;
    }

    static AbstractInsnNode previousReal(AbstractInsnNode i) {
        for (AbstractInsnNode p = i.getPrevious(); p != null; p = p.getPrevious()) {
            if (p.getOpcode() >= 0) {
                return p;
            }
        }
        return null;
    }
}

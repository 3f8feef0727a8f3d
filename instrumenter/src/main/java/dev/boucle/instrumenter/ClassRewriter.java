package dev.boucle.instrumenter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.Attribute;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * One attempt at rewriting one class: finds its {@code @Async} methods, runs the {@link Pipeline}
 * on each (a refused one becomes a {@link RefusalStub}), and writes the class with a
 * {@link HierarchyClassWriter}: methods that are not rewritten are copied byte for byte, frames
 * included; the rewritten ones and the bodies get computed frames; the class gets the marker.
 * Class files older than 52 are bumped to 52 with all frames computed (refused, class unchanged, if
 * they use JSR/RET). {@link Instrumenter} retries when a method overflows 64 KiB or the hierarchy
 * of a merged type cannot be read.
 */
final class ClassRewriter {
    private ClassRewriter() {}

    /**
     * One attempt; {@code tooLarge} maps the keys (name + descriptor) of original methods, or of
     * bodies, that overflowed the JVM's code-size limit in an earlier attempt to their diagnostic:
     * those methods are refused. With {@code declaredTypes}, the @Async methods first get the
     * compiler's join-point types as casts ({@link DeclaredTypes}); without, a rewrite that needed
     * the hierarchy of an unreadable class throws {@link TypeHierarchy.UnreadableException}.
     */
    static byte[] rewrite(ClassReader reader, ClassFileSource source, Consumer<String> diagnostics,
            Map<String, String> tooLarge, boolean declaredTypes) throws Exception {
        ClassNode cn = new ClassNode();
        reader.accept(cn, declaredTypes ? ClassReader.EXPAND_FRAMES : ClassReader.SKIP_FRAMES);
        if (cn.attrs != null) {
            for (Attribute a : cn.attrs) {
                if (a.type.equals(Names.MARKER)) {
                    return null;
                }
            }
        }
        List<MethodNode> targets = new ArrayList<>();
        List<MethodNode> abstracts = new ArrayList<>();
        for (MethodNode m : cn.methods) {
            if (AsyncMethodFinder.isRewritable(m)) {
                targets.add(m);
            } else if (AsyncMethodFinder.isAnnotatedAsync(m) && (m.access & Opcodes.ACC_ABSTRACT) != 0) {
                abstracts.add(m);
            }
        }
        if (targets.isEmpty() && abstracts.isEmpty()) {
            return null;
        }
        String cls = cn.name.replace('/', '.');
        boolean bump = (cn.version & 0xFFFF) < Opcodes.V1_8;
        if (bump && hasSubroutines(cn)) {
            diagnostics.accept("Boucle: class " + cls + " (class file version " + (cn.version & 0xFFFF)
                    + ") uses JSR/RET subroutines, which Boucle cannot rewrite; left unchanged. Its @Async methods"
                    + " will fail when called. Fix: recompile it with a Java 7 or newer compiler (-target 7+).");
            return null;
        }
        TypeHierarchy hierarchy = new TypeHierarchy(source);
        hierarchy.seed(cn.name, cn.superName, cn.interfaces.toArray(new String[0]),
                (cn.access & Opcodes.ACC_INTERFACE) != 0);
        ClassInfo info = new ClassInfo(cn, hierarchy);
        if (declaredTypes) {
            for (MethodNode m : cn.methods) {
                if (targets.contains(m)) {
                    DeclaredTypes.insertCasts(m, t -> hierarchy.accessibleSuperType(t, cn.name));
                } else {
                    DeclaredTypes.removeFrames(m);
                }
            }
        }
        for (MethodNode m : abstracts) {
            // PROTOCOL §6: not rewritten (there is no body), and said so: the annotation does not carry
            // over to implementations, which are rewritten only if they are @Async themselves
            diagnostics.accept(Instrumenter.NOTE + "@Async on abstract method " + DebugInfo.where(info, m, -1)
                    + " has no effect by itself: there is no body to rewrite. Each implementation must be"
                    + " annotated @Async too.");
        }

        if (targets.isEmpty()) {
            return null;
        }
        Set<String> signatures = new HashSet<>();
        for (MethodNode m : cn.methods) {
            signatures.add(m.name + m.desc);
        }
        Map<String, MethodNode> replaced = new HashMap<>();
        List<MethodNode> added = new ArrayList<>();
        for (MethodNode m : targets) {
            String key = m.name + m.desc;
            String bodyReturn = bodyReturnType(m, signatures);
            MethodContext ctx = new MethodContext(info, m,
                    bodyReturn == null ? null : BodyMethod.descriptor((m.access & Opcodes.ACC_STATIC) != 0, bodyReturn));
            try {
                if (bodyReturn == null) {
                    throw ctx.refuse(null, "has too many @Async overloads named " + m.name + ".", "rename some of them.");
                }
                String big = tooLarge.get(key);
                if (big == null) {
                    big = tooLarge.get(m.name + ctx.bodyDescriptor);
                }
                if (big != null) {
                    throw new Refusal(big);
                }
                MethodNode body = Pipeline.rewrite(ctx);
                signatures.add(body.name + body.desc);
                replaced.put(key, m);
                added.add(body);
            } catch (Refusal r) {
                diagnostics.accept(r.getMessage());
                if (m.name.equals("<init>") || m.name.equals("<clinit>")) {
                    continue; // cannot stub a constructor: left as is, reported
                }
                replaced.put(key, RefusalStub.make(m, r.getMessage(), ctx.firstLine));
            }
        }
        if (replaced.isEmpty()) {
            return null;
        }
        ClassWriter writer = new HierarchyClassWriter(bump ? null : reader, ClassWriter.COMPUTE_FRAMES, hierarchy);
        ClassVisitor adapter = new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(bump ? Opcodes.V1_8 : version, access, name, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodNode r = replaced.get(name + descriptor);
                if (r != null) {
                    r.accept(cv);
                    return null;
                }
                return super.visitMethod(access, name, descriptor, signature, exceptions);
            }

            @Override
            public void visitEnd() {
                for (MethodNode b : added) {
                    b.accept(cv);
                }
                super.visitAttribute(new InstrumentedMarker());
                super.visitEnd();
            }
        };
        reader.accept(adapter, bump ? ClassReader.SKIP_FRAMES : 0);
        byte[] out = writer.toByteArray();
        if (!hierarchy.unreadable().isEmpty() && (!declaredTypes || bump)) {
            // a merge of types whose hierarchy is unknown was guessed as Object: the output may not verify
            throw new TypeHierarchy.UnreadableException("the class files of " + new java.util.TreeSet<>(hierarchy.unreadable())
                    + " cannot be read from " + source + ", and the types of values merged"
                    + " in its @Async methods depend on them (Boucle never loads classes while transforming)."
                    + " Fix: make those class files readable (as resources of the class loader, or on the class"
                    + " path given to the build-time instrumenter)");
        }
        return out;
    }

    /** The first of PROTOCOL §2's body return types whose descriptor is free in the class. */
    private static String bodyReturnType(MethodNode m, Set<String> signatures) {
        boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
        for (String r : Names.BODY_RETURN_TYPES) {
            if (!signatures.contains(m.name + BodyMethod.descriptor(isStatic, r))) {
                return r;
            }
        }
        return null;
    }

    private static boolean hasSubroutines(ClassNode cn) {
        for (MethodNode m : cn.methods) {
            for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
                if (i.getOpcode() == Opcodes.JSR || i.getOpcode() == Opcodes.RET) {
                    return true;
                }
            }
        }
        return false;
    }
}

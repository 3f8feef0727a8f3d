package dev.boucle.agent;

import java.nio.charset.StandardCharsets;
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
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Boucle's class-file transformation, as a pure function shared by the agent, the tests and any
 * build-time tool: every {@code @Async} method becomes a frame-creating method plus a synthetic
 * same-name body holding its code as a state machine (see {@code docs/PROTOCOL.md}).
 *
 * <p>Classes whose bytes do not contain the UTF-8 constant {@code Ldev/boucle/Async;} cost one
 * byte scan and nothing else: no parsing, no allocation. Classes are never loaded: the hierarchy
 * comes from class-file bytes ({@link TypeHierarchy}).
 *
 * <p>Methods that are not rewritten are copied byte for byte, frames included. A refused method
 * becomes a stub that throws {@code IllegalStateException} with the diagnostic, which is also
 * passed to {@code diagnostics}; the rest of the class is rewritten. A class that fails for any
 * other reason is reported (class name and cause) and left unchanged ({@code null}).
 */
public final class Instrumenter {
    private Instrumenter() {}

    /** How a diagnostic names a class whose name cannot be read from its bytes. */
    static final String UNKNOWN_CLASS = "<unreadable class file>";

    private static final byte[] ASYNC = Names.ASYNC_DESC.getBytes(StandardCharsets.UTF_8);

    /**
     * @param classFile the class file (any version the ASM in use reads: 8 to 25)
     * @param loader the loader defining it (for reading super-type bytes); {@code null} for the
     *     bootstrap loader, in which case the system loader's resources are read
     * @param diagnostics receives one message per refused method or failed class
     * @return the new class file, or {@code null} if the class needs no change (or could not be changed)
     */
    public static byte[] instrument(byte[] classFile, ClassLoader loader, Consumer<String> diagnostics) {
        if (classFile == null || !mentionsAsync(classFile)) {
            return null;
        }
        String className = UNKNOWN_CLASS;
        try {
            ClassReader reader = new ClassReader(classFile);
            className = reader.getClassName().replace('/', '.');
            Map<String, String> tooLarge = new HashMap<>();
            for (int attempt = 0; ; attempt++) {
                List<String> messages = new ArrayList<>();
                try {
                    byte[] out;
                    try {
                        out = transform(reader, loader, messages::add, tooLarge, false);
                    } catch (TypeHierarchy.UnreadableException e) {
                        // some merged class could not be read: type the joins from the compiler's frames
                        messages.clear();
                        out = transform(reader, loader, messages::add, tooLarge, true);
                    }
                    messages.forEach(diagnostics);
                    return out;
                } catch (MethodTooLargeException e) {
                    String key = e.getMethodName() + e.getDescriptor();
                    if (attempt > 64 || tooLarge.containsKey(key)) {
                        throw e;
                    }
                    tooLarge.put(key, "Boucle: @Async method " + className + "." + e.getMethodName()
                            + " is too large once rewritten (" + e.getCodeSize() + " bytes of code, the JVM's limit"
                            + " is 65535): each await saves and restores every value live across it. Fix: split the"
                            + " method into smaller @Async methods, or keep fewer variables live across its awaits.");
                }
            }
        } catch (VirtualMachineError e) {
            throw e;
        } catch (TypeHierarchy.UnreadableException e) {
            diagnostics.accept("Boucle: could not instrument class " + className + ", left unchanged: " + e.getMessage()
                    + ". Its @Async methods will fail when called.");
            return null;
        } catch (Throwable e) {
            diagnostics.accept("Boucle: could not instrument class " + className + ", left unchanged: " + e
                    + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "")
                    + ". Its @Async methods will fail when called. Please report this with the class file.");
            return null;
        }
    }

    /** Horspool shift table for {@link #ASYNC}. */
    private static final int[] SHIFT = new int[256];

    static {
        java.util.Arrays.fill(SHIFT, ASYNC.length);
        for (int k = 0; k < ASYNC.length - 1; k++) {
            SHIFT[ASYNC[k] & 0xFF] = ASYNC.length - 1 - k;
        }
    }

    /**
     * Whether the class file may mention the annotation: a Boyer-Moore-Horspool search of the raw
     * bytes for the UTF-8 constant (it can only appear in the constant pool), no parsing, no
     * allocation; it looks at roughly one byte in ten of a class that does not mention it.
     */
    static boolean mentionsAsync(byte[] b) {
        int m = ASYNC.length;
        int i = 10; // past the magic, version and constant-pool count
        while (i <= b.length - m) {
            int k = m - 1;
            while (b[i + k] == ASYNC[k]) {
                if (k == 0) {
                    return true;
                }
                k--;
            }
            i += SHIFT[b[i + m - 1] & 0xFF];
        }
        return false;
    }

    /**
     * One attempt; {@code tooLarge} maps the keys (name + descriptor) of original methods, or of
     * bodies, that overflowed the JVM's code-size limit in an earlier attempt to their diagnostic:
     * those methods are refused. With {@code declaredTypes}, the @Async methods first get the
     * compiler's join-point types as casts ({@link DeclaredTypes}); without, a rewrite that needed
     * the hierarchy of an unreadable class throws {@link TypeHierarchy.UnreadableException}.
     */
    private static byte[] transform(ClassReader reader, ClassLoader loader, Consumer<String> diagnostics,
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
        if (declaredTypes) {
            for (MethodNode m : cn.methods) {
                if (targets.contains(m)) {
                    DeclaredTypes.insertCasts(m);
                } else {
                    DeclaredTypes.removeFrames(m);
                }
            }
        }
        String cls = cn.name.replace('/', '.');
        boolean bump = (cn.version & 0xFFFF) < Opcodes.V1_8;
        if (bump && hasSubroutines(cn)) {
            diagnostics.accept("Boucle: class " + cls + " (class file version " + (cn.version & 0xFFFF)
                    + ") uses JSR/RET subroutines, which Boucle cannot rewrite; left unchanged. Its @Async methods"
                    + " will fail when called. Fix: recompile it with a Java 7 or newer compiler (-target 7+).");
            return null;
        }
        TypeHierarchy hierarchy = new TypeHierarchy(loader);
        hierarchy.seed(cn.name, cn.superName, cn.interfaces.toArray(new String[0]),
                (cn.access & Opcodes.ACC_INTERFACE) != 0);
        ClassInfo info = new ClassInfo(cn, hierarchy);
        for (MethodNode m : abstracts) {
            // PROTOCOL §6: not rewritten (there is no body), and said so: the annotation does not carry
            // over to implementations, which are rewritten only if they are @Async themselves
            diagnostics.accept("Boucle: note: @Async on abstract method " + DebugInfo.where(info, m, -1)
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
            if (bodyReturn == null) {
                String d = "Boucle: @Async method " + DebugInfo.where(info, m, DebugInfo.firstLine(m))
                        + " has too many @Async overloads named " + m.name + ". Fix: rename some of them.";
                diagnostics.accept(d);
                replaced.put(key, RefusalStub.make(m, d, DebugInfo.firstLine(m)));
                continue;
            }
            int line = DebugInfo.firstLine(m);
            String big = tooLarge.get(key);
            if (big == null) {
                big = tooLarge.get(m.name + AsyncMethodRewriter.bodyDescriptor((m.access & Opcodes.ACC_STATIC) != 0,
                        bodyReturn));
            }
            AsyncMethodRewriter.Outcome o = big != null ? new AsyncMethodRewriter.Outcome(big, null)
                    : AsyncMethodRewriter.rewrite(info, m, bodyReturn);
            if (o.refusal != null) {
                diagnostics.accept(o.refusal);
                if (m.name.equals("<init>") || m.name.equals("<clinit>")) {
                    continue; // cannot stub a constructor: left as is, reported
                }
                replaced.put(key, RefusalStub.make(m, o.refusal, line));
            } else {
                signatures.add(o.body.name + o.body.desc);
                replaced.put(key, m);
                added.add(o.body);
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
                    + " cannot be read through " + loader + " (getResourceAsStream), and the types of values merged"
                    + " in its @Async methods depend on them (Boucle never loads classes while transforming)."
                    + " Fix: make the class files readable as resources of the class loader");
        }
        return out;
    }

    /** The first of PROTOCOL §2's body return types whose descriptor is free in the class. */
    private static String bodyReturnType(MethodNode m, Set<String> signatures) {
        boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
        for (String r : Names.BODY_RETURN_TYPES) {
            if (!signatures.contains(m.name + AsyncMethodRewriter.bodyDescriptor(isStatic, r))) {
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

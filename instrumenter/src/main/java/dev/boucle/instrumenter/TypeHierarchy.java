package dev.boucle.instrumenter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * The class hierarchy, read from class-file bytes, never by loading classes (PEERS lesson 2).
 *
 * <p>A class's super class, interfaces and whether it is an interface come from its class file,
 * read from the {@link ClassFileSource} (then from {@link ClassFileSource#jdk()}), from the class
 * being transformed itself
 * (seeded with {@link #seed}), or, when nothing can be read, {@code java/lang/Object} with no
 * interfaces: a conservative answer (merges widen to {@code Object}).
 *
 * <p>Invariant: every class whose bytes could not be read and whose {@link Info} was used is in
 * {@link #unreadable()}. The conservative answer is a guess: it is right for merges that really
 * end at {@code Object}, wrong for {@code Q1}/{@code Q2} merging to their common {@code Q} (the
 * restore code and the computed frames would then say {@code Object}, and the JVM would reject
 * {@code invokevirtual Q.q} on it). The instrumenter refuses a class whose rewrite needed a guess.
 *
 * <p>Answers for {@code java/*} classes, which only the boot and platform loaders define, are
 * shared by all instances; everything else is cached per instance (one per instrumented class), so
 * no source (and no class loader behind one) is kept alive by a cache.
 */
final class TypeHierarchy {

    /** Thrown when a rewrite needed the hierarchy of classes whose bytes could not be read. */
    static final class UnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    /** What the hierarchy knows of one class. */
    static final class Info {
        final String name;
        final String superName; // null for java/lang/Object and interfaces' absence of data
        final String[] interfaces;
        final boolean isInterface;
        /** {@code ACC_PUBLIC}: accessible from other packages (modules permitting). */
        final boolean isPublic;
        final boolean known;

        Info(String name, String superName, String[] interfaces, boolean isInterface, boolean isPublic,
                boolean known) {
            this.name = name;
            this.superName = superName;
            this.interfaces = interfaces;
            this.isInterface = isInterface;
            this.isPublic = isPublic;
            this.known = known;
        }
    }

    private static final Map<String, Info> JDK = new ConcurrentHashMap<>();

    private static final ClassFileSource JDK_FILES = ClassFileSource.jdk();

    private final ClassFileSource source;
    private final Map<String, Info> local = new ConcurrentHashMap<>();
    private final java.util.Set<String> unreadable = ConcurrentHashMap.newKeySet();

    TypeHierarchy(ClassFileSource source) {
        this.source = source == null ? ClassFileSource.none() : source;
    }

    /** Registers a class from its own bytes (the class under transformation, which is not loadable yet). */
    void seed(String name, String superName, String[] interfaces, boolean isInterface) {
        // its own class is always accessible to a method: whether it is public does not matter
        local.put(name, new Info(name, superName, interfaces == null ? new String[0] : interfaces, isInterface, true,
                true));
    }

    Info info(String name) {
        Info i = lookup(name);
        if (!i.known) {
            unreadable.add(name);
        }
        return i;
    }

    /** The classes whose bytes could not be read but whose place in the hierarchy was asked for. */
    java.util.Set<String> unreadable() {
        return unreadable;
    }

    private Info lookup(String name) {
        Info i = local.get(name);
        if (i != null) {
            return i;
        }
        boolean jdk = name.startsWith("java/");
        if (jdk) {
            i = JDK.get(name);
            if (i != null) {
                return i;
            }
        }
        i = read(name);
        (jdk && i.known ? JDK : local).put(name, i);
        return i;
    }

    private Info read(String name) {
        if (name.equals("java/lang/Object")) {
            return new Info(name, null, new String[0], false, true, true);
        }
        try {
            byte[] b = source.read(name);
            if (b == null) {
                b = JDK_FILES.read(name);
            }
            if (b != null) {
                ClassReader r = new ClassReader(b);
                return new Info(name, r.getSuperName(), r.getInterfaces(),
                        (r.getAccess() & Opcodes.ACC_INTERFACE) != 0, (r.getAccess() & Opcodes.ACC_PUBLIC) != 0, true);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: fall through to the conservative answer
        }
        return new Info(name, "java/lang/Object", new String[0], false, true, false);
    }

    boolean isInterface(String name) {
        return info(name).isInterface;
    }

    /** The super class, {@code null} for {@code java/lang/Object}; interfaces answer {@code java/lang/Object}. */
    String superClass(String name) {
        if (name.equals("java/lang/Object")) {
            return null;
        }
        String s = info(name).superName;
        return s == null ? "java/lang/Object" : s;
    }

    /** Whether a value of class {@code sub} is an instance of {@code sup} (precise, interfaces included). */
    boolean isSubclassOrImplementation(String sub, String sup) {
        if (sub.equals(sup) || sup.equals("java/lang/Object")) {
            return true;
        }
        return reaches(sub, sup, 0);
    }

    private boolean reaches(String from, String target, int depth) {
        if (from == null || depth > 64) {
            return false;
        }
        if (from.equals(target)) {
            return true;
        }
        Info i = info(from);
        for (String itf : i.interfaces) {
            if (reaches(itf, target, depth + 1)) {
                return true;
            }
        }
        return !from.equals("java/lang/Object") && reaches(superClass(from), target, depth + 1);
    }

    /**
     * The most specific common super class, as the JVM's verifier would compute it: interfaces count
     * as {@code java/lang/Object}. Used by {@link HierarchyClassWriter#getCommonSuperClass}.
     */
    String commonSuperClass(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        if (isInterface(a) || isInterface(b)) {
            return "java/lang/Object";
        }
        if (isSubclassOrImplementation(b, a)) {
            return a;
        }
        if (isSubclassOrImplementation(a, b)) {
            return b;
        }
        String c = a;
        for (int guard = 0; guard < 64 && c != null; guard++) {
            c = superClass(c);
            if (c == null || c.equals("java/lang/Object")) {
                return "java/lang/Object";
            }
            if (isSubclassOrImplementation(b, c)) {
                return c;
            }
        }
        return "java/lang/Object";
    }

    /**
     * The type a value of type {@code type} (internal name or array descriptor) can be cast to in
     * code of class {@code from}: {@code type} itself when {@code from} may name it, else its nearest
     * super class that {@code from} may name (for an array, the same for its element type). A
     * package-private class of another package, or a class of a package its module does not export
     * (the nearest common super class of two JDK classes can be either: {@code StringBuilder} and
     * {@code StringBuffer} merge to the package-private {@code java.lang.AbstractStringBuilder}),
     * cannot be the operand of a {@code checkcast} there: that is an {@code IllegalAccessError} at
     * run time. Any type the code itself declares is accessible and above {@code type}, so the
     * answer is never less precise than what the code after the cast needs.
     */
    String accessibleSuperType(String type, String from) {
        if (type.startsWith("[")) {
            int dims = type.lastIndexOf('[') + 1;
            String element = type.substring(dims);
            if (!element.startsWith("L")) {
                return type; // primitive elements
            }
            String e = accessibleSuperType(element.substring(1, element.length() - 1), from);
            return type.substring(0, dims) + "L" + e + ";";
        }
        String c = type;
        for (int guard = 0; guard < 64 && c != null; guard++) {
            if (isAccessible(c, from)) {
                return c;
            }
            c = superClass(c);
        }
        return "java/lang/Object";
    }

    private boolean isAccessible(String type, String from) {
        String pkg = packageOf(type);
        if (pkg.equals(packageOf(from))) {
            return true;
        }
        // a class whose file cannot be read is taken as accessible (cast as before), and is not recorded
        // as unreadable: no merge was guessed from it
        return lookup(type).isPublic && !JdkExports.isEncapsulated(pkg);
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }
}

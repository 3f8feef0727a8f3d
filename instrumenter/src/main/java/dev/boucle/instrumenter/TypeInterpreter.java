package dev.boucle.instrumenter;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * A {@link SimpleVerifier} that computes precise reference types from a {@link TypeHierarchy}
 * instead of loading classes, and does not re-verify the (already verified) input.
 *
 * <p>Merges are precise, interfaces included: {@code List} merged with {@code String} is
 * {@code Object}, not {@code List} (SimpleVerifier's own treatment of interfaces as {@code Object}
 * would make the restore code {@code checkcast} a value to a type it does not have). Type checks
 * ({@link #isSubTypeOf}) accept any reference for a reference, as the JVM's verifier does for
 * interfaces, because the input already passed javac and the JVM's checks.
 */
final class TypeInterpreter extends SimpleVerifier {
    private final TypeHierarchy hierarchy;

    TypeInterpreter(TypeHierarchy hierarchy, String owner, String superName, List<String> interfaces, boolean isInterface) {
        super(Opcodes.ASM9, Type.getObjectType(owner), superName == null ? null : Type.getObjectType(superName),
                types(interfaces), isInterface);
        this.hierarchy = hierarchy;
    }

    private static List<Type> types(List<String> names) {
        List<Type> l = new ArrayList<>();
        if (names != null) {
            for (String n : names) {
                l.add(Type.getObjectType(n));
            }
        }
        return l;
    }

    @Override
    protected boolean isSubTypeOf(BasicValue value, BasicValue expected) {
        Type e = expected.getType();
        Type t = value.getType();
        if (e == null || t == null) {
            return e == t;
        }
        int es = e.getSort();
        if (es == Type.OBJECT || es == Type.ARRAY) {
            int ts = t.getSort();
            return ts == Type.OBJECT || ts == Type.ARRAY;
        }
        return t.equals(e);
    }

    @Override
    protected boolean isInterface(Type type) {
        return type.getSort() == Type.OBJECT && hierarchy.isInterface(type.getInternalName());
    }

    @Override
    protected Type getSuperClass(Type type) {
        if (type.getSort() != Type.OBJECT) {
            return Type.getObjectType("java/lang/Object");
        }
        String s = hierarchy.superClass(type.getInternalName());
        return s == null ? null : Type.getObjectType(s);
    }

    @Override
    protected boolean isAssignableFrom(Type type1, Type type2) {
        if (type1.equals(type2)) {
            return true;
        }
        if (type1.getSort() == Type.OBJECT && type1.getInternalName().equals("java/lang/Object")) {
            return true;
        }
        if (type1.getSort() == Type.ARRAY) {
            if (type2.getSort() != Type.ARRAY || type1.getDimensions() > type2.getDimensions()) {
                return false;
            }
            Type e1 = type1.getElementType();
            if (type1.getDimensions() < type2.getDimensions()) {
                // T1[]..[] from deeper arrays: only Object, Cloneable, Serializable elements
                String n = e1.getSort() == Type.OBJECT ? e1.getInternalName() : "";
                return n.equals("java/lang/Object") || n.equals("java/lang/Cloneable") || n.equals("java/io/Serializable");
            }
            Type e2 = type2.getElementType();
            if (e1.getSort() != Type.OBJECT || e2.getSort() != Type.OBJECT) {
                return e1.equals(e2);
            }
            return hierarchy.isSubclassOrImplementation(e2.getInternalName(), e1.getInternalName());
        }
        if (type1.getSort() != Type.OBJECT) {
            return false;
        }
        if (type2.getSort() == Type.ARRAY) {
            String n = type1.getInternalName();
            return n.equals("java/lang/Cloneable") || n.equals("java/io/Serializable");
        }
        if (type2.getSort() != Type.OBJECT) {
            return false;
        }
        return hierarchy.isSubclassOrImplementation(type2.getInternalName(), type1.getInternalName());
    }

    @Override
    protected Class<?> getClass(Type type) {
        throw new AssertionError("Boucle's analysis must not load classes: " + type);
    }
}

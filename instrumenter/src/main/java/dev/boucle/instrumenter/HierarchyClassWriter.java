package dev.boucle.instrumenter;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/** A {@link ClassWriter} whose frame computation asks a {@link TypeHierarchy}, never a class loader. */
final class HierarchyClassWriter extends ClassWriter {
    private final TypeHierarchy hierarchy;

    HierarchyClassWriter(ClassReader copyFrom, int flags, TypeHierarchy hierarchy) {
        super(copyFrom, flags);
        this.hierarchy = hierarchy;
    }

    @Override
    protected String getCommonSuperClass(String type1, String type2) {
        return hierarchy.commonSuperClass(type1, type2);
    }

    @Override
    protected ClassLoader getClassLoader() {
        throw new AssertionError("Boucle's ClassWriter must not load classes");
    }
}

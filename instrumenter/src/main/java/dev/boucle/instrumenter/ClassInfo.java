package dev.boucle.instrumenter;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/** What the passes need to know about the class that holds the method they rewrite. */
final class ClassInfo {
    final String name;
    final String superName;
    final List<String> interfaces;
    final boolean isInterface;
    final String sourceFile;
    final TypeHierarchy hierarchy;

    ClassInfo(ClassNode cn, TypeHierarchy hierarchy) {
        this.name = cn.name;
        this.superName = cn.superName;
        this.interfaces = cn.interfaces;
        this.isInterface = (cn.access & Opcodes.ACC_INTERFACE) != 0;
        this.sourceFile = cn.sourceFile;
        this.hierarchy = hierarchy;
    }

    /** {@code pkg.Cases} */
    String dottedName() {
        return name.replace('/', '.');
    }
}

package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;

/** {@link TypeHierarchy} (read from class files) and the {@link TypeInterpreter} merges over it. */
class TypeHierarchyTest {

    @Test
    void hierarchyFromBytes() {
        TypeHierarchy h = new TypeHierarchy(null);
        assertEquals("java/util/AbstractList", h.commonSuperClass("java/util/ArrayList", "java/util/LinkedList"));
        assertEquals("java/lang/Object", h.commonSuperClass("java/util/List", "java/util/ArrayList"));
        assertEquals("java/lang/Number", h.commonSuperClass("java/lang/Integer", "java/lang/Long"));
        assertTrue(h.isSubclassOrImplementation("java/util/ArrayList", "java/util/Collection"));
        assertFalse(h.isSubclassOrImplementation("java/lang/String", "java/util/List"));
        assertTrue(h.isInterface("java/lang/Runnable"));
        assertEquals("java/lang/Object", h.commonSuperClass("no/such/Thing", "java/lang/String"));
        assertEquals(java.util.Set.of("no/such/Thing"), h.unreadable(), "the guess is recorded");
    }

    @Test
    void mergesArePreciseWithInterfaces() {
        TypeInterpreter t = new TypeInterpreter(new TypeHierarchy(null), "p/C", "java/lang/Object", List.of(), false);
        BasicValue list = new BasicValue(Type.getObjectType("java/util/List"));
        BasicValue arrayList = new BasicValue(Type.getObjectType("java/util/ArrayList"));
        BasicValue string = new BasicValue(Type.getObjectType("java/lang/String"));
        BasicValue nul = new BasicValue(Type.getObjectType("null"));
        assertEquals("java/lang/Object", t.merge(list, string).getType().getInternalName());
        assertEquals("java/lang/Object", t.merge(string, list).getType().getInternalName());
        assertEquals("java/util/List", t.merge(list, arrayList).getType().getInternalName());
        assertEquals("java/lang/String", t.merge(nul, string).getType().getInternalName());
        BasicValue strings = new BasicValue(Type.getType("[Ljava/lang/String;"));
        BasicValue ints = new BasicValue(Type.getType("[Ljava/lang/Integer;"));
        assertEquals("[Ljava/lang/Object;", t.merge(strings, ints).getType().getDescriptor());
    }

    @Test
    void castsNameOnlyWhatTheMethodsClassMayAccess() {
        TypeHierarchy h = new TypeHierarchy(null);
        // package-private in java.lang: the nearest super class user code may name is Object
        assertEquals("java/lang/Object", h.accessibleSuperType("java/lang/AbstractStringBuilder", "p/C"));
        assertEquals("java/lang/AbstractStringBuilder", h.accessibleSuperType("java/lang/AbstractStringBuilder", "java/lang/X"),
                "same package");
        assertEquals("java/lang/StringBuilder", h.accessibleSuperType("java/lang/StringBuilder", "p/C"));
        assertEquals("[[Ljava/lang/Object;", h.accessibleSuperType("[[Ljava/lang/AbstractStringBuilder;", "p/C"));
        assertEquals("[I", h.accessibleSuperType("[I", "p/C"));
        // public, but in a package java.base does not export
        assertEquals("java/lang/Object", h.accessibleSuperType("jdk/internal/misc/Unsafe", "p/C"));
        assertEquals("java/util/AbstractList", h.accessibleSuperType("java/util/AbstractList", "p/C"));
        assertEquals(java.util.Set.of(), h.unreadable(), "no merge was guessed");
        assertEquals("no/such/Thing", h.accessibleSuperType("no/such/Thing", "p/C"), "unreadable: kept, not recorded");
        assertEquals(java.util.Set.of(), h.unreadable());
    }
}

package dev.boucle.instrumenter;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the instrumenter reads the class files of the types it meets (super classes and interfaces
 * of values merged at join points), by internal name ({@code java/util/ArrayList}). It never loads
 * a class: the agent reads through the defining loader's resources, build tools through the
 * compile class path ({@link ClassPathSource}), tests through whatever they compiled.
 *
 * <p>A source that cannot find a class answers {@code null}; the instrumenter then asks
 * {@link #jdk()} (the JDK's classes are part of every class path), and if that fails too it refuses
 * the class rather than guess a type (see {@code TypeHierarchy}).
 */
@FunctionalInterface
public interface ClassFileSource {

    /** The bytes of the class file of {@code internalName}, or {@code null} if this source has none. */
    byte[] read(String internalName) throws IOException;

    /** This source, then {@code next} for what this one does not have. */
    default ClassFileSource orElse(ClassFileSource next) {
        return name -> {
            byte[] b = read(name);
            return b != null ? b : next.read(name);
        };
    }

    /** A source with no class files at all (only the JDK's are then known). */
    static ClassFileSource none() {
        return name -> null;
    }

    /**
     * The class files of the running JDK's platform modules ({@code java.base} and the others), read
     * as resources of the platform class loader: class files of named modules are never encapsulated
     * as resources, and reading one loads nothing.
     */
    static ClassFileSource jdk() {
        return name -> {
            try (InputStream in = ClassLoader.getPlatformClassLoader().getResourceAsStream(name + ".class")) {
                return in == null ? null : in.readAllBytes();
            }
        };
    }
}

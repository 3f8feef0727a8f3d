package dev.boucle.agent;

import dev.boucle.instrumenter.ClassFileSource;
import java.io.IOException;
import java.io.InputStream;

/**
 * The class files a class loader serves as resources: where the agent reads the super types of the
 * class being defined ({@code null}, the bootstrap loader, reads the system loader's, which also
 * serves the JDK's). Reading a resource loads no class.
 */
final class LoaderClassFiles implements ClassFileSource {
    private final ClassLoader loader;

    LoaderClassFiles(ClassLoader loader) {
        this.loader = loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    @Override
    public byte[] read(String internalName) throws IOException {
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        }
    }

    @Override
    public String toString() {
        return "the resources of " + loader;
    }
}

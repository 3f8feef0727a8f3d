package dev.boucle.agent;

import dev.boucle.instrumenter.ClassFileSource;
import java.io.IOException;
import java.io.InputStream;

/** The tests' class-file source: the resources of a class loader (as the agent reads them). */
public final class LoaderSource {
    private LoaderSource() {}

    public static ClassFileSource of(ClassLoader loader) {
        ClassLoader l = loader != null ? loader : ClassLoader.getSystemClassLoader();
        return name -> {
            try (InputStream in = l.getResourceAsStream(name + ".class")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw e;
            }
        };
    }
}

package dev.boucle.instrumenter;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class files of a class path, for build-time instrumentation: each entry a directory of class
 * files or a jar, searched in order (the JDK's own classes are always found after them). Jars are
 * opened on first use and closed by {@link #close()}.
 */
public final class ClassPathSource implements ClassFileSource, Closeable {
    private final List<Path> entries;
    private final List<ZipFile> jars = new ArrayList<>();

    public ClassPathSource(List<Path> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            jars.add(null);
        }
    }

    @Override
    public synchronized byte[] read(String internalName) throws IOException {
        String file = internalName + ".class";
        for (int i = 0; i < entries.size(); i++) {
            Path e = entries.get(i);
            if (Files.isDirectory(e)) {
                Path p = e.resolve(file);
                if (Files.isRegularFile(p)) {
                    return Files.readAllBytes(p);
                }
            } else if (Files.isRegularFile(e)) {
                ZipFile jar = jars.get(i);
                if (jar == null) {
                    jar = new ZipFile(e.toFile());
                    jars.set(i, jar);
                }
                ZipEntry z = jar.getEntry(file);
                if (z != null) {
                    try (InputStream in = jar.getInputStream(z)) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        return null;
    }

    @Override
    public synchronized void close() throws IOException {
        for (ZipFile z : jars) {
            if (z != null) {
                z.close();
            }
        }
    }

    @Override
    public String toString() {
        return "the class path " + entries;
    }
}

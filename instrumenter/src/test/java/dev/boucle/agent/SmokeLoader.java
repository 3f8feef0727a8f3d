package dev.boucle.agent;

import dev.boucle.instrumenter.Instrumenter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A child-first loader that defines the classes of one package from instrumented bytes. */
public final class SmokeLoader extends ClassLoader {
    private final String prefix;
    final List<String> diagnostics = new ArrayList<>();
    final Map<String, byte[]> instrumented = new ConcurrentHashMap<>();

    SmokeLoader(String prefix) {
        super(SmokeLoader.class.getClassLoader());
        this.prefix = prefix;
    }

    public static byte[] bytesOf(String className) throws IOException {
        try (InputStream in = SmokeLoader.class.getClassLoader().getResourceAsStream(className.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new IOException("no class file for " + className);
            }
            return in.readAllBytes();
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(prefix)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] b;
                try {
                    b = bytesOf(name);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
                byte[] t = Instrumenter.instrument(b, LoaderSource.of(this), diagnostics::add);
                if (t != null) {
                    instrumented.put(name, t);
                    b = t;
                }
                c = defineClass(name, b, 0, b.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}

package dev.boucle.agent;

import dev.boucle.instrumenter.Instrumenter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources at test time (any --release), and loads them instrumented, child first. */
public final class Compiled extends ClassLoader {
    public final Map<String, byte[]> original = new HashMap<>();
    public final Map<String, byte[]> instrumented = new HashMap<>();
    public final List<String> diagnostics = new ArrayList<>();

    private Compiled() {
        super(Compiled.class.getClassLoader());
    }

    /** Compiles {@code sources} (name -> text) with {@code javac --release release -g}. */
    public static Compiled compile(int release, Map<String, String> sources) throws IOException {
        Path dir = Files.createTempDirectory("boucle-compiled");
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path p = dir.resolve("src").resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
            files.add(p);
        }
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            List<String> options = List.of("--release", Integer.toString(release), "-g", "-nowarn", "-Xlint:-options",
                    "-classpath", System.getProperty("java.class.path"), "-d", out.toString());
            Boolean ok = javac.getTask(errors, fm, null, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("javac failed:\n" + errors);
            }
        }
        Compiled c = new Compiled();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String rel = out.relativize(p).toString();
                String name = rel.substring(0, rel.length() - 6).replace('/', '.');
                c.original.put(name, Files.readAllBytes(p));
            }
        }
        return c;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        byte[] b = original.get(name);
        if (b == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] t = Instrumenter.instrument(b, LoaderSource.of(this), diagnostics::add);
                if (t != null) {
                    instrumented.put(name, t);
                    b = t;
                }
                c = defineClass(name, b, 0, b.length);
            }
            return c;
        }
    }

    @Override
    public java.io.InputStream getResourceAsStream(String name) {
        if (name.endsWith(".class")) {
            byte[] b = original.get(name.substring(0, name.length() - 6).replace('/', '.'));
            if (b != null) {
                return new java.io.ByteArrayInputStream(b);
            }
        }
        return super.getResourceAsStream(name);
    }
}

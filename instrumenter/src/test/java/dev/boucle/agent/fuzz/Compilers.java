package dev.boucle.agent.fuzz;

import dev.boucle.Coroutine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * In-test compilers: the running JDK's javac (in memory, through javax.tools) and the Eclipse
 * compiler (ecj, a test dependency, through its batch entry point on a temporary directory).
 * Both take a map of binary class name to source and give a map of binary class name to class
 * bytes, compiled against the runtime's classes; a compile error is an {@link AssertionError}
 * quoting the diagnostics.
 */
final class Compilers {
    private Compilers() {}

    /** Where the runtime's classes (dev.boucle.Coroutine and friends) are on the test class path. */
    static String runtimeClasses() {
        try {
            return Paths.get(Coroutine.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        final String text;

        Source(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + ".java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class Output extends SimpleJavaFileObject {
        final String className;
        final Map<String, byte[]> into;

        Output(String className, Map<String, byte[]> into) {
            super(URI.create("mem:///" + className.replace('.', '/') + ".class"), Kind.CLASS);
            this.className = className;
            this.into = into;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    into.put(className, toByteArray());
                }
            };
        }
    }

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static StandardJavaFileManager standard;

    /** javac's debug flag: {@code -g}, or another with {@code -Dboucle.fuzz.javacDebug=-g:none} (no local-variable table). */
    static final String JAVAC_DEBUG = System.getProperty("boucle.fuzz.javacDebug", "-g");

    /** javac, in memory: {@code -g --release 17} (see {@link #JAVAC_DEBUG}). */
    static synchronized Map<String, byte[]> javac(Map<String, String> sources) {
        if (standard == null) {
            standard = JAVAC.getStandardFileManager(null, null, null);
        }
        Map<String, byte[]> out = new TreeMap<>();
        JavaFileManager fm = new ForwardingJavaFileManager<JavaFileManager>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new Output(className, out);
            }
        };
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((n, s) -> units.add(new Source(n, s)));
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        List<String> options = List.of(JAVAC_DEBUG, "--release", "17", "-nowarn", "-Xlint:none", "-proc:none",
                "-classpath", runtimeClasses());
        boolean ok = JAVAC.getTask(null, fm, diags, options, null, units).call();
        if (!ok) {
            StringBuilder sb = new StringBuilder("javac failed:\n");
            diags.getDiagnostics().forEach(d -> sb.append(d).append('\n'));
            throw new AssertionError(sb.toString());
        }
        return out;
    }

    static {
        // ecj 3.37 trips its own asserts on switch expressions inside try (surefire runs with -ea); its
        // code is fine without them
        Compilers.class.getClassLoader().setPackageAssertionStatus("org.eclipse.jdt", false);
    }

    /** ecj (Eclipse's batch compiler), {@code -17 -g}, through a temporary directory. */
    static Map<String, byte[]> ecj(Map<String, String> sources, Path tmp, String... extraClassPath) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-17", "-g", "-nowarn", "-proc:none", "-d", classes.toString(),
                "-cp", String.join(java.io.File.pathSeparator, runtimeClasses(), String.join(java.io.File.pathSeparator,
                        extraClassPath))));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            args.add(f.toString());
        }
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        boolean ok = org.eclipse.jdt.core.compiler.batch.BatchCompiler.compile(args.toArray(new String[0]), pw, pw, null);
        pw.flush();
        if (!ok) {
            throw new AssertionError("ecj failed:\n" + sw);
        }
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String rel = classes.relativize(p).toString();
                out.put(rel.substring(0, rel.length() - ".class".length()).replace('/', '.').replace('\\', '.'),
                        Files.readAllBytes(p));
            }
        }
        return out;
    }

    /**
     * A loader for compiled classes (uninstrumented), child-first for them (so it can hold other
     * compilations of classes that are also on the test class path); everything else from the test class path.
     */
    static final class MemoryLoader extends ClassLoader {
        private final Map<String, byte[]> classes;
        private final boolean resourceUrls;

        MemoryLoader(Map<String, byte[]> classes) {
            this(classes, true);
        }

        /**
         * @param resourceUrls whether {@code getResource} finds the class files (the instrumenter reads the
         *     hierarchy through it); {@code getResourceAsStream} always serves them
         */
        MemoryLoader(Map<String, byte[]> classes, boolean resourceUrls) {
            super(Compilers.class.getClassLoader());
            this.classes = classes;
            this.resourceUrls = resourceUrls;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!classes.containsKey(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : findClass(name);
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }

        /** Class files as resources too, so the instrumenter's hierarchy lookups find the compiled classes. */
        @Override
        protected java.net.URL findResource(String name) {
            byte[] b = !resourceUrls ? null : name.endsWith(".class") ? classes.get(name.substring(0, name.length() - 6).replace('/', '.')) : null;
            if (b == null) {
                return null;
            }
            try {
                return new java.net.URL(null, "mem:/" + name, new java.net.URLStreamHandler() {
                    @Override
                    protected java.net.URLConnection openConnection(java.net.URL u) {
                        return new java.net.URLConnection(u) {
                            @Override
                            public void connect() {}

                            @Override
                            public java.io.InputStream getInputStream() {
                                return new java.io.ByteArrayInputStream(b);
                            }
                        };
                    }
                });
            } catch (java.net.MalformedURLException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            if (name.endsWith(".class")) {
                byte[] b = classes.get(name.substring(0, name.length() - 6).replace('/', '.'));
                if (b != null) {
                    return new java.io.ByteArrayInputStream(b);
                }
            }
            return super.getResourceAsStream(name);
        }
    }
}

package dev.boucle.agent.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * The hard-case harness: a child-first class loader for the classes under the configured prefixes
 * (and exact names). It reads each class file, runs it through
 * {@code dev.boucle.instrumenter.Instrumenter.instrument} ({@code passes} times: 0 = the plain class, as
 * without the agent; 2 = instrument the output again), checks the result with ASM's
 * {@link CheckClassAdapter} (structure, debug info, and the data-flow verifier), then defines it.
 * Everything else (the runtime {@code dev.boucle.*}, the JDK, the tests) comes from the parent.
 */
public final class InstrumentingClassLoader extends ClassLoader {
    public static final String SUBJECTS = "dev.boucle.agent.cases.subjects.";

    private final List<String> prefixes;
    private final Function<String, byte[]> source;
    private final ClassLoader hierarchy;
    private final int passes;

    /** Every diagnostic the instrumenter reported, in order. */
    public final List<String> diagnostics = Collections.synchronizedList(new ArrayList<>());
    /** Verifier complaints and instrumenter crashes; a test fails if this is not empty. */
    public final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    /** The bytes defined for each class, after instrumentation. */
    public final Map<String, byte[]> defined = Collections.synchronizedMap(new LinkedHashMap<>());
    /** The names of the classes the instrumenter changed. */
    public final List<String> changed = Collections.synchronizedList(new ArrayList<>());

    /** Instruments the classes under {@code prefixes}, read from the test class path. */
    public InstrumentingClassLoader(String... prefixes) {
        this(1, InstrumentingClassLoader.class.getClassLoader(), null, prefixes);
    }

    /**
     * @param passes how many times each class goes through the instrumenter (0: never)
     * @param hierarchy the loader in which the verifier looks up supertypes: one that holds the
     *     same classes uninstrumented (instrumentation never changes the hierarchy)
     * @param source where class bytes come from ({@code null}: resources of {@code hierarchy})
     */
    public InstrumentingClassLoader(int passes, ClassLoader hierarchy, Function<String, byte[]> source, String... prefixes) {
        super(InstrumentingClassLoader.class.getClassLoader());
        this.passes = passes;
        this.hierarchy = hierarchy;
        this.prefixes = List.of(prefixes);
        this.source = source != null ? source : name -> readResource(hierarchy, name);
        if (passes > 0) {
            System.setProperty("dev.boucle.agent", "test");
        }
        // the same assertion status as the test classes (surefire enables them on the system loader only),
        // so subjects and their plain twins agree on assert statements
        boolean assertions = false;
        assert assertions = true;
        setDefaultAssertionStatus(assertions);
    }

    private boolean childFirst(String name) {
        for (String p : prefixes) {
            if (p.endsWith(".") ? name.startsWith(p) : name.equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** Class files of the instrumented classes are resources of this loader too, as for any normal loader. */
    @Override
    protected java.net.URL findResource(String name) {
        return hierarchy != getParent() ? hierarchy.getResource(name) : null;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!childFirst(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] original = source.apply(name);
        if (original == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes = original;
        for (int i = 0; i < passes; i++) {
            byte[] out;
            try {
                out = instrument(bytes, this, diagnostics::add);
            } catch (Throwable t) {
                StringWriter sw = new StringWriter();
                t.printStackTrace(new PrintWriter(sw));
                String msg = "Instrumenter.instrument crashed on " + name + " (pass " + (i + 1) + "):\n" + sw;
                problems.add(msg);
                throw new AssertionError(msg, t);
            }
            if (out != null) {
                if (i == 0) {
                    changed.add(name);
                }
                bytes = out;
            }
        }
        String complaint = verify(bytes, hierarchy);
        if (complaint != null) {
            String msg = "ASM CheckClassAdapter rejects the instrumented " + name + ":\n" + complaint;
            System.err.println(msg);
            problems.add(msg);
            throw new AssertionError(msg);
        }
        defined.put(name, bytes);
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** ASM's checks, with debug info, then the data-flow verifier; {@code null} if all is well. */
    public static String verify(byte[] bytes, ClassLoader hierarchy) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        try {
            new ClassReader(bytes).accept(new CheckClassAdapter(new ClassWriter(0), false), 0);
        } catch (Throwable t) {
            t.printStackTrace(pw);
        }
        try {
            CheckClassAdapter.verify(new ClassReader(bytes), hierarchy, false, pw);
        } catch (Throwable t) {
            t.printStackTrace(pw);
        }
        pw.flush();
        String s = sw.toString();
        return s.isEmpty() ? null : s;
    }

    // ---- the instrumenter, looked up by name ----

    /** {@code dev.boucle.instrumenter.Instrumenter.instrument}, reading class files through {@code loader}. */
    public static byte[] instrument(byte[] bytes, ClassLoader loader, Consumer<String> diagnostics) {
        return dev.boucle.instrumenter.Instrumenter.instrument(bytes, dev.boucle.agent.LoaderSource.of(loader),
                diagnostics);
    }

    public static byte[] readResource(ClassLoader from, String className) {
        try (InputStream in = from.getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

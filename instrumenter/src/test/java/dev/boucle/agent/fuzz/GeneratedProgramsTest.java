package dev.boucle.agent.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.agent.cases.InstrumentingClassLoader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated programs ({@link ProgramGenerator}), each compiled twice (plain twin and {@code @Async}
 * version), the {@code @Async} version instrumented, checked by ASM's {@code CheckClassAdapter}
 * (every class, with the data-flow verifier) and run on a {@link Loop} in three modes (no await
 * suspends; every helper await suspends; every other one does), against the plain twin: value or
 * exception (class, message, suppressed, cause) and the trace log must match.
 *
 * <p>CI runs fixed seeds. Run more locally with {@code -Dboucle.fuzz.seed=S -Dboucle.fuzz.classes=N}
 * (N classes of {@value #METHODS} methods from seed S on). A failure prints the seed and the source.
 */
class GeneratedProgramsTest {
    static final int METHODS = 8;
    static final long FIRST_SEED = Long.getLong("boucle.fuzz.seed", 1L);
    static final int CLASSES = Integer.getInteger("boucle.fuzz.classes", 20);
    /** How many of the classes the ecj test compiles with the Eclipse compiler. */
    static final int ECJ_CLASSES = Integer.getInteger("boucle.fuzz.ecjClasses", 10);
    /** How many of the javac classes run again with a hierarchy the instrumenter cannot read. */
    static final int BLIND_CLASSES = Integer.getInteger("boucle.fuzz.blindClasses", 6);
    static final int[] ARGS = {3, -7};

    @TempDir
    Path tmp;

    /** One generated class: its seed, name and both sources. */
    record Program(long seed, String name, String async, String plain) {
        String binaryName() {
            return ProgramGenerator.PKG + "." + name;
        }
    }

    static List<Program> programs(int count) {
        List<Program> l = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seed = FIRST_SEED + i;
            String name = "G" + (seed < 0 ? "m" + -seed : String.valueOf(seed));
            String[] src = ProgramGenerator.generate(seed, name, METHODS);
            l.add(new Program(seed, name, src[0], src[1]));
        }
        return l;
    }

    static Map<String, String> sources(List<Program> ps, boolean async) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Program p : ps) {
            m.put(p.binaryName(), async ? p.async : p.plain);
        }
        return m;
    }

    @Test
    void javacPrograms() {
        List<Program> ps = programs(CLASSES);
        Map<String, byte[]> plain = Compilers.javac(sources(ps, false));
        Map<String, byte[]> async = Compilers.javac(sources(ps, true));
        runAll(ps, plain, async, "javac", true);
        // the same classes again, instrumented through a loader that hides their class files: the
        // hierarchy of the programs' own classes is then unreadable, and joins are typed from the frames
        runAll(ps.subList(0, Math.min(ps.size(), BLIND_CLASSES)), plain, async, "javac, unreadable hierarchy", false);
    }

    /** The same programs compiled by ecj: other slot reuse, stack shapes and finally inlining. */
    @Test
    void ecjPrograms() throws Exception {
        List<Program> ps = programs(Math.min(CLASSES, ECJ_CLASSES));
        Map<String, byte[]> plain = Compilers.javac(sources(ps, false));
        Map<String, byte[]> async = Compilers.ecj(sources(ps, true), tmp);
        runAll(ps, plain, async, "ecj", true);
    }

    static void runAll(List<Program> ps, Map<String, byte[]> plainBytes, Map<String, byte[]> asyncBytes, String compiler,
            boolean readableHierarchy) {
        ClassLoader plainLoader = new Compilers.MemoryLoader(plainBytes);
        ClassLoader asyncPlain = new Compilers.MemoryLoader(asyncBytes, readableHierarchy);
        InstrumentingClassLoader il = new InstrumentingClassLoader(1, asyncPlain, null, ProgramGenerator.PKG + ".");
        List<String> failures = new ArrayList<>();
        int runs = 0;
        int yields = 0;
        int skipped = 0;
        for (Program p : ps) {
            List<String> mine = new ArrayList<>();
            String invalid = invalidInput(p, asyncBytes, asyncPlain);
            if (invalid != null) {
                // ecj 3.37 drops the checkcast after a generic call that is the arm of a switch expression
                // (the JVM rejects its own output with a VerifyError): not the transformer's input to judge
                assertTrue(!compiler.startsWith("javac"), () -> "javac's output does not verify:\n" + invalid);
                skipped++;
                continue;
            }
            try {
                // every class of the program goes through the instrumenter and the verifier
                for (String n : asyncBytes.keySet()) {
                    if (n.equals(p.binaryName()) || n.startsWith(p.binaryName() + "$")) {
                        Class.forName(n, false, il);
                    }
                }
                Class<?> twin = plainLoader.loadClass(p.binaryName());
                Class<?> inst = il.loadClass(p.binaryName());
                for (int k = 0; k < METHODS; k++) {
                    for (int arg : ARGS) {
                        String expected = runPlain(twin, k, arg);
                        for (int mode = 0; mode <= 2; mode++) {
                            String actual = runInstrumented(inst, k, arg, mode);
                            runs++;
                            yields += (Integer) inst.getField("yields").get(null);
                            if (!expected.equals(actual)) {
                                mine.add("m" + k + "(" + arg + ") mode " + mode + ":\n    expected " + expected
                                        + "\n    actual   " + actual);
                                break;
                            }
                        }
                    }
                }
            } catch (Throwable t) {
                mine.add("crashed: " + t);
            }
            if (!mine.isEmpty()) {
                StringBuilder sb = new StringBuilder("seed " + p.seed + " (" + compiler + ", class " + p.binaryName()
                        + "; rerun with -Dboucle.fuzz.seed=" + p.seed + " -Dboucle.fuzz.classes=1):\n  ");
                sb.append(String.join("\n  ", mine));
                for (String d : il.diagnostics) {
                    if (d.contains(p.name)) {
                        sb.append("\n  instrumenter said: ").append(d);
                    }
                }
                failures.add(sb.toString());
                if (failures.size() <= 2) {
                    System.err.println(sb + "\n---- source of seed " + p.seed + " ----\n" + numbered(p.async));
                }
            }
        }
        if (!il.problems.isEmpty()) {
            failures.add("verifier/instrumenter problems:\n" + String.join("\n", il.problems));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + ps.size() + " generated classes failed (" + compiler + "); first ones:\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
        assertTrue(skipped <= ps.size() / 4, compiler + " produced invalid classes for " + skipped + " of " + ps.size());
        assertTrue(yields > runs / 4, "the suspending modes hardly suspended: " + yields + " yields in " + runs + " runs");
        System.out.println(compiler + ": " + ps.size() + " generated classes, " + runs + " instrumented runs, " + yields
                + " suspensions, " + skipped + " classes skipped (invalid compiler output)");
    }

    /** A complaint of the verifier about the compiler's own (uninstrumented) output, or {@code null}. */
    static String invalidInput(Program p, Map<String, byte[]> bytes, ClassLoader hierarchy) {
        for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
            String n = e.getKey();
            if (n.equals(p.binaryName()) || n.startsWith(p.binaryName() + "$")) {
                String complaint = InstrumentingClassLoader.verify(e.getValue(), hierarchy);
                if (complaint != null) {
                    return n + ": " + complaint;
                }
            }
        }
        return null;
    }

    static String numbered(String src) {
        StringBuilder sb = new StringBuilder();
        int i = 1;
        for (String line : src.split("\n")) {
            sb.append(String.format("%4d  %s%n", i++, line));
        }
        return sb.toString();
    }

    private static Object receiver(Class<?> c, Method m) throws ReflectiveOperationException {
        if (Modifier.isStatic(m.getModifiers())) {
            return null;
        }
        var ctor = c.getDeclaredConstructor();
        ctor.setAccessible(true);
        return ctor.newInstance();
    }

    static String runPlain(Class<?> c, int k, int arg) throws ReflectiveOperationException {
        c.getMethod("reset", int.class).invoke(null, 0);
        Method m = c.getDeclaredMethod("m" + k, int.class);
        m.setAccessible(true);
        String result;
        try {
            Object holder = m.invoke(receiver(c, m), arg);
            var v = holder.getClass().getDeclaredField("v");
            v.setAccessible(true);
            result = "value " + v.get(holder);
        } catch (InvocationTargetException e) {
            result = render(e.getCause());
        }
        return result + " log=" + c.getField("L").get(null);
    }

    static String runInstrumented(Class<?> c, int k, int arg, int mode) throws ReflectiveOperationException {
        c.getMethod("reset", int.class).invoke(null, mode);
        Method m = c.getDeclaredMethod("m" + k, int.class);
        m.setAccessible(true);
        Object co = m.invoke(receiver(c, m), arg);
        List<?> log = (List<?>) c.getField("L").get(null);
        if (!log.isEmpty()) {
            return "calling m" + k + " ran some of its body: " + log;
        }
        String result;
        try {
            @SuppressWarnings("unchecked")
            Coroutine<Object> cast = (Coroutine<Object>) co;
            result = "value " + Loop.run(cast);
        } catch (Throwable t) {
            result = render(t);
        }
        return result + " log=" + log;
    }

    static String render(Throwable t) {
        StringBuilder sb = new StringBuilder("threw " + t.getClass().getName() + ": " + t.getMessage());
        for (Throwable s : t.getSuppressed()) {
            sb.append(" [suppressed ").append(render(s)).append(']');
        }
        if (t.getCause() != null && t.getCause() != t) {
            sb.append(" [cause ").append(render(t.getCause())).append(']');
        }
        return sb.toString();
    }
}

package dev.boucle.agent.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.agent.cases.CaseSupport;
import dev.boucle.agent.cases.InstrumentingClassLoader;
import dev.boucle.agent.cases.Knob;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hard-case subjects ({@code cases/subjects/*.java}) compiled by ecj instead of javac,
 * instrumented, verified and run: every static {@code @Async} method with a plain twin and simple
 * parameters (int, long, boolean, String), with a few arguments, with and without suspensions,
 * against its twin, also compiled by ecj. A mismatch counts only if the javac-compiled subject agrees
 * with the twin for the same arguments (some subjects expect particular arguments).
 */
class EcjCasesTest {
    /** Subjects that are about refusals, sizes or the loop itself, not about code shapes. */
    static final Set<String> SKIP = Set.of("Bad", "BadAbstract", "BadInit", "TooBig", "Memory", "Cancellation");

    /**
     * Methods ecj 3.37 itself miscompiles (the uninstrumented class fails the same way): a 220-part
     * string concatenation becomes one invokedynamic with more than 200 argument slots.
     */
    static final Set<String> ECJ_BROKEN = Set.of("Big.longConcat");

    @TempDir
    Path tmp;

    @Test
    void subjectsCompiledByEcj() throws Exception {
        Path dir = Paths.get("src/test/java/dev/boucle/agent/cases/subjects");
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                String simple = p.getFileName().toString().replace(".java", "");
                if (simple.equals("Fuzz")) {
                    continue; // ecj 3.37 crashes on it (ClassCastException in CodeStream.pushTypeBindingArray)
                }
                sources.put(InstrumentingClassLoader.SUBJECTS + simple, Files.readString(p));
            }
        }
        String testClasses = Paths.get(Knob.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Map<String, byte[]> ecj = Compilers.ecj(sources, tmp, testClasses);
        ClassLoader plain = new Compilers.MemoryLoader(ecj);
        InstrumentingClassLoader il = new InstrumentingClassLoader(1, plain, null, InstrumentingClassLoader.SUBJECTS);
        il.problems.clear();

        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String name : sources.keySet()) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (SKIP.contains(simple)) {
                continue;
            }
            String invalid = invalid(ecj, name, plain);
            if (invalid != null) {
                // ecj 3.37 miscompiles switch expressions that hold a try (More): the JVM would reject the class
                System.out.println("ecj's own " + simple + " does not verify, skipped: " + invalid.lines().findFirst().orElse(""));
                continue;
            }
            Class<?> twinHost = plain.loadClass(name); // ecj's too: both sides of the comparison are ecj's code
            for (Method twin : twinHost.getDeclaredMethods()) {
                String tn = twin.getName();
                if (!tn.endsWith("Plain") || !Modifier.isStatic(twin.getModifiers()) || !simpleParams(twin)) {
                    continue;
                }
                String asyncName = tn.substring(0, tn.length() - "Plain".length());
                if (ECJ_BROKEN.contains(simple + "." + asyncName)) {
                    continue;
                }
                Method am;
                try {
                    am = twinHost.getDeclaredMethod(asyncName, twin.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    continue;
                }
                if (!am.isAnnotationPresent(Async.class) || !Modifier.isStatic(am.getModifiers())) {
                    continue;
                }
                for (Object[] args : argsFor(twin.getParameterTypes())) {
                    for (boolean suspend : new boolean[] {false, true}) {
                        cases++;
                        try {
                            CaseSupport.check(il, twinHost, suspend, twinHost, asyncName, twin.getParameterTypes(), args);
                        } catch (AssertionError e) {
                            if (javacAgrees(Class.forName(name), suspend, asyncName, twin.getParameterTypes(), args)) {
                                failures.add(simple + "." + asyncName + java.util.Arrays.toString(args) + " suspend="
                                        + suspend + ": " + e.getMessage());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(il.problems.isEmpty(), () -> "ecj-compiled subjects fail the checks:\n" + String.join("\n", il.problems));
        assertTrue(failures.isEmpty(), () -> failures.size() + " ecj-compiled cases differ from plain Java:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
        assertTrue(cases > 200, "only " + cases + " cases ran");
        System.out.println("ecj subjects: " + cases + " cases");
    }

    private static String invalid(Map<String, byte[]> classes, String name, ClassLoader hierarchy) {
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            if (e.getKey().equals(name) || e.getKey().startsWith(name + "$")) {
                String complaint = InstrumentingClassLoader.verify(e.getValue(), hierarchy);
                if (complaint != null) {
                    return complaint;
                }
            }
        }
        return null;
    }

    private static boolean javacAgrees(Class<?> twinHost, boolean suspend, String name, Class<?>[] types, Object[] args) {
        try {
            InstrumentingClassLoader il = new InstrumentingClassLoader(InstrumentingClassLoader.SUBJECTS);
            CaseSupport.check(il, twinHost, suspend, twinHost, name, types, args);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static boolean simpleParams(Method m) {
        for (Class<?> t : m.getParameterTypes()) {
            if (t != int.class && t != long.class && t != boolean.class && t != String.class) {
                return false;
            }
        }
        return m.getParameterCount() <= 3;
    }

    private static List<Object[]> argsFor(Class<?>[] types) {
        List<Object[]> l = new ArrayList<>();
        for (int v : new int[] {0, 1, 3}) {
            Object[] a = new Object[types.length];
            for (int i = 0; i < a.length; i++) {
                Class<?> t = types[i];
                a[i] = t == int.class ? (Object) (v + i) : t == long.class ? (Object) (long) (v * 7 + i)
                        : t == boolean.class ? (Object) (v % 2 == 1) : (Object) ("s" + v);
            }
            l.add(a);
            if (types.length == 0) {
                break;
            }
        }
        return l;
    }
}

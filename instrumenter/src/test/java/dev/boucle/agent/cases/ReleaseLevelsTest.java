package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Class files from several --release levels: subject sources (test resources under
 * {@code cases/release/}) are compiled in-test by the running JDK's javac at 8, 11, 17, 21 and 25
 * (levels the running javac does not know are skipped), instrumented, checked, loaded and run,
 * each @Async method against its plain twin, with and without suspensions.
 */
class ReleaseLevelsTest {
    static final String REL = "dev.boucle.agent.cases.rel.";

    @TempDir
    Path tmp;

    static Path resources() {
        try {
            URL u = ReleaseLevelsTest.class.getClassLoader().getResource("cases/release");
            return Paths.get(u.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().collect(Collectors.toList());
        }
    }

    static boolean javacSupports(int release) {
        String name = "RELEASE_" + release;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        return javac != null && javac.getSourceVersions().stream().map(SourceVersion::name).anyMatch(name::equals);
    }

    /** Where the runtime's classes (dev.boucle.Coroutine and friends) are on the test class path. */
    static String runtimeClasses() {
        try {
            return Paths.get(Coroutine.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(ints = {8, 11, 17, 21, 25})
    void compiledAt(int release) throws Exception {
        compileInstrumentRun(release, "-g");
    }

    /** Without any debug info (no LocalVariableTable, no line numbers): types come from analysis alone. */
    @ParameterizedTest(name = "--release {0} -g:none")
    @ValueSource(ints = {8, 17, 25})
    void compiledWithoutDebugInfo(int release) throws Exception {
        compileInstrumentRun(release, "-g:none");
    }

    void compileInstrumentRun(int release, String debugFlag) throws Exception {
        assumeTrue(javacSupports(release), "the running javac does not support --release " + release);
        Path res = resources();
        Path out = tmp.resolve("classes-" + release + debugFlag.replace(':', '-'));
        Files.createDirectories(out);

        List<String> sources = new ArrayList<>(javaFiles(res.resolve("common")));
        String classpath;
        if (release < 17) {
            // the runtime's class files are version 61, unreadable by javac --release 8/11: compile against
            // stand-ins with the same signatures; the real runtime is what runs
            sources.addAll(javaFiles(res.resolve("stubs")));
            classpath = "";
        } else {
            classpath = runtimeClasses();
        }
        if (release >= 17) {
            sources.addAll(javaFiles(res.resolve("java17")));
        }
        if (release >= 21) {
            sources.addAll(javaFiles(res.resolve("java21")));
        }
        if (release >= 25) {
            sources.addAll(javaFiles(res.resolve("java25")));
        }
        List<String> args = new ArrayList<>(List.of("--release", String.valueOf(release), debugFlag, "-nowarn",
                "-Xlint:-options", "-d", out.toString()));
        if (!classpath.isEmpty()) {
            args.addAll(List.of("-cp", classpath));
        }
        args.addAll(sources);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(new String[0]));
        assertEquals(0, rc, "javac --release " + release + " failed");

        // the class files really are of that level
        byte[] probe = Files.readAllBytes(out.resolve("dev/boucle/agent/cases/rel/Java8Subject.class"));
        int major = ((probe[6] & 0xff) << 8) | (probe[7] & 0xff);
        assertEquals(44 + release, major, "class file version of --release " + release);

        // the plain classes (for the twins and for the verifier's type lookups) and the instrumented ones
        URLClassLoader plain = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
        InstrumentingClassLoader il = new InstrumentingClassLoader(1, plain, null, REL, "DefaultPkg");

        List<String> subjects = new ArrayList<>(List.of(REL + "Java8Subject", "DefaultPkg"));
        if (release >= 17) {
            subjects.add(REL + "Java17Subject");
        }
        if (release >= 21) {
            subjects.add(REL + "Java21Subject");
        }
        if (release >= 25) {
            subjects.add(REL + "Java25Subject");
        }
        int cases = 0;
        for (String name : subjects) {
            Class<?> twinHost = plain.loadClass(name);
            assertTrue(twinHost.getClassLoader() == plain, name + " must come from the compiled output");
            for (Method twin : twinHost.getDeclaredMethods()) {
                if (!twin.getName().endsWith("Plain") || !Modifier.isPublic(twin.getModifiers())) {
                    continue;
                }
                String asyncName = twin.getName().substring(0, twin.getName().length() - "Plain".length());
                Method am = twinHost.getDeclaredMethod(asyncName, twin.getParameterTypes());
                assertTrue(am.isAnnotationPresent(Async.class), asyncName + " should be @Async");
                for (int arg = 0; arg < 5; arg++) {
                    for (boolean suspend : new boolean[] {false, true}) {
                        runCase(il, twinHost, twin, asyncName, suspend, arg, release);
                        cases++;
                    }
                }
            }
            assertTrue(il.changed.contains(name), name + " at --release " + release + " was not instrumented");
        }
        assertTrue(cases >= 2 * 5 * 3, "ran " + cases + " cases");
        assertTrue(il.problems.isEmpty(), () -> String.join("\n", il.problems));
    }

    private static void runCase(InstrumentingClassLoader il, Class<?> twinHost, Method twin, String asyncName,
            boolean suspend, int arg, int release) throws Exception {
        Class<?> ic = il.loadClass(twinHost.getName());
        Method am = ic.getDeclaredMethod(asyncName, twin.getParameterTypes());
        am.setAccessible(true);
        setStatic(ic, "suspend", suspend);
        setStatic(ic, "yields", 0);
        List<?> ilog = (List<?>) ic.getField("LOG").get(null);
        ilog.clear();
        String actual;
        Object co = am.invoke(null, arg);
        assertTrue(ilog.isEmpty(), "calling " + asyncName + " ran some of it");
        try {
            actual = CaseSupport.render(Loop.run((Coroutine<?>) co));
        } catch (Throwable t) {
            actual = CaseSupport.renderError(t);
        }
        actual += " log=" + ilog;
        int yields = (Integer) ic.getField("yields").get(null);

        List<?> plog = (List<?>) twinHost.getField("LOG").get(null);
        plog.clear();
        String expected;
        try {
            expected = CaseSupport.render(twin.invoke(null, arg));
        } catch (InvocationTargetException e) {
            expected = CaseSupport.renderError(e.getCause());
        }
        expected += " log=" + plog;
        assertEquals(expected, actual, twinHost.getName() + "." + asyncName + "(" + arg + ") at --release " + release
                + " with suspend=" + suspend);
        if (suspend) {
            assertTrue(yields > 0, asyncName + " never suspended");
        } else {
            assertFalse(yields > 0);
        }
    }

    private static void setStatic(Class<?> c, String field, Object value) throws Exception {
        c.getField(field).set(null, value);
    }
}

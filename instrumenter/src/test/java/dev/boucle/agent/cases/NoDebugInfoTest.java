package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boucle.Coroutine;
import dev.boucle.agent.cases.subjects.Exceptions;
import dev.boucle.agent.cases.subjects.Flow;
import dev.boucle.agent.cases.subjects.Fuzz;
import dev.boucle.agent.cases.subjects.Locals;
import dev.boucle.agent.cases.subjects.More;
import dev.boucle.agent.cases.subjects.StackShapes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The subjects recompiled in-test with {@code -g:none} (no LocalVariableTable, no line numbers, no
 * parameter names) at the running JDK's own release (so JDK 25 runs them as version-69 class files):
 * the instrumenter must type every local from its own analysis. A selection of the
 * hard cases and every generated Fuzz method run against their (normally compiled) plain twins.
 */
class NoDebugInfoTest {
    @TempDir
    static Path tmp;

    static InstrumentingClassLoader il;

    @BeforeAll
    static void compile() throws IOException, URISyntaxException {
        Path src = Paths.get("src/test/java/dev/boucle/agent/cases/subjects");
        List<String> files;
        try (Stream<Path> s = Files.list(src)) {
            files = s.map(Path::toString).filter(f -> f.endsWith(".java")).sorted().collect(Collectors.toList());
        }
        Path out = tmp.resolve("nodebug");
        Files.createDirectories(out);
        String testClasses = Paths.get(Knob.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String runtime = Paths.get(Coroutine.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> args = new ArrayList<>(List.of("--release", String.valueOf(Runtime.version().feature()), "-g:none", "-nowarn", "-proc:none", "-d", out.toString(),
                "-cp", testClasses + java.io.File.pathSeparator + runtime));
        args.addAll(files);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(new String[0]));
        assertEquals(0, rc, "javac -g:none of the subjects");
        String probe = new String(Files.readAllBytes(out.resolve("dev/boucle/agent/cases/subjects/StackShapes.class")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        org.junit.jupiter.api.Assertions.assertFalse(probe.contains("LocalVariableTable") || probe.contains("LineNumberTable"),
                "compiled without debug info");
        il = new InstrumentingClassLoader(1, NoDebugInfoTest.class.getClassLoader(), name -> {
            Path p = out.resolve(name.replace('.', '/') + ".class");
            try {
                return Files.exists(p) ? Files.readAllBytes(p) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, InstrumentingClassLoader.SUBJECTS);
    }

    static void check(boolean s, Class<?> c, String name, Object... args) {
        CaseSupport.check(il, c, s, c, name, null, args);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void selection(boolean s) {
        check(s, StackShapes.class, "longsAndDoubles", 123456789012L, 3.75, 9);
        check(s, StackShapes.class, "newWithTernary", true, false, 5, "s");
        check(s, StackShapes.class, "bytesAndShorts", (byte) 100, (short) 200);
        check(s, Locals.class, "slotReuse", 13);
        check(s, Locals.class, "nullLocals", true);
        check(s, Locals.class, "commonSupertype", false, 1);
        check(s, Locals.class, "classMerge", true);
        check(s, Locals.class, "parameters", 1, 2L, 3.5, 4.5f, true, 'c', (byte) -128, (short) 32767, "str", new int[] {0});
        check(s, Flow.class, "switchExpression", 2, "x", Flow.Color.GREEN);
        check(s, Flow.class, "forEach", List.of("ab", "cde", ""));
        check(s, Exceptions.class, "nestedFinally", true);
        check(s, Exceptions.class, "tryWithResourcesSuppressed", true);
        check(s, Exceptions.class, "liveOnlyInHandler", 7);
        check(s, More.class, "newWithSwitchTry", 0);
        check(s, More.class, "finallyCopies", 8);
    }

    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void generated(boolean s) {
        for (int i = 0; i < Fuzz.COUNT; i++) {
            if (FuzzTest.KNOWN_TRANSFORMER_BUGS.contains(i)) {
                continue; // a known transformer bug, reported (skipped) by FuzzTest
            }
            for (int seed : new int[] {1, -3}) {
                check(s, Fuzz.class, "fuzz" + i, seed);
            }
        }
    }
}

package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.agent.cases.subjects.Exceptions;
import dev.boucle.agent.cases.subjects.Flow;
import dev.boucle.agent.cases.subjects.Shapes;
import dev.boucle.agent.cases.subjects.StackShapes;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The instrumenter as a byte[] -> byte[] function: every subject class it changes passes ASM's
 * checks; a second pass over its output is a no-op; classes without @Async come back unchanged
 * (null); and the doubly instrumented classes still compute what plain Java computes.
 */
class InstrumenterContractTest {

    static List<String> subjectClasses() throws IOException, URISyntaxException {
        Path dir = Paths.get(StackShapes.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/boucle/agent/cases/subjects");
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> "dev.boucle.agent.cases.subjects." + n.substring(0, n.length() - 6)).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void secondPassIsANoOp() throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        int instrumented = 0;
        List<String> failures = new ArrayList<>();
        for (String name : subjectClasses()) {
            byte[] original = InstrumentingClassLoader.readResource(cl, name);
            byte[] once = InstrumentingClassLoader.instrument(original, cl, d -> { });
            if (once == null) {
                continue;
            }
            instrumented++;
            String complaint = InstrumentingClassLoader.verify(once, cl);
            if (complaint != null) {
                failures.add(name + ": first pass fails the checks:\n" + complaint);
                continue;
            }
            byte[] twice = InstrumentingClassLoader.instrument(once, cl, d -> { });
            if (twice != null && !java.util.Arrays.equals(once, twice)) {
                failures.add(name + ": a second pass changed the class again (" + once.length + " -> " + twice.length
                        + " bytes)");
            }
        }
        assertTrue(instrumented >= 10, "only " + instrumented + " subject classes were instrumented");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void classesWithoutAsyncComeBackUnchanged() throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        for (Class<?> c : new Class<?>[] {String.class, java.util.HashMap.class, Knob.class,
                Class.forName(StackShapes.class.getName() + "$Pair"), Class.forName(StackShapes.class.getName() + "$B")}) {
            byte[] bytes = InstrumentingClassLoader.readResource(cl, c.getName());
            assertNotNull(bytes, c.getName());
            byte[] out = InstrumentingClassLoader.instrument(bytes, cl, d -> { });
            assertTrue(out == null || java.util.Arrays.equals(bytes, out), c.getName() + " has no @Async method but was changed");
        }
    }

    @Test
    void nullLoaderIsAccepted() throws Throwable {
        // the agent's transform gets loader == null for bootstrap classes (quasar#302)
        byte[] bytes = InstrumentingClassLoader.readResource(getClass().getClassLoader(), Flow.class.getName());
        byte[] out = InstrumentingClassLoader.instrument(bytes, null, d -> { });
        assertNotNull(out, "Flow has @Async methods: it must be instrumented even without a loader to ask");
        assertNull(InstrumentingClassLoader.verify(out, getClass().getClassLoader()));
    }

    @Test
    void sameInputSameOutput() throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        byte[] bytes = InstrumentingClassLoader.readResource(cl, Exceptions.class.getName());
        assertArrayEquals(InstrumentingClassLoader.instrument(bytes, cl, d -> { }),
                InstrumentingClassLoader.instrument(bytes, cl, d -> { }), "instrumentation is deterministic");
    }

    static final InstrumentingClassLoader TWICE = new InstrumentingClassLoader(2,
            InstrumentingClassLoader.class.getClassLoader(), null, InstrumentingClassLoader.SUBJECTS);

    /** Classes that went through the instrumenter twice still compute what plain Java does. */
    @ParameterizedTest(name = "suspend={0}") @ValueSource(booleans = {false, true})
    void doublyInstrumentedStillCorrect(boolean s) {
        CaseSupport.check(TWICE, StackShapes.class, s, StackShapes.class, "newWithTernary", null, true, false, 3, "q");
        CaseSupport.check(TWICE, StackShapes.class, s, StackShapes.class, "longsAndDoubles", null, 5L, 2.0, 3);
        CaseSupport.check(TWICE, Exceptions.class, s, Exceptions.class, "nestedFinally", null, true);
        CaseSupport.check(TWICE, Flow.class, s, Flow.class, "labels", null, 5);
        CaseSupport.check(TWICE, Shapes.class, s, Shapes.class, "bridges", null, "xy", 2);
        assertEquals(0, TWICE.problems.size(), String.join("\n", TWICE.problems));
    }

    /**
     * The loader given to the instrumenter cannot see any class file (classes defined from bytes, odd
     * loaders): the output must still verify, with merges of the subject's own classes (Locals.classMerge,
     * ownClassMerge) typed from the class file itself or with a safe fallback, never a wrong type.
     */
    @Test
    void loaderThatSeesNoClassFiles() throws Throwable {
        ClassLoader blind = new ClassLoader(null) {};
        ClassLoader cl = getClass().getClassLoader();
        List<String> failures = new ArrayList<>();
        for (Class<?> c : new Class<?>[] {dev.boucle.agent.cases.subjects.Locals.class, dev.boucle.agent.cases.subjects.More.class,
                Shapes.class}) {
            byte[] bytes = InstrumentingClassLoader.readResource(cl, c.getName());
            byte[] out = InstrumentingClassLoader.instrument(bytes, blind, d -> { });
            assertNotNull(out, c.getName());
            String complaint = InstrumentingClassLoader.verify(out, cl);
            if (complaint != null) {
                failures.add(c.getName() + ":\n" + complaint.substring(0, Math.min(2000, complaint.length())));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The agent transforms classes on many threads at once: same output as one thread, no shared state. */
    @Test
    void concurrentInstrumentationIsDeterministic() throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        List<String> names = subjectClasses();
        java.util.Map<String, byte[]> single = new java.util.HashMap<>();
        for (String n : names) {
            single.put(n, InstrumentingClassLoader.instrument(InstrumentingClassLoader.readResource(cl, n), cl, d -> { }));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> fs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String n : names) {
                    if (n.endsWith("Fuzz") || n.endsWith("Big") || n.endsWith("TooBig")) {
                        continue; // the big ones are slow; the others are enough to collide
                    }
                    fs.add(pool.submit(() -> {
                        byte[] out;
                        try {
                            out = InstrumentingClassLoader.instrument(InstrumentingClassLoader.readResource(cl, n), cl, d -> { });
                        } catch (Throwable t) {
                            return n + ": " + t;
                        }
                        return java.util.Arrays.equals(out, single.get(n)) ? null : n + ": different output on a pool thread";
                    }));
                }
            }
            List<String> bad = new ArrayList<>();
            for (var f : fs) {
                String r = f.get();
                if (r != null) {
                    bad.add(r);
                }
            }
            assertTrue(bad.isEmpty(), String.join("\n", bad));
        } finally {
            pool.shutdownNow();
        }
    }

    /** PEERS lesson 2: the instrumenter reads class files as resources, it never asks the loader for a Class. */
    @Test
    void neverLoadsClassesWhileTransforming() throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        List<String> loaded = java.util.Collections.synchronizedList(new ArrayList<>());
        ClassLoader spy = new ClassLoader(cl) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                loaded.add(name);
                return super.loadClass(name, resolve);
            }
        };
        for (String n : subjectClasses()) {
            if (n.endsWith("Fuzz") || n.endsWith("TooBig")) {
                continue;
            }
            InstrumentingClassLoader.instrument(InstrumentingClassLoader.readResource(cl, n), spy, d -> { });
        }
        assertTrue(loaded.isEmpty(), "classes loaded through the loader while transforming: " + loaded);
    }

    /**
     * What the instrumenter adds stays out of the way of frameworks that scan classes by reflection: every
     * added method is private and synthetic, no original method or field disappears or changes its access,
     * and no public or protected member is added.
     */
    @Test
    void addedMembersArePrivateAndSynthetic() throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        List<String> bad = new ArrayList<>();
        for (String n : subjectClasses()) {
            if (n.endsWith("Fuzz") || n.endsWith("TooBig")) {
                continue;
            }
            byte[] before = InstrumentingClassLoader.readResource(cl, n);
            byte[] after = InstrumentingClassLoader.instrument(before, cl, d -> { });
            if (after == null) {
                continue;
            }
            org.objectweb.asm.tree.ClassNode b = new org.objectweb.asm.tree.ClassNode();
            new org.objectweb.asm.ClassReader(before).accept(b, org.objectweb.asm.ClassReader.SKIP_CODE);
            org.objectweb.asm.tree.ClassNode a = new org.objectweb.asm.tree.ClassNode();
            new org.objectweb.asm.ClassReader(after).accept(a, org.objectweb.asm.ClassReader.SKIP_CODE);
            java.util.Map<String, Integer> old = new java.util.HashMap<>();
            for (var m : b.methods) {
                old.put(m.name + m.desc, m.access);
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (var m : a.methods) {
                Integer acc = old.get(m.name + m.desc);
                seen.add(m.name + m.desc);
                if (acc == null) {
                    if ((m.access & org.objectweb.asm.Opcodes.ACC_SYNTHETIC) == 0
                            || (m.access & org.objectweb.asm.Opcodes.ACC_PRIVATE) == 0) {
                        bad.add(n + "." + m.name + m.desc + ": added but not private synthetic (access " + m.access + ")");
                    }
                } else if ((acc & ~org.objectweb.asm.Opcodes.ACC_SYNCHRONIZED) != (m.access & ~org.objectweb.asm.Opcodes.ACC_SYNCHRONIZED)) {
                    // (a refused synchronized @Async method may lose ACC_SYNCHRONIZED: its stub only throws)
                    bad.add(n + "." + m.name + m.desc + ": access changed " + acc + " -> " + m.access);
                }
            }
            for (String k : old.keySet()) {
                if (!seen.contains(k)) {
                    bad.add(n + "." + k + ": removed");
                }
            }
            for (var f : a.fields) {
                if (b.fields.stream().noneMatch(g -> g.name.equals(f.name) && g.desc.equals(f.desc) && g.access == f.access)
                        && (f.access & (org.objectweb.asm.Opcodes.ACC_PUBLIC | org.objectweb.asm.Opcodes.ACC_PROTECTED)) != 0) {
                    bad.add(n + "." + f.name + ": public or protected field added");
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}

package dev.boucle.instrumenter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.agent.Compiled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDirectoryTest {

    static Path write(Path dir, Compiled c) throws IOException {
        for (Map.Entry<String, byte[]> e : c.original.entrySet()) {
            Path f = dir.resolve(e.getKey().replace('.', '/') + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        return dir;
    }

    @Test
    void rewritesInPlaceReadsTypesFromTheDirectoryAndASecondRunIsANoOp(@TempDir Path dir) throws Exception {
        // Base lives in another class file of the same directory: its hierarchy must be read from there
        write(dir, Compiled.compile(17, Map.of(
                "gen.Base", "package gen;\npublic class Base {}\n",
                "gen.A", "package gen;\npublic class A extends Base {}\n",
                "gen.B", "package gen;\npublic class B extends Base { public int b() { return 2; } }\n",
                "gen.M", Fixtures.HEADER + "public class M {\n"
                        + "  @Async static Coroutine<Object> m(boolean c, Awaitable<Object> x) {\n"
                        + "    Base o = c ? new A() : new B();\n    await(x);\n    return done(o);\n  }\n"
                        + "  abstract static class Abs { @Async abstract Coroutine<Object> n(); }\n}\n")));
        Path m = dir.resolve("gen/M.class");
        byte[] plain = Files.readAllBytes(m);
        ClassDirectory.Report r = ClassDirectory.instrument(dir, List.of());
        assertEquals(5, r.classes);
        assertEquals(1, r.instrumented);
        assertEquals(List.of(), r.errors);
        assertEquals(1, r.notes.size(), "the abstract @Async method is a note, not an error");
        byte[] once = Files.readAllBytes(m);
        assertTrue(once.length > plain.length);
        ClassDirectory.Report again = ClassDirectory.instrument(dir, List.of());
        assertEquals(0, again.instrumented);
        assertArrayEquals(once, Files.readAllBytes(m));
    }

    @Test
    void refusalsAreErrors(@TempDir Path dir) throws Exception {
        write(dir, Compiled.compile(17, Map.of("gen.S", Fixtures.HEADER + "public class S {\n"
                + "  @Async static synchronized Coroutine<Object> s() { return done(1); }\n}\n")));
        byte[] plain = Files.readAllBytes(dir.resolve("gen/S.class"));
        ClassDirectory.Report r = ClassDirectory.instrument(dir, List.of());
        assertEquals(1, r.errors.size());
        assertTrue(r.errors.get(0).contains("gen.S.s() (S.java:5) is synchronized"), r.errors.get(0));
        assertEquals(0, r.instrumented, "a class with a refusal is left as compiled");
        assertArrayEquals(plain, Files.readAllBytes(dir.resolve("gen/S.class")));
        assertEquals(r.errors, ClassDirectory.instrument(dir, List.of()).errors, "so the next run fails the same way");
    }

    @Test
    void notADirectory(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> ClassDirectory.instrument(dir.resolve("nope"), List.of()));
        assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
    }
}

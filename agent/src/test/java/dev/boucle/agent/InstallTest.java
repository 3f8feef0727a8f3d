package dev.boucle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link BoucleAgent#install()} in a fresh JVM: classes loaded after it are rewritten. */
class InstallTest {

    /** An @Async class, loaded only after the install. */
    public static final class Subject {
        @dev.boucle.Async
        public static dev.boucle.Coroutine<Integer> add(int a, int b) {
            dev.boucle.Boucle.await(dev.boucle.Boucle.yieldNow());
            return dev.boucle.Boucle.done(a + b);
        }
    }

    /** Run in the child JVM. */
    public static final class Main {
        public static void main(String[] args) throws Exception {
            BoucleAgent.install();
            BoucleAgent.install(); // idempotent
            System.out.println("property=" + System.getProperty(BoucleAgent.PROPERTY));
            Class<?> subject = Class.forName("dev.boucle.agent.InstallTest$Subject");
            Object c = subject.getMethod("add", int.class, int.class).invoke(null, 20, 22);
            System.out.println("result=" + dev.boucle.Loop.run((dev.boucle.Coroutine<?>) c));
        }
    }

    @Test
    void installAttachesToTheRunningJvm() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = new java.util.ArrayList<>(List.of(java));
        if (Runtime.version().feature() >= 21) {
            cmd.add("-XX:+EnableDynamicAgentLoading"); // JEP 451: silences the dynamic-loading warning
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM timed out");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().filter(l -> l.startsWith("property=") || l.startsWith("result=")).toList();
        assertEquals(List.of("property=" + BoucleAgent.VERSION, "result=42"), lines, out);
        assertTrue(!out.contains("WARNING: A Java agent has been loaded dynamically"), out);
    }
}

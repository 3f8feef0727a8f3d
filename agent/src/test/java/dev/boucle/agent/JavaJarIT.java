package dev.boucle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's fat jar that carries the agent and names it in {@code Launcher-Agent-Class}: plain
 * {@code java -jar app.jar} runs its {@code @Async} code. On JDK 25 this used to fail every time
 * with a {@code ClassCircularityError} at {@code BoucleAgent.register} (see {@link BoucleAgent}).
 */
class JavaJarIT {

    @Test
    void aFatJarWithLauncherAgentClassRuns(@TempDir Path dir) throws Exception {
        Path classes = JarRunner.compile(dir, "p.App", JarRunner.APP);
        Path app = JarRunner.jar(dir.resolve("app.jar"), List.of(classes, JarRunner.runtime(), JarRunner.AGENT),
                "Main-Class", "p.App", "Launcher-Agent-Class", "dev.boucle.agent.BoucleAgent");
        for (String jdk : JarRunner.jdks()) {
            JarRunner.Run r = JarRunner.java(jdk, "-jar", app.toString());
            assertEquals(0, r.exit, jdk + ": " + r);
            assertEquals("hello world", r.out.strip(), jdk + ": " + r);
            assertFalse(r.err.contains("Error"), jdk + ": " + r);
        }
    }

    @Test
    void theAgentJarItselfIsALauncherAgent(@TempDir Path dir) throws Exception {
        // the agent's own manifest: Launcher-Agent-Class set, so a jar that only adds a Main-Class works too
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(JarRunner.AGENT.toFile())) {
            java.util.jar.Attributes a = j.getManifest().getMainAttributes();
            assertEquals("dev.boucle.agent.BoucleAgent", a.getValue("Launcher-Agent-Class"));
            assertEquals("dev.boucle.agent.BoucleAgent", a.getValue("Premain-Class"));
            assertEquals("dev.boucle.agent.Main", a.getValue("Main-Class"));
        }
    }
}

package dev.boucle.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The POM installed with the agent is the shade plugin's dependency-reduced one: it lists nothing
 * the jar already carries (the instrumenter, ASM, Byte Buddy's attach), so a project depending on
 * the agent gets no second, unrelocated copy of them.
 */
class InstalledPomIT {

    @Test
    void listsNoShadedDependency() throws Exception {
        Path pom = Path.of("dependency-reduced-pom.xml");
        assertTrue(Files.isRegularFile(pom), "the package phase writes it");
        String text = Files.readString(pom);
        assertTrue(text.contains("<artifactId>boucle-agent</artifactId>"), text);
        for (String shaded : new String[] {"boucle-instrumenter", "<artifactId>asm", "byte-buddy"}) {
            assertFalse(text.contains(shaded), shaded + " is shaded, yet listed:\n" + text);
        }
        // and the jar does carry them, relocated
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(JarRunner.AGENT.toFile())) {
            assertTrue(j.getEntry("dev/boucle/instrumenter/Instrumenter.class") != null);
            assertTrue(j.getEntry("dev/boucle/agent/shaded/asm/ClassReader.class") != null);
            assertTrue(j.getEntry("org/objectweb/asm/ClassReader.class") == null, "ASM relocated");
        }
    }
}

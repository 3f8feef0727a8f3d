package dev.boucle.examples.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The pinned command line: {@code RedisServer PORT [LOOPS]} prints a line with "listening", serves redis-cli, and stops on SIGTERM. */
class RedisServerMainTest {
    @Test
    @Timeout(60)
    void mainServesRedisCliOnTwoLoopsAndStopsOnSigterm() throws Exception {
        Path agent = Path.of("../agent/target/boucle-agent.jar").toAbsolutePath().normalize();
        assertTrue(Files.exists(agent), "agent jar: " + agent);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-javaagent:" + agent, "-cp", System.getProperty("java.class.path"),
                "dev.boucle.examples.RedisServer", "0", "2")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.contains("listening"), "first line: " + line);
            Matcher m = Pattern.compile("port (\\d+) with 2 loop\\(s\\)").matcher(line);
            assertTrue(m.find(), line);
            int port = Integer.parseInt(m.group(1));
            assertEquals("PONG", Resp.cli(port, "ping"));
            assertEquals("OK", Resp.cli(port, "set", "k", "v"));
            assertEquals("v", Resp.cli(port, "get", "k"));
            p.destroy(); // SIGTERM: the shutdown hook closes the loops
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the server stopped");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    @Timeout(30)
    void badArgumentsSayHowToCallIt() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.boucle.examples.RedisServer", "six").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertTrue(text.contains("PORT and LOOPS must be numbers"), text);
    }
}

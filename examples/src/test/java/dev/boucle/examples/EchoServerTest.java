package dev.boucle.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the EchoServer main as its own process, talks to it with plain blocking sockets, then Ctrl-C. */
class EchoServerTest {

    static Process start() throws Exception {
        Path agent = Path.of("../agent/target/boucle-agent.jar").toAbsolutePath().normalize();
        assertTrue(Files.exists(agent), "agent jar: " + agent);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-javaagent:" + agent,
                "-cp", System.getProperty("java.class.path"),
                "dev.boucle.examples.EchoServer", "0", "127.0.0.1");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    static byte[] echo(int port, byte[] data) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            Thread writer = new Thread(() -> {
                try {
                    for (int at = 0; at < data.length; at += 1000) {
                        out.write(data, at, Math.min(1000, data.length - at));
                    }
                    s.shutdownOutput();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            writer.start();
            byte[] back = in.readAllBytes();
            writer.join();
            return back;
        }
    }

    /** Whether this process ignores SIGINT (so the server started from it would too). */
    static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 2L) != 0;
                }
            }
        } catch (Exception e) {
            // no /proc: assume the default disposition
        }
        return false;
    }

    @Test
    @Timeout(60)
    void servesClientsConcurrentlyAndStopsOnCtrlC() throws Exception {
        Process p = start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher m = Pattern.compile("Echo server listening on .* \\(port (\\d+)\\); Ctrl-C to stop").matcher(String.valueOf(first));
            assertTrue(m.matches(), "first line: " + first);
            int port = Integer.parseInt(m.group(1));

            // a client that stays connected while the others come and go
            Socket idle = new Socket("127.0.0.1", port);
            idle.getOutputStream().write("still here".getBytes(StandardCharsets.UTF_8));
            byte[] hello = idle.getInputStream().readNBytes(10);
            assertEquals("still here", new String(hello, StandardCharsets.UTF_8));

            ExecutorService pool = Executors.newFixedThreadPool(20);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int seed = i;
                results.add(pool.submit(() -> {
                    byte[] data = new byte[10_000 + seed * 20_000];
                    new Random(seed).nextBytes(data);
                    assertArrayEquals(data, echo(port, data));
                    return null;
                }));
            }
            for (Future<?> f : results) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();

            // Ctrl-C. A JVM started with SIGINT ignored (a background job of a non-interactive shell, and
            // its children) keeps ignoring it; SIGTERM then takes the same shutdown-hook path.
            boolean intIgnored = sigintIgnored();
            String signal = intIgnored ? "-TERM" : "-INT";
            new ProcessBuilder("kill", signal, Long.toString(p.pid())).inheritIO().start().waitFor();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the server stops on " + signal);
            String last = out.readLine();
            assertEquals("Echo server stopped after serving 21 connection(s)", last);
            assertEquals(-1, idle.getInputStream().read(), "the idle connection was closed by the server");
            idle.close();
            assertEquals(intIgnored ? 143 : 130, p.exitValue(), "exit status of a JVM stopped by " + signal);
        } finally {
            p.destroyForcibly();
        }
    }
}

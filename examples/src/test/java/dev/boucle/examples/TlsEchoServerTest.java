package dev.boucle.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the TlsEchoServer main as its own process, on a key store made by keytool for this run, and
 * echoes 1,000 random lines through {@code openssl s_client} (which verifies the certificate).
 */
class TlsEchoServerTest {
    static final String PASSWORD = "test-only-password";

    static Path keystore(Path dir) throws Exception {
        Path ks = dir.resolve("server.p12");
        run(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        run(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-exportcert", "-rfc", "-alias", "server",
                "-keystore", ks.toString(), "-storepass", PASSWORD, "-file", dir.resolve("server.pem").toString());
        return ks;
    }

    static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ": " + out);
    }

    @Test
    @Timeout(120)
    void echoesAThousandRandomLinesToOpensslSClient() throws Exception {
        Path dir = Files.createTempDirectory("boucle-tls-example-");
        Path ks = keystore(dir);
        Path agent = Path.of("../agent/target/boucle-agent.jar").toAbsolutePath().normalize();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-javaagent:" + agent, "-cp", System.getProperty("java.class.path"),
                "dev.boucle.examples.TlsEchoServer", "0", ks.toString(), PASSWORD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Process client = null;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8));
            String first = out.readLine();
            Matcher m = Pattern.compile("TLS echo server listening on .* \\(port (\\d+)\\); Ctrl-C to stop").matcher(String.valueOf(first));
            assertTrue(m.matches(), "first line: " + first);
            int port = Integer.parseInt(m.group(1));

            client = new ProcessBuilder("openssl", "s_client", "-connect", "127.0.0.1:" + port, "-CAfile",
                    dir.resolve("server.pem").toString(), "-verify_return_error", "-verify_hostname", "localhost",
                    // -nocommands: a read of stdin that starts with Q, R, K or k is not taken as a command
                    "-quiet", "-no_ign_eof", "-nocommands").redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Random r = new Random(3);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                StringBuilder b = new StringBuilder();
                int len = r.nextInt(200);
                for (int k = 0; k < len; k++) {
                    b.append((char) ('!' + r.nextInt(94))); // printable (-nocommands: no line is read as a command)
                }
                lines.add(b.toString());
            }
            OutputStream in = client.getOutputStream();
            Process c = client;
            Thread writer = new Thread(() -> {
                try {
                    for (String l : lines) {
                        in.write((l + "\n").getBytes(UTF_8));
                    }
                    in.flush();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            writer.start();
            BufferedReader back = new BufferedReader(new InputStreamReader(client.getInputStream(), UTF_8));
            List<String> got = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                got.add(back.readLine());
            }
            writer.join();
            assertEquals(lines, got);
            in.close(); // s_client sends close_notify; the server answers with its own and closes
            assertTrue(client.waitFor(30, TimeUnit.SECONDS), "s_client exits once the server closed");
            assertEquals(null, back.readLine());

            new ProcessBuilder("kill", "-TERM", Long.toString(server.pid())).inheritIO().start().waitFor();
            assertTrue(server.waitFor(20, TimeUnit.SECONDS));
            assertEquals("TLS echo server stopped after serving 1 connection(s)", out.readLine());
        } finally {
            server.destroyForcibly();
            if (client != null) {
                client.destroyForcibly();
            }
        }
    }
}

package dev.boucle.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the UdpEchoServer main as its own process and talks to it with {@code nc -u} and with java.net.DatagramSocket, over IPv4 and IPv6. */
class UdpEchoServerTest {

    static Process start() throws Exception {
        Path agent = Path.of("../agent/target/boucle-agent.jar").toAbsolutePath().normalize();
        assertTrue(Files.exists(agent), "agent jar: " + agent);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-javaagent:" + agent, "-cp", System.getProperty("java.class.path"),
                "dev.boucle.examples.UdpEchoServer", "0");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    static String nc() {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, "nc"))) {
                return Path.of(dir, "nc").toString();
            }
        }
        throw new AssertionError("nc is not installed: .ci/run installs netcat-openbsd (apt-get install -y netcat-openbsd)");
    }

    @Test
    @Timeout(120)
    void echoesDatagramsToNcAndToJavaClientsOverIPv4AndIPv6() throws Exception {
        Process p = start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher m = Pattern.compile("UDP echo server listening on .* \\(port (\\d+)\\); Ctrl-C to stop").matcher(String.valueOf(first));
            assertTrue(m.matches(), "first line: " + first);
            int port = Integer.parseInt(m.group(1));

            // nc -u: each line typed is one datagram; -w 2 exits 2 s after stdin ends and nothing more comes
            Process nc = new ProcessBuilder(nc(), "-u", "-w", "2", "127.0.0.1", Integer.toString(port))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            nc.getOutputStream().write("hello over udp\n".getBytes(StandardCharsets.UTF_8));
            nc.getOutputStream().flush();
            BufferedReader ncOut = new BufferedReader(new InputStreamReader(nc.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("hello over udp", ncOut.readLine());
            nc.getOutputStream().close();
            assertTrue(nc.waitFor(30, TimeUnit.SECONDS));

            for (String host : new String[] {"127.0.0.1", "::1"}) {
                if (host.equals("::1") && java.net.NetworkInterface.getByInetAddress(InetAddress.getByName("::1")) == null) {
                    continue; // no IPv6 loopback here
                }
                int[] r = javaClient(InetAddress.getByName(host), port, 10_000);
                System.out.println("UdpEchoServer over " + host + ": " + r[1] + " of " + r[0] + " datagrams came back (" + (r[0] - r[1]) + " lost)");
                assertTrue(r[1] >= r[0] * 99 / 100, "more than 1% lost on loopback: " + (r[0] - r[1]));
            }

            new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).inheritIO().start().waitFor();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the server stops on SIGTERM");
            String last = out.readLine();
            assertTrue(String.valueOf(last).matches("UDP echo server stopped after echoing \\d+ datagram\\(s\\)"), last);
        } finally {
            p.destroyForcibly();
        }
    }

    /** Sends {@code count} numbered datagrams, 32 at a time, and checks the echoes; returns [sent, came back intact]. */
    static int[] javaClient(InetAddress host, int port, int count) throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, host.getAddress().length == 16 ? InetAddress.getByName("::1") : InetAddress.getByName("127.0.0.1"))) {
            s.connect(host, port);
            s.setSoTimeout(2000);
            int back = 0;
            byte[] buf = new byte[2048];
            for (int base = 0; base < count; base += 32) {
                int end = Math.min(count, base + 32);
                for (int i = base; i < end; i++) {
                    byte[] d = payload(i);
                    s.send(new DatagramPacket(d, d.length));
                }
                for (int i = base; i < end; i++) {
                    DatagramPacket pk = new DatagramPacket(buf, buf.length);
                    try {
                        s.receive(pk);
                    } catch (SocketTimeoutException lost) {
                        break;
                    }
                    byte[] got = Arrays.copyOf(pk.getData(), pk.getLength());
                    int id = java.nio.ByteBuffer.wrap(got).getInt();
                    assertArrayEquals(payload(id), got, "datagram " + id);
                    back++;
                }
            }
            return new int[] {count, back};
        }
    }

    static byte[] payload(int id) {
        byte[] b = new byte[4 + id % 1000];
        java.nio.ByteBuffer.wrap(b).putInt(id);
        for (int k = 4; k < b.length; k++) {
            b[k] = (byte) (id + k);
        }
        return b;
    }
}

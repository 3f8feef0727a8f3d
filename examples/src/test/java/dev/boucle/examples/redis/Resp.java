package dev.boucle.examples.redis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helpers: the real redis-cli, and a raw blocking client that reads RESP2 replies. */
final class Resp {
    private Resp() {}

    /** redis-cli (Debian's redis-tools; .ci/run installs it), or a failure saying how to get it. */
    static String redisCli() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "redis-cli");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new AssertionError("redis-cli is not installed: apt-get install -y redis-tools (.ci/run does it)");
    }

    /** Runs {@code redis-cli -p port args...}; its standard output, without the last newline. */
    static String cli(int port, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(redisCli(), "-h", "127.0.0.1", "-p", String.valueOf(port)));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "redis-cli did not finish");
        String s = new String(out, StandardCharsets.UTF_8);
        s = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        // redis-cli prints an error reply followed by an empty line
        return s.startsWith("ERR ") && s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    static String multibulk(String... args) {
        StringBuilder b = new StringBuilder("*").append(args.length).append("\r\n");
        for (String a : args) {
            b.append('$').append(a.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(a).append("\r\n");
        }
        return b.toString();
    }

    /** A blocking connection that reads one RESP2 reply at a time, as text: "+OK", ":3", "$hi", "$nil", "-ERR ...", "*2[a, b]". */
    static final class Client implements AutoCloseable {
        final Socket socket;
        final InputStream in;
        final OutputStream out;

        Client(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(20_000);
            socket.setTcpNoDelay(true);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void send(String raw) throws IOException {
            out.write(raw.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String call(String... args) throws IOException {
            send(multibulk(args));
            return read();
        }

        String read() throws IOException {
            String line = line();
            switch (line.charAt(0)) {
                case '$': {
                    int n = Integer.parseInt(line.substring(1));
                    if (n < 0) {
                        return "$nil";
                    }
                    byte[] data = in.readNBytes(n + 2);
                    return "$" + new String(data, 0, n, StandardCharsets.UTF_8);
                }
                case '*': {
                    int n = Integer.parseInt(line.substring(1));
                    List<String> items = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        items.add(read());
                    }
                    return "*" + items;
                }
                default:
                    return line;
            }
        }

        private String line() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (;;) {
                int c = in.read();
                if (c < 0) {
                    throw new IOException("end of stream after " + b.size() + " bytes: " + b);
                }
                if (c == '\n') {
                    byte[] all = b.toByteArray();
                    return new String(all, 0, all.length - 1, StandardCharsets.UTF_8);
                }
                b.write(c);
            }
        }

        /** Whether the server closed the connection: the next read is the end of the stream. */
        boolean closedByServer() throws IOException {
            return in.read() < 0;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}

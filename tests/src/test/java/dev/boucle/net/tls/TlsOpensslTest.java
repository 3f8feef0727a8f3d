package dev.boucle.net.tls;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.net.AsyncSocket.aiosocket;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.net.AsyncSocket;
import dev.boucle.net.stream.Streams;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Boucle TLS client against {@code openssl s_server -rev} (which answers each line reversed).
 * 250 lines: s_server's answers come about 24 ms apart here, even pipelined (likely Nagle on
 * its side meeting delayed ACKs; not investigated); the 1,000-line echo against openssl is
 * TlsEchoServerTest's, with s_client.
 */
@Timeout(120)
class TlsOpensslTest {

    @Async
    static Coroutine<List<String>> exchange(int port, SSLContext ctx, List<String> lines) {
        AsyncSocket s = aiosocket();
        await(s.connect("127.0.0.1", port));
        TlsSocket tls = await(TlsSocket.client(s, ctx, "localhost"));
        try (Streams io = Streams.of(tls)) {
            // pipelined: a reader task takes the answers while this one writes (one line at a time,
            // each waiting for its answer, costs a delayed ACK per line against s_server's Nagle)
            Task<List<String>> reader = await(ensureFuture(readLines(io, lines.size())));
            for (String l : lines) {
                io.writer.write(l + "\n");
                await(io.writer.drain());
            }
            List<String> back = await(reader);
            await(io.writer.shutdownOutput()); // close_notify: s_server answers with its own
            String last = await(io.reader.readLine());
            back.add(last == null ? "<end of stream>" : last);
            return done(back);
        }
    }

    @Async
    static Coroutine<List<String>> readLines(Streams io, int n) {
        List<String> back = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            back.add(await(io.reader.readLine()));
        }
        return done(back);
    }

    @Test
    void randomLinesAgainstOpensslSServer() throws Exception {
        TestKeys keys = TestKeys.get();
        Process server = new ProcessBuilder("openssl", "s_server", "-accept", "127.0.0.1:0", "-cert", keys.serverKeyPem().toString(),
                "-key", keys.serverKeyPem().toString(), "-rev", "-naccept", "1").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8));
            int port = -1;
            for (String line; port < 0 && (line = out.readLine()) != null; ) {
                Matcher m = Pattern.compile("ACCEPT .*:(\\d+)").matcher(line);
                if (m.matches()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            assertTrue(port > 0, "s_server printed its port");
            Random r = new Random(5);
            List<String> lines = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                StringBuilder b = new StringBuilder();
                int len = 1 + r.nextInt(100);
                for (int k = 0; k < len; k++) {
                    b.append((char) ('a' + r.nextInt(26)));
                }
                lines.add(b.toString());
                expected.add(b.reverse().toString());
            }
            expected.add("<end of stream>");
            assertEquals(expected, Loop.run(exchange(port, keys.clientContext(), lines)));
        } finally {
            server.destroyForcibly();
        }
    }
}

package dev.boucle.bench;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.net.AsyncSocket.aiosocket;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.net.AsyncSocket;
import dev.boucle.net.stream.StreamReader;
import dev.boucle.net.stream.Transport;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 9's stream benchmark: lines per second read by a server from one TCP connection, 64-byte
 * lines (63 characters and {@code \n}), decoded to {@code String}s and counted. The client (a
 * platform thread) writes {@value #LINES} lines in 64 KiB writes, half-closes, and reads the count.
 * {@code boucle}: {@code StreamReader.readLine} in a task on one loop; {@code virtual}: a virtual
 * thread with {@code BufferedReader.readLine} over the socket's stream (one carrier).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djdk.virtualThreadScheduler.parallelism=1"})
public class ReadLineBench {
    static final int LINES = 1 << 16;
    static final byte[] WIRE = wire();

    static byte[] wire() {
        byte[] line = new byte[64];
        Arrays.fill(line, (byte) 'x');
        line[63] = '\n';
        byte[] w = new byte[64 * LINES];
        for (int i = 0; i < LINES; i++) {
            System.arraycopy(line, 0, w, i * 64, 64);
        }
        return w;
    }

    static long client(int port) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = s.getOutputStream();
            for (int off = 0; off < WIRE.length; off += 64 * 1024) {
                out.write(WIRE, off, Math.min(64 * 1024, WIRE.length - off));
            }
            s.shutdownOutput();
            long n = Long.parseLong(new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim());
            if (n != LINES) {
                throw new IllegalStateException("the server counted " + n + " lines of " + LINES);
            }
            return n;
        }
    }

    @Async
    static Coroutine<Void> boucleServer(AsyncSocket listener) {
        try (AsyncSocket c = await(listener.accept())) {
            StreamReader in = new StreamReader(Transport.of(c));
            long n = 0;
            int chars = 0;
            for (String line; (line = await(in.readLine(1024))) != null; n++) {
                chars += line.length();
            }
            await(c.sendAll((n + "\n").getBytes(StandardCharsets.US_ASCII)));
        }
        return done();
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public long boucle(Guards.Instrumented agent) throws Exception {
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            Thread server = new Thread(() -> Loop.run(boucleServer(listener)));
            server.start();
            long n = client(listener.localPort());
            server.join();
            return n;
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public long virtual(Guards.Virtual vt) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = VirtualThreads.start(() -> {
                try (Socket c = listener.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
                    long n = 0;
                    int chars = 0;
                    for (String line; (line = in.readLine()) != null; n++) {
                        chars += line.length();
                    }
                    c.getOutputStream().write((n + "\n").getBytes(StandardCharsets.US_ASCII));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            long n = client(listener.getLocalPort());
            server.join();
            return n;
        }
    }
}

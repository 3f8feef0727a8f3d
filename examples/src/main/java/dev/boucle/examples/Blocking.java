package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.toThread;

import com.sun.net.httpserver.HttpServer;
import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Blocking Java next to a loop that never stalls: a task ticks every 20 ms while the main task
 * makes a blocking HTTP call ({@code HttpURLConnection}) to a local server that answers in 500 ms,
 * writes and reads a file, both through {@code toThread}, and awaits the {@code CompletableFuture}
 * of the JDK's {@code HttpClient.sendAsync}. At the end it prints how many times the ticker ticked
 * and the longest gap between two ticks: far below the 500 ms each call blocks.
 *
 * <pre>
 * fetched with HttpURLConnection: slow hello (on a worker thread)
 * wrote and read back 11000 bytes
 * fetched with HttpClient.sendAsync: slow hello
 * the ticker ticked 80 times; longest gap between ticks: 23 ms
 * </pre>
 */
public final class Blocking {
    private Blocking() {}

    /** What the ticker measured. */
    static final class Ticks {
        int count;
        long maxGapNanos;
    }

    @Async
    static Coroutine<Void> ticker(Ticks t) {
        long last = System.nanoTime();
        for (;;) {
            await(sleep(Duration.ofMillis(20)));
            long now = System.nanoTime();
            t.count++;
            t.maxGapNanos = Math.max(t.maxGapNanos, now - last);
            last = now;
        }
    }

    /** A plain blocking call, as JDBC drivers and most clients make them. */
    static String fetchBlocking(int port) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/slow").toURL().openConnection();
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + " on " + Thread.currentThread().getName();
        } finally {
            c.disconnect();
        }
    }

    @Async
    static Coroutine<String> work(int port) throws Exception {
        Ticks ticks = new Ticks();
        Task<Void> ticker = await(ensureFuture(ticker(ticks)));

        String fetched = await(toThread(() -> fetchBlocking(port)));
        System.out.println("fetched with HttpURLConnection: " + fetched.replaceAll(" on .*", "")
                + (fetched.contains(" on boucle-worker-") ? " (on a worker thread)" : " (on " + fetched + ")"));

        Path file = await(toThread(() -> Files.writeString(Files.createTempFile("boucle", ".txt"), "slow hello ".repeat(1000))));
        long size = await(toThread(() -> {
            long n = Files.readString(file).length();
            Files.delete(file);
            return n;
        }));
        System.out.println("wrote and read back " + size + " bytes");

        // even making the client blocks (it loads classes and sets up TLS: a second on a slow machine)
        HttpClient client = await(toThread(HttpClient::newHttpClient));
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build();
        HttpResponse<String> resp = await(client.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
        System.out.println("fetched with HttpClient.sendAsync: " + resp.body());

        ticker.cancel();
        return done("the ticker ticked " + ticks.count + " times; longest gap between ticks: "
                + ticks.maxGapNanos / 1_000_000 + " ms");
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "slow hello".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            System.out.println(Loop.run(work(server.getAddress().getPort())));
        } finally {
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }
}

package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.net.AsyncSocket.aiosocket;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.net.AsyncSocket;
import dev.boucle.net.NetException;
import dev.boucle.net.SocketClosedException;
import dev.boucle.net.stream.Streams;
import dev.boucle.net.tls.Tls;
import dev.boucle.net.tls.TlsSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A TLS echo server: each line a client sends comes back, until the client closes. One task per
 * connection, on one loop; the key and certificate come from a PKCS#12 key store. Ctrl-C closes the
 * listener and every connection.
 *
 * <pre>
 * keytool -genkeypair -alias server -keyalg EC -dname CN=localhost -ext SAN=dns:localhost,ip:127.0.0.1 \
 *         -validity 30 -keystore server.p12 -storetype PKCS12 -storepass secret
 * java -javaagent:agent/target/boucle-agent.jar -cp examples/target/boucle-examples.jar \
 *      dev.boucle.examples.TlsEchoServer 8443 server.p12 secret
 * openssl s_client -connect localhost:8443 -quiet
 * </pre>
 */
public final class TlsEchoServer {
    private final AsyncSocket server;
    private final SSLContext context;
    private final Set<AsyncSocket> connections = new LinkedHashSet<>();
    private boolean stopping;
    private long served;

    public TlsEchoServer(AsyncSocket server, SSLContext context) {
        this.server = server;
        this.context = context;
    }

    /** Accepts connections until {@link #stop()}; returns how many it served. */
    @Async
    public Coroutine<Long> serve() {
        List<Task<Void>> tasks = new ArrayList<>();
        try {
            while (!stopping) {
                AsyncSocket client;
                try {
                    client = await(server.accept());
                } catch (SocketClosedException e) {
                    break;
                }
                connections.add(client);
                tasks.add(await(ensureFuture(handle(client))));
                tasks.removeIf(Task::isDone);
            }
        } finally {
            stop();
        }
        for (Task<Void> t : tasks) {
            await(t);
        }
        return done(served);
    }

    /** Handshakes, then echoes lines until the client's close_notify; answers it with its own. */
    @Async
    Coroutine<Void> handle(AsyncSocket client) {
        try {
            TlsSocket tls = await(TlsSocket.server(client, context));
            try (Streams io = Streams.of(tls)) {
                for (String line; (line = await(io.reader.readLine())) != null; ) {
                    io.writer.write(line + "\n");
                    await(io.writer.drain());
                }
                await(io.writer.shutdownOutput());
            }
        } catch (SocketClosedException e) {
            // the server is stopping
        } catch (NetException | IllegalStateException e) {
            System.err.println(client + ": " + e.getMessage()); // a failed handshake, a truncation, a line too long...
        } finally {
            client.close();
            connections.remove(client);
            served++;
        }
        return done();
    }

    /** Closes the listener and every connection; on the loop's thread. */
    public void stop() {
        stopping = true;
        server.close();
        for (AsyncSocket c : new ArrayList<>(connections)) {
            c.close();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: TlsEchoServer PORT KEYSTORE PASSWORD   (a PKCS#12 key store; port 0 picks a free one)");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        SSLContext context = Tls.serverContext(Path.of(args[1]), args[2].toCharArray());
        CountDownLatch stopped = new CountDownLatch(1);
        try (Loop loop = new Loop(); AsyncSocket socket = aiosocket()) {
            socket.bind(null, port).listen();
            TlsEchoServer echo = new TlsEchoServer(socket, context);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                loop.callSoonThreadsafe(echo::stop);
                try {
                    stopped.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "tls-echo-stop"));
            System.out.println("TLS echo server listening on " + socket.localAddress() + " (port " + socket.localPort()
                    + "); Ctrl-C to stop");
            System.out.flush();
            long served = loop.runUntilComplete(echo.serve());
            System.out.println("TLS echo server stopped after serving " + served + " connection(s)");
            System.out.flush();
        } finally {
            stopped.countDown();
        }
    }
}

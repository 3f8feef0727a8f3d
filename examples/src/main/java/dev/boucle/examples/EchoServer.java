package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.net.AsyncSocket.aiosocket;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.net.AsyncSocket;
import dev.boucle.net.NetException;
import dev.boucle.net.SocketClosedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A long-running echo server: every byte a client sends comes back to it. One task per connection,
 * all on one loop and one thread. Ctrl-C stops it cleanly: the shutdown hook asks the loop (with
 * {@code callSoonThreadsafe}, the one thread-safe door into a loop) to close the listening socket and
 * every connection; each task's {@code recv} then fails with a {@code SocketClosedException}, its
 * try-with-resources closes its socket, and the server returns once every task has finished.
 *
 * <pre>
 * java -javaagent:agent/target/boucle-agent.jar -cp examples/target/boucle-examples.jar \
 *      dev.boucle.examples.EchoServer 8888 [host]
 * nc localhost 8888
 * </pre>
 *
 * <p>Port 0 picks a free port; the first line printed says which.
 */
public final class EchoServer {
    private final AsyncSocket server;
    private final Set<AsyncSocket> connections = new LinkedHashSet<>();
    private boolean stopping;
    private long served;

    public EchoServer(AsyncSocket server) {
        this.server = server;
    }

    /** Accepts connections until {@link #stop()}, one task each; returns how many it served. */
    @Async
    public Coroutine<Long> serve() {
        List<Task<Void>> tasks = new ArrayList<>();
        try {
            while (!stopping) {
                AsyncSocket client;
                try {
                    client = await(server.accept());
                } catch (SocketClosedException e) {
                    break; // stop() closed the listening socket
                } catch (NetException e) {
                    System.err.println("accept failed: " + e.getMessage());
                    await(sleep(Duration.ofMillis(100))); // e.g. out of file descriptors: do not spin
                    continue;
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

    /** Echoes one connection until the client closes it (or the server stops). */
    @Async
    Coroutine<Void> handle(AsyncSocket client) {
        try (client) {
            for (;;) {
                byte[] data = await(client.recv(64 * 1024));
                if (data.length == 0) {
                    break; // the client closed its side
                }
                await(client.sendAll(data));
            }
        } catch (SocketClosedException e) {
            // the server is stopping
        } catch (NetException e) {
            System.err.println(client + ": " + e.getMessage());
        } finally {
            connections.remove(client);
            served++;
        }
        return done();
    }

    /** Closes the listening socket and every connection; call it on the loop's thread. */
    public void stop() {
        stopping = true;
        server.close();
        for (AsyncSocket c : new ArrayList<>(connections)) {
            c.close();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: EchoServer PORT [HOST]   (port 0 picks a free one; host defaults to all interfaces)");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        String host = args.length > 1 ? args[1] : null;
        CountDownLatch stopped = new CountDownLatch(1);
        try (Loop loop = new Loop(); AsyncSocket socket = aiosocket()) {
            socket.bind(host, port).listen();
            EchoServer echo = new EchoServer(socket);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                loop.callSoonThreadsafe(echo::stop);
                try {
                    stopped.await(10, TimeUnit.SECONDS); // let the loop finish before the JVM halts
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "echo-server-stop"));
            System.out.println("Echo server listening on " + socket.localAddress() + " (port "
                    + socket.localPort() + "); Ctrl-C to stop");
            System.out.flush();
            long served = loop.runUntilComplete(echo.serve());
            System.out.println("Echo server stopped after serving " + served + " connection(s)");
            System.out.flush();
        } finally {
            stopped.countDown();
        }
    }
}

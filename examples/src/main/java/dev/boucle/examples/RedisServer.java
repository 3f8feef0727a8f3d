package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.sleep;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.examples.redis.Commands;
import dev.boucle.examples.redis.RespParser;
import dev.boucle.examples.redis.Session;
import dev.boucle.examples.redis.Store;
import dev.boucle.serve.LoopGroup;
import dev.boucle.serve.SharedListener;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A Redis-protocol (RESP2) server on {@code LOOPS} loops, one thread each (default 1): what a Boucle
 * service looks like. Every loop accepts connections on the same port; each connection is one task
 * ({@link Session}) on one loop for its whole life; the keyspace ({@link Store}) is shared, so a key
 * set on one connection is seen by every other. The protocol code is in
 * {@code dev.boucle.examples.redis}: parser, commands, store.
 *
 * <pre>
 * java -javaagent:agent/target/boucle-agent.jar -cp examples/target/boucle-examples.jar \
 *      dev.boucle.examples.RedisServer 6380 [LOOPS]
 * redis-cli -p 6380 set greeting hello
 * redis-cli -p 6380 get greeting
 * </pre>
 *
 * <p>Port 0 picks a free port; the line with {@code listening} says which. Ctrl-C closes the loops:
 * every connection's task is cancelled and closes its socket.
 */
public final class RedisServer {
    private final LoopGroup group;
    private final SharedListener listener;

    private RedisServer(LoopGroup group, SharedListener listener) {
        this.group = group;
        this.listener = listener;
    }

    /** Starts a server on {@code port} (0: a free one) of every interface, with {@code loops} loops. */
    public static RedisServer start(int port, int loops) {
        return start(new InetSocketAddress(port), loops, RespParser.DEFAULT_MAX_BULK);
    }

    /** As {@link #start(int, int)} at {@code address}, refusing bulk strings over {@code maxBulk} bytes. */
    public static RedisServer start(InetSocketAddress address, int loops, int maxBulk) {
        Store store = new Store();
        Commands commands = new Commands(store);
        LoopGroup group = new LoopGroup(loops);
        try {
            Map<Loop, Session.PerLoop> perLoop = new IdentityHashMap<>();
            for (int i = 0; i < loops; i++) {
                perLoop.put(group.loop(i), new Session.PerLoop(commands, new RespParser(maxBulk)));
            }
            // Expired keys nobody reads again are swept by loop 0, a few at a time.
            group.spawn(0, () -> sweepExpired(store, Duration.ofMillis(100)));
            // perLoop is complete before listen: the handler reads it on the loops' threads after
            // callSoonThreadsafe, which publishes it safely.
            SharedListener l = group.listen(address, s -> new Session(s, perLoop.get(Loop.current())).serve());
            return new RedisServer(group, l);
        } catch (RuntimeException e) {
            group.close();
            throw e;
        }
    }

    /** A task until the group closes (its cancellation ends it): removes up to 200 expired keys per period. */
    @Async
    static Coroutine<Void> sweepExpired(Store store, Duration period) {
        for (;;) {
            await(sleep(period));
            synchronized (store) {
                store.sweep(System.currentTimeMillis(), 200);
            }
        }
    }

    public int port() {
        return listener.localPort();
    }

    public SharedListener listener() {
        return listener;
    }

    /** Closes every connection and loop; returns when they have ended. */
    public void close() {
        group.close();
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: RedisServer PORT [LOOPS]   (port 0 picks a free one; LOOPS defaults to 1)");
            System.exit(2);
        }
        int port;
        int loops;
        try {
            port = Integer.parseInt(args[0]);
            loops = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        } catch (NumberFormatException e) {
            System.err.println("RedisServer: PORT and LOOPS must be numbers: " + e.getMessage());
            System.exit(2);
            return;
        }
        RedisServer server;
        try {
            server = start(port, loops);
        } catch (IllegalArgumentException | dev.boucle.net.NetException e) {
            System.err.println("RedisServer: " + e.getMessage()); // a bad LOOPS or PORT, a port in use
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "redis-server-stop"));
        System.out.println("Boucle RedisServer listening on port " + server.port() + " with " + loops + " loop(s)"
                + (loops > 1 ? " (" + server.listener().mode() + ")" : "") + "; Ctrl-C to stop");
        System.out.flush();
        stopped.await();
    }
}

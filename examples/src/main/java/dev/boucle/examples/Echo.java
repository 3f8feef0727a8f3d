package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.gather;
import static dev.boucle.net.AsyncSocket.aiosocket;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Waiter;
import dev.boucle.net.AsyncSocket;
import java.net.InetSocketAddress;

/**
 * The seeds' socket example: a server and a client run concurrently with {@code gather}; the client
 * says hello, the server prints it and sends it back reversed, the client prints the answer.
 *
 * <p>The seed binds port 8080; this binds port 0 (a free port the system picks), so the server tells
 * the client where it listens, through {@link #address} and a {@link Waiter}.
 *
 * <pre>
 * Received from client Hello World!
 * Received from server !dlroW olleH
 * </pre>
 */
public final class Echo {
    private Echo() {}

    /** Where the server listens, once it does. */
    static InetSocketAddress address;
    static Waiter listening;

    @Async
    static Coroutine<Void> serverCoro() {
        try (AsyncSocket server = aiosocket()) {
            server.bind("localhost", 0);
            server.listen();
            address = server.localAddress();
            listening.set();
            try (AsyncSocket client = await(server.accept())) {
                byte[] msg = await(client.recv(1024));
                System.out.println("Received from client " + new String(msg, UTF_8));
                await(client.send(reversed(msg)));
            }
        }
        return done();
    }

    @Async
    static Coroutine<Void> clientCoro() {
        await(listening);
        try (AsyncSocket client = aiosocket()) {
            await(client.connect(address));
            await(client.send("Hello World!".getBytes(UTF_8)));
            byte[] msg = await(client.recv(1024));
            System.out.println("Received from server " + new String(msg, UTF_8));
        }
        return done();
    }

    @Async
    static Coroutine<Void> main() {
        listening = new Waiter(1);
        await(gather(serverCoro(), clientCoro()));
        return done();
    }

    static byte[] reversed(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    public static void main(String[] args) {
        Loop.run(main());
    }
}

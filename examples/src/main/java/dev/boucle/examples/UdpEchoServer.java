package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.net.NetException;
import dev.boucle.net.SocketClosedException;
import dev.boucle.net.udp.AsyncDatagramSocket;
import dev.boucle.net.udp.Datagram;
import dev.boucle.net.udp.DatagramTooLargeException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Echoes each UDP datagram to its sender, on IPv4 and IPv6 (a dual-stack socket bound to the
 * wildcard address). Ctrl-C closes the socket through the loop and the server returns.
 *
 * <pre>
 * java -javaagent:agent/target/boucle-agent.jar -cp examples/target/boucle-examples.jar \
 *      dev.boucle.examples.UdpEchoServer 9999
 * nc -u localhost 9999
 * </pre>
 */
public final class UdpEchoServer {
    private UdpEchoServer() {}

    /** Echoes until the socket is closed; returns how many datagrams it echoed. */
    @Async
    public static Coroutine<Long> serve(AsyncDatagramSocket socket) {
        long echoed = 0;
        for (;;) {
            Datagram d;
            try {
                d = await(socket.receiveFrom());
            } catch (SocketClosedException e) {
                return done(echoed);
            } catch (DatagramTooLargeException e) {
                System.err.println(e.getMessage());
                continue;
            }
            try {
                await(socket.sendTo(d.data(), d.sender()));
                echoed++;
            } catch (SocketClosedException e) {
                return done(echoed);
            } catch (NetException e) {
                System.err.println("echo to " + d.sender() + " failed: " + e.getMessage()); // one peer's fault: go on
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: UdpEchoServer PORT   (port 0 picks a free one)");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        CountDownLatch stopped = new CountDownLatch(1);
        try (Loop loop = new Loop(); AsyncDatagramSocket socket = AsyncDatagramSocket.open().bind(null, port)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                loop.callSoonThreadsafe(socket::close);
                try {
                    stopped.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "udp-echo-stop"));
            System.out.println("UDP echo server listening on " + socket.localAddress() + " (port " + socket.localPort()
                    + "); Ctrl-C to stop");
            System.out.flush();
            long echoed = loop.runUntilComplete(serve(socket));
            System.out.println("UDP echo server stopped after echoing " + echoed + " datagram(s)");
            System.out.flush();
        } finally {
            stopped.countDown();
        }
    }
}

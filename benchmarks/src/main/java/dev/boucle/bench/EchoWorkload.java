package dev.boucle.bench;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Task;
import dev.boucle.net.AsyncSocket;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The echo round trip of {@link EchoBench}, twice: {@code @Async} tasks on one Boucle loop (server,
 * its connection handlers and the clients all on the loop's thread), and thread-per-connection on
 * virtual threads with blocking {@code java.net} sockets. Both: a server on a free loopback port,
 * {@code clients} connections, each sending {@code size} bytes and reading them back,
 * {@code rounds} times; the server echoes what it reads.
 */
final class EchoWorkload {
    private EchoWorkload() {}

    static final String LOOPBACK = "127.0.0.1";
    static final int HANDLER_BUFFER = 64 * 1024;

    // ------------------------------------------------------------------ Boucle

    /** Runs the whole exchange on the current loop; returns the bytes echoed. */
    @Async
    static Coroutine<Long> boucle(int clients, int rounds, int size) {
        AsyncSocket server = AsyncSocket.aiosocket();
        try {
            server.bind(LOOPBACK, 0).listen();
            int port = server.localPort();
            Task<Void> acceptor = await(ensureFuture(acceptor(server, clients)));
            List<Task<Long>> cs = new ArrayList<>(clients);
            for (int i = 0; i < clients; i++) {
                cs.add(await(ensureFuture(client(port, rounds, size))));
            }
            long total = 0;
            for (Task<Long> t : cs) {
                total += await(t);
            }
            await(acceptor);
            return done(total);
        } finally {
            server.close();
        }
    }

    /** Accepts {@code n} connections, one handler task each, and joins them. */
    @Async
    static Coroutine<Void> acceptor(AsyncSocket server, int n) {
        List<Task<Void>> handlers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AsyncSocket c = await(server.accept());
            handlers.add(await(ensureFuture(handler(c))));
        }
        for (Task<Void> h : handlers) {
            await(h);
        }
        return done();
    }

    /** Echoes what it reads until the client closes. */
    @Async
    static Coroutine<Void> handler(AsyncSocket c) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(HANDLER_BUFFER);
            for (;;) {
                buf.clear();
                int n = await(c.recvInto(buf));
                if (n < 0) {
                    break;
                }
                buf.flip();
                await(c.sendAll(buf));
            }
        } finally {
            c.close();
        }
        return done();
    }

    /** {@code rounds} round trips of {@code size} bytes; returns the bytes echoed. */
    @Async
    static Coroutine<Long> client(int port, int rounds, int size) {
        AsyncSocket s = AsyncSocket.aiosocket();
        try {
            await(s.connect(LOOPBACK, port));
            ByteBuffer out = ByteBuffer.allocate(size);
            for (int i = 0; i < size; i++) {
                out.put(i, (byte) i);
            }
            ByteBuffer in = ByteBuffer.allocate(size);
            long bytes = 0;
            for (int r = 0; r < rounds; r++) {
                out.clear();
                await(s.sendAll(out));
                in.clear();
                while (in.hasRemaining()) {
                    int n = await(s.recvInto(in));
                    if (n < 0) {
                        throw new IllegalStateException("echo server closed the connection early");
                    }
                }
                bytes += size;
            }
            return done(bytes);
        } finally {
            s.close();
        }
    }

    // ------------------------------------------------------------------ virtual threads

    /** The same exchange, a virtual thread per connection on each side; returns the bytes echoed. */
    static long virtual(int clients, int rounds, int size) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] echoed = new long[clients];
        try (ServerSocket server = new ServerSocket(0, 1024, InetAddress.getByName(LOOPBACK))) {
            int port = server.getLocalPort();
            Thread acceptor = VirtualThreads.start(() -> {
                List<Thread> handlers = new ArrayList<>(clients);
                try {
                    for (int i = 0; i < clients; i++) {
                        Socket c = server.accept();
                        c.setTcpNoDelay(true);
                        handlers.add(VirtualThreads.start(() -> handle(c, failure)));
                    }
                    for (Thread h : handlers) {
                        h.join();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            Thread[] cs = new Thread[clients];
            for (int i = 0; i < clients; i++) {
                int k = i;
                cs[i] = VirtualThreads.start(() -> {
                    try {
                        echoed[k] = clientVirtual(port, rounds, size);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            for (Thread t : cs) {
                t.join();
            }
            if (failure.get() != null) {
                server.close();
            }
            acceptor.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("echo on virtual threads failed", failure.get());
        }
        long total = 0;
        for (long e : echoed) {
            total += e;
        }
        return total;
    }

    private static void handle(Socket c, AtomicReference<Throwable> failure) {
        try (Socket s = c) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            byte[] buf = new byte[HANDLER_BUFFER];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
    }

    private static long clientVirtual(int port, int rounds, int size) throws IOException {
        try (Socket s = new Socket(LOOPBACK, port)) {
            s.setTcpNoDelay(true);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            byte[] msg = new byte[size];
            for (int i = 0; i < size; i++) {
                msg[i] = (byte) i;
            }
            byte[] back = new byte[size];
            long bytes = 0;
            for (int r = 0; r < rounds; r++) {
                out.write(msg);
                int got = 0;
                while (got < size) {
                    int n = in.read(back, got, size - got);
                    if (n < 0) {
                        throw new EOFException("echo server closed the connection early");
                    }
                    got += n;
                }
                bytes += size;
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

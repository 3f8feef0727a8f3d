package dev.boucle.net.stream;

import dev.boucle.Coroutine;
import dev.boucle.internal.Args;
import dev.boucle.net.AsyncSocket;

/**
 * A connection's buffered pair (asyncio's {@code open_connection} result): a {@link StreamReader}
 * and a {@link StreamWriter} over one {@link Transport}.
 *
 * <pre>{@code
 * Streams io = Streams.of(socket);
 * String line = await(io.reader.readLine(1024));
 * io.writer.write(line + "\n");
 * await(io.writer.drain());
 * await(io.closeGracefully());      // flush, then close
 * }</pre>
 */
public final class Streams implements AutoCloseable {
    public final StreamReader reader;
    public final StreamWriter writer;
    private final Transport transport;

    private Streams(Transport transport, StreamReader reader, StreamWriter writer) {
        this.transport = transport;
        this.reader = reader;
        this.writer = writer;
    }

    /** Buffered streams over a connected socket, with the default limits and watermarks. */
    public static Streams of(AsyncSocket socket) {
        Args.notNull(socket, "Streams.of(socket)", "socket", "pass a connected AsyncSocket");
        return of(Transport.of(socket));
    }

    /** Buffered streams over any transport (a TLS connection, say). */
    public static Streams of(Transport transport) {
        Args.notNull(transport, "Streams.of(transport)", "transport", "pass Transport.of(socket) or a TlsSocket");
        return new Streams(transport, new StreamReader(transport), new StreamWriter(transport));
    }

    /** The transport both streams use. */
    public Transport transport() {
        return transport;
    }

    /** Awaits until what was written is sent, then closes the transport. */
    public Coroutine<Void> closeGracefully() {
        return writer.close();
    }

    /** Closes the transport at once (what is still queued is dropped); harmless twice. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "<Streams " + transport + ">";
    }
}

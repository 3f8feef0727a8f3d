package dev.boucle.net.stream;

import dev.boucle.Coroutine;
import dev.boucle.net.AsyncSocket;
import java.nio.ByteBuffer;

/**
 * A byte stream the buffered {@link StreamReader} and {@link StreamWriter} run over: a plain
 * {@link AsyncSocket} ({@link #of(AsyncSocket)}) or a TLS connection ({@code dev.boucle.net.tls.TlsSocket}).
 * Every method is used on the loop's thread; at most one read and one write at a time.
 */
public interface Transport extends AutoCloseable {
    /** Awaits bytes into {@code dst} (position to limit): the count read, at least one, or {@code -1} at the end of the stream. */
    Coroutine<Integer> read(ByteBuffer dst);

    /** Awaits until every remaining byte of {@code src} is written. */
    Coroutine<Void> writeAll(ByteBuffer src);

    /** Half-close: the peer reads the end of the stream; this side can still read. */
    Coroutine<Void> shutdownOutput();

    /** Closes at once; harmless twice. */
    @Override
    void close();

    /** A description for messages. */
    @Override
    String toString();

    /** The plain TCP transport of a connected socket. */
    static Transport of(AsyncSocket socket) {
        return new SocketTransport(socket);
    }
}

package dev.boucle.net.stream;

import static dev.boucle.Boucle.done;

import dev.boucle.Coroutine;
import dev.boucle.internal.Args;
import dev.boucle.net.AsyncSocket;
import java.nio.ByteBuffer;

/** {@link Transport} over a plain {@link AsyncSocket}: each call is the socket's own operation. */
final class SocketTransport implements Transport {
    private final AsyncSocket socket;

    SocketTransport(AsyncSocket socket) {
        this.socket = Args.notNull(socket, "Transport.of(socket)", "socket", "pass a connected AsyncSocket");
    }

    @Override
    public Coroutine<Integer> read(ByteBuffer dst) {
        return socket.recvInto(dst);
    }

    @Override
    public Coroutine<Void> writeAll(ByteBuffer src) {
        return socket.sendAll(src);
    }

    @Override
    public Coroutine<Void> shutdownOutput() {
        socket.shutdownOutput();
        return done();
    }

    @Override
    public void close() {
        socket.close();
    }

    @Override
    public String toString() {
        return socket.toString();
    }
}

package dev.boucle.net;

import static dev.boucle.net.AsyncSocket.aiosocket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Boucle;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every public method of {@code dev.boucle.net} names the argument at fault, at the call, and changes nothing. */
class NetArgumentsTest {

    static void refused(Class<? extends Throwable> type, String part, Executable call) {
        Throwable t = assertThrows(type, call);
        assertTrue(String.valueOf(t.getMessage()).contains(part), "message \"" + t.getMessage() + "\" lacks: " + part);
    }

    @Test
    void nullsAreRefusedWithTheMethodAndArgumentNamed() {
        AsyncSocket s = aiosocket();
        refused(NullPointerException.class, "AsyncSocket.recvInto(dst): dst is null", () -> s.recvInto(null));
        refused(NullPointerException.class, "AsyncSocket.recvExactly(dst): dst is null", () -> s.recvExactly((ByteBuffer) null));
        refused(NullPointerException.class, "AsyncSocket.send(data): data is null", () -> s.send((byte[]) null));
        refused(NullPointerException.class, "AsyncSocket.send(src): src is null", () -> s.send((ByteBuffer) null));
        refused(NullPointerException.class, "AsyncSocket.sendAll(data): data is null", () -> s.sendAll((byte[]) null));
        refused(NullPointerException.class, "AsyncSocket.sendAll(src): src is null", () -> s.sendAll((ByteBuffer) null));
        refused(NullPointerException.class, "AsyncSocket.connect(remote): remote is null", () -> s.connect((SocketAddress) null));
        refused(NullPointerException.class, "AsyncSocket.connect(host, port): host is null", () -> s.connect(null, 80));
        refused(NullPointerException.class, "AsyncSocket.bind(local): local is null", () -> s.bind(null));
        refused(NullPointerException.class, "AsyncSocket.setOption(option, value): option is null", () -> s.setOption(null, 1));
        refused(NullPointerException.class, "value is null", () -> s.setOption(StandardSocketOptions.SO_RCVBUF, null));
        refused(NullPointerException.class, "AsyncSocket.getOption(option): option is null", () -> s.getOption(null));
        refused(NullPointerException.class, "AsyncSocket.aiosocket(family): family is null", () -> AsyncSocket.aiosocket(null));
        refused(NullPointerException.class, "Boucle.sleep(d): d is null", () -> Boucle.sleep(null));
        refused(NullPointerException.class, "Boucle.sleepUntil(when): when is null", () -> Boucle.sleepUntil(null));
        assertNull(s.channel(), "refused calls opened nothing");
        assertFalse(s.isClosed());
        s.close();
    }

    @Test
    void badValuesAreRefusedWithTheMethodAndArgumentNamed() {
        AsyncSocket s = aiosocket();
        refused(IllegalArgumentException.class, "AsyncSocket.recvInto(dst): dst is read-only", () -> s.recvInto(ByteBuffer.allocate(4).asReadOnlyBuffer()));
        refused(IllegalArgumentException.class, "AsyncSocket.bind(host, port): port is 70000", () -> s.bind("127.0.0.1", 70000));
        refused(IllegalArgumentException.class, "AsyncSocket.connect(host, port): port is 0", () -> s.connect("127.0.0.1", 0));
        refused(IllegalArgumentException.class, "recv(0)", () -> s.recv(0));
        assertEquals(-1, s.localPort(), "refused calls bound nothing");
        s.close();
    }
}

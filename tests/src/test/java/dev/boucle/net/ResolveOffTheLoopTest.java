package dev.boucle.net;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.net.AsyncSocket.aiosocket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code connect(host, port)} resolves the host on a worker thread, not on the loop. */
@Timeout(60)
class ResolveOffTheLoopTest {

    @Async
    static Coroutine<Integer> connectByName(String host) throws Exception {
        try (AsyncSocket server = aiosocket().bind("127.0.0.1", 0).listen(); AsyncSocket c = aiosocket()) {
            await(c.connect(host, server.localPort()));
            try (AsyncSocket s = await(server.accept())) {
                return done(s.remoteAddress().getPort() == c.localPort() ? c.remoteAddress().getPort() : -1);
            }
        }
    }

    @Test
    void aNameAndALiteralBothConnect() throws Exception {
        assertTrue(Loop.run(connectByName("localhost")) > 0);
        assertTrue(Loop.run(connectByName("127.0.0.1")) > 0);
    }

    @Async
    static Coroutine<Void> connectTo(String host) throws Exception {
        try (AsyncSocket c = aiosocket()) {
            await(c.connect(host, 80));
        }
        return done();
    }

    @Test
    void anUnknownHostFailsTheAwaitWithTheLookupsException() {
        NetException e = assertThrows(NetException.class, () -> Loop.run(connectTo("no-such-host.invalid")));
        assertInstanceOf(UnknownHostException.class, e.getCause(), e.toString());
    }

    @Test
    void literalsAreRecognisedWithoutALookup() {
        assertTrue(ResolvingConnect.isLiteral("10.0.0.1"));
        assertTrue(ResolvingConnect.isLiteral("::1"));
        assertEquals(false, ResolvingConnect.isLiteral("localhost"));
        assertEquals(false, ResolvingConnect.isLiteral("1e100.net"));
    }
}

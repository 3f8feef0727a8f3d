package dev.boucle.net.stream;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.yieldNow;
import static dev.boucle.net.AsyncSocket.aiosocket;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.net.AsyncSocket;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StreamReader} and {@link StreamWriter} over loopback TCP, with a peer that writes in random
 * pieces of 1 byte to 64 KiB (yielding between pieces, so the reader sees every split).
 */
@Timeout(120)
class StreamsTest {

    /** A connected pair over loopback: [client, server side]. */
    @Async
    static Coroutine<AsyncSocket[]> pair() {
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen()) {
            AsyncSocket client = aiosocket();
            Task<AsyncSocket> accepted = await(ensureFuture(listener.accept()));
            await(client.connect(listener.localAddress()));
            return done(new AsyncSocket[] {client, await(accepted)});
        }
    }

    /** Sends {@code data} in random pieces of 1 B .. {@code maxPiece}, yielding after each, then half-closes. */
    @Async
    static Coroutine<Void> sendChunked(AsyncSocket s, byte[] data, long seed, int maxPiece) {
        Random r = new Random(seed);
        int off = 0;
        while (off < data.length) {
            int n = Math.min(data.length - off, 1 + (r.nextInt(4) == 0 ? r.nextInt(16) : r.nextInt(maxPiece)));
            await(s.sendAll(java.nio.ByteBuffer.wrap(data, off, n)));
            off += n;
            await(yieldNow());
        }
        s.shutdownOutput();
        return done();
    }

    // ------------------------------------------------------------------ lines

    @Async
    static Coroutine<List<String>> readLines(long seed, byte[] wire) {
        AsyncSocket[] p = await(pair());
        try (AsyncSocket a = p[0]; AsyncSocket b = p[1]) {
            Task<Void> peer = await(ensureFuture(sendChunked(a, wire, seed, 64 * 1024)));
            StreamReader in = new StreamReader(Transport.of(b), 1024);
            List<String> lines = new ArrayList<>();
            for (String line; (line = await(in.readLine(1 << 20))) != null; ) {
                lines.add(line);
            }
            assertTrue(in.atEof());
            await(peer);
            return done(lines);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void linesComeOutWholeWhateverTheChunking(long seed) {
        Random r = new Random(seed * 31);
        List<String> expected = new ArrayList<>();
        StringBuilder wire = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            int len = r.nextInt(20) == 0 ? r.nextInt(200_000) : r.nextInt(100);
            StringBuilder line = new StringBuilder(len);
            for (int k = 0; k < len; k++) {
                line.append((char) (r.nextInt(10) == 0 ? 'é' : ' ' + r.nextInt(94)));
            }
            expected.add(line.toString());
            wire.append(line).append(r.nextBoolean() ? "\r\n" : "\n");
        }
        assertEquals(expected, Loop.run(readLines(seed, wire.toString().getBytes(UTF_8))));
    }

    // ------------------------------------------------------------------ delimiters and exact reads

    @Async
    static Coroutine<Void> readFrames(long seed, byte[] wire, List<byte[]> frames, byte[] delim) {
        AsyncSocket[] p = await(pair());
        try (AsyncSocket a = p[0]; AsyncSocket b = p[1]) {
            Task<Void> peer = await(ensureFuture(sendChunked(a, wire, seed, seed % 2 == 0 ? 7 : 64 * 1024)));
            StreamReader in = new StreamReader(Transport.of(b), 64);
            for (int i = 0; i < frames.size(); i++) {
                byte[] want = frames.get(i);
                byte[] got = i % 2 == 0 ? await(in.readUntil(delim, want.length + 1)) : await(in.readExactly(want.length));
                assertArrayEquals(want, got, "frame " + i);
            }
            assertEquals(0, await(in.read(10)).length, "then the end of the stream");
            await(peer);
        }
        return done();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void delimitedAndExactFramesComeOutWholeWhateverTheChunking(long seed) {
        byte[] delim = "\r\n\r\n".getBytes(UTF_8);
        Random r = new Random(seed);
        int big = seed % 2 == 0 ? 3000 : 300_000; // even seeds send 1..7-byte pieces: keep them short
        List<byte[]> frames = new ArrayList<>();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        for (int i = 0; i < 400; i++) {
            byte[] f;
            if (i % 2 == 0) {
                // a frame whose body may hold a partial delimiter ("\r\n\r" then not "\n")
                byte[] body = new byte[r.nextInt(5) == 0 ? r.nextInt(big / 3) : r.nextInt(300)];
                for (int k = 0; k < body.length; k++) {
                    body[k] = (byte) ("ab\r\n".charAt(r.nextInt(4)));
                }
                for (int k = 3; k < body.length; k++) { // no full delimiter inside the body
                    if (body[k - 3] == '\r' && body[k - 2] == '\n' && body[k - 1] == '\r' && body[k] == '\n') {
                        body[k] = 'x';
                    }
                }
                if (body.length >= 3 && body[body.length - 3] == '\r' && body[body.length - 2] == '\n' && body[body.length - 1] == '\r') {
                    body[body.length - 1] = 'y'; // "\r\n\r" + "\r\n\r\n" would end the frame early
                }
                if (body.length >= 2 && body[body.length - 2] == '\r' && body[body.length - 1] == '\n') {
                    body[body.length - 1] = 'z';
                }
                if (body.length >= 1 && body[body.length - 1] == '\r') {
                    body[body.length - 1] = 'w';
                }
                f = concat(body, delim);
            } else {
                f = new byte[r.nextInt(5) == 0 ? r.nextInt(big) : r.nextInt(100)];
                r.nextBytes(f);
            }
            frames.add(f);
            wire.writeBytes(f);
        }
        Loop.run(readFrames(seed, wire.toByteArray(), frames, delim));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ------------------------------------------------------------------ limits and the end of the stream

    @Async
    static Coroutine<Void> limits() {
        AsyncSocket[] p = await(pair());
        try (AsyncSocket a = p[0]; AsyncSocket b = p[1]) {
            byte[] longLine = new byte[250];
            Arrays.fill(longLine, (byte) 'x');
            Task<Void> peer = await(ensureFuture(sendChunked(a, concat(concat(longLine, "\nshort\nEND:abc".getBytes(UTF_8)),
                    new byte[0]), 5, 17)));
            StreamReader in = new StreamReader(Transport.of(b), 16);
            try {
                await(in.readLine(100));
                fail("a 251-byte line passed max = 100");
            } catch (LimitOverrunException e) {
                assertTrue(e.buffered() >= 100, "the reader read at least max bytes: " + e.buffered());
                assertTrue(e.getMessage().contains("max = 100") && e.getMessage().contains("skip"), e.getMessage());
                assertEquals(e.buffered(), in.buffered(), "nothing was consumed");
            }
            // the kept bytes are still there, in order
            byte[] first = await(in.readExactly(200));
            assertArrayEquals(Arrays.copyOf(longLine, 200), first);
            assertEquals("x".repeat(50), await(in.readLine(100)));
            // a delimiter found, but ending beyond max
            try {
                await(in.readUntil("\n".getBytes(UTF_8), 3));
                fail("a 6-byte frame passed max = 3");
            } catch (LimitOverrunException e) {
                assertTrue(e.getMessage().contains("max = 3"), e.getMessage());
                assertTrue(e.buffered() >= 3);
            }
            assertEquals("short", await(in.readLine(6)));
            assertArrayEquals("END:".getBytes(UTF_8), await(in.readUntil(":".getBytes(UTF_8), 10)));
            try {
                await(in.readLine(100));
                fail("a partial line at the end of the stream");
            } catch (IncompleteReadException e) {
                assertArrayEquals("abc".getBytes(UTF_8), e.partial());
                assertEquals(-1, e.expected());
            }
            assertNull(await(in.readLine(100)), "a clean end of stream reads as null");
            try {
                await(in.readUntil(new byte[] {'\n'}, 5));
                fail("readUntil at the end of the stream");
            } catch (IncompleteReadException e) {
                assertEquals(0, e.partial().length);
            }
            await(peer);
        }
        return done();
    }

    @Async
    static Coroutine<IncompleteReadException> exactPastTheEnd() {
        AsyncSocket[] p = await(pair());
        try (AsyncSocket a = p[0]; AsyncSocket b = p[1]) {
            Task<Void> peer = await(ensureFuture(sendChunked(a, "12345".getBytes(UTF_8), 1, 2)));
            StreamReader in = new StreamReader(Transport.of(b), 4);
            try {
                await(in.readExactly(10));
                return done(null);
            } catch (IncompleteReadException e) {
                await(peer);
                assertTrue(in.atEof());
                return done(e);
            }
        }
    }

    @Test
    void limitOverrunKeepsTheBytesAndTheEndOfTheStreamCarriesThePartialFrame() {
        Loop.run(limits());
        IncompleteReadException e = Loop.run(exactPastTheEnd());
        assertArrayEquals("12345".getBytes(UTF_8), e.partial());
        assertEquals(10, e.expected());
        assertTrue(e.getMessage().contains("after 5 of 10 bytes"), e.getMessage());
    }

    // ------------------------------------------------------------------ the writer

    static final int HIGH = 64 * 1024;
    static final int LOW = 16 * 1024;

    /** Reads slowly (small reads, a yield after each) and hashes what it reads. */
    @Async
    static Coroutine<byte[]> slowReader(AsyncSocket s) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StreamReader in = new StreamReader(Transport.of(s), 4096);
        for (;;) {
            byte[] b = await(in.read(1500));
            if (b.length == 0) {
                return done(sha.digest());
            }
            sha.update(b);
            await(yieldNow());
        }
    }

    @Async
    static Coroutine<int[]> writeWithBackpressure(long total) throws Exception {
        AsyncSocket[] p = await(pair());
        try (AsyncSocket a = p[0]; AsyncSocket b = p[1]) {
            Task<byte[]> reader = await(ensureFuture(slowReader(b)));
            StreamWriter out = new StreamWriter(Transport.of(a), HIGH, LOW);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Random r = new Random(7);
            long maxBuffered = 0;
            int pausedDrains = 0;
            for (long sent = 0; sent < total; ) {
                byte[] chunk = new byte[1 + r.nextInt(8192)];
                r.nextBytes(chunk);
                out.write(chunk);
                sha.update(chunk);
                sent += chunk.length;
                maxBuffered = Math.max(maxBuffered, out.buffered());
                boolean paused = out.buffered() > HIGH;
                await(out.drain());
                if (paused) {
                    pausedDrains++;
                    assertTrue(out.buffered() <= LOW, "drain returned with " + out.buffered() + " bytes queued, above low");
                }
            }
            await(out.shutdownOutput());
            assertEquals(0, out.buffered());
            assertArrayEquals(sha.digest(), await(reader), "the reader got every byte, in order");
            assertThrows(IllegalStateException.class, () -> out.write(new byte[1]), "write after shutdownOutput");
            return done(new int[] {(int) maxBuffered, pausedDrains});
        }
    }

    @Test
    void aWriterToASlowPeerSuspendsInDrainBetweenTheWatermarks() throws Exception {
        int[] r = Loop.run(writeWithBackpressure(16L << 20));
        assertTrue(r[0] <= HIGH + 8192, "buffered at most high + one write: " + r[0]);
        assertTrue(r[1] > 0, "some drains waited");
    }

    @Async
    static Coroutine<String> halfCloseThenClose() {
        AsyncSocket[] p = await(pair());
        AsyncSocket a = p[0];
        AsyncSocket b = p[1];
        Streams client = Streams.of(a);
        Streams server = Streams.of(b);
        for (int i = 0; i < 100; i++) {
            client.writer.write("line " + i + "\n");
        }
        await(client.writer.shutdownOutput()); // half-close: the server reads the end, the client can still read
        int n = 0;
        while (await(server.reader.readLine()) != null) {
            n++;
        }
        server.writer.write("got " + n + "\n");
        await(server.closeGracefully());
        assertTrue(b.isClosed());
        String reply = await(client.reader.readLine());
        assertNull(await(client.reader.readLine()));
        client.close();
        return done(reply);
    }

    @Test
    void bothSidesHalfCloseThenClose() {
        assertEquals("got 100", Loop.run(halfCloseThenClose()));
    }

    @Test
    void badArgumentsAreNamed() {
        StreamReader in = new StreamReader(Transport.of(aiosocket()));
        assertMessage(assertThrows(IllegalArgumentException.class, () -> in.readLine(0)), "StreamReader.readLine(max): max is 0");
        assertMessage(assertThrows(NullPointerException.class, () -> in.readUntil(null, 5)), "StreamReader.readUntil(delimiter, max): delimiter is null");
        assertMessage(assertThrows(IllegalArgumentException.class, () -> in.readUntil(new byte[0], 5)), "delimiter is empty");
        assertMessage(assertThrows(IllegalArgumentException.class, () -> in.readUntil(new byte[3], 2)), "max is 2; it must be at least 3");
        assertMessage(assertThrows(IllegalArgumentException.class, () -> in.readExactly(-1)), "StreamReader.readExactly(n): n is -1");
        assertMessage(assertThrows(IllegalArgumentException.class, () -> in.read(0)), "StreamReader.read(max): max is 0");
        assertMessage(assertThrows(NullPointerException.class, () -> new StreamReader(null)), "transport is null");
        assertMessage(assertThrows(NullPointerException.class, () -> Transport.of(null)), "Transport.of(socket): socket is null");
        StreamWriter out = new StreamWriter(Transport.of(aiosocket()));
        assertMessage(assertThrows(NullPointerException.class, () -> out.write((byte[]) null)), "StreamWriter.write(data): data is null");
        assertMessage(assertThrows(IndexOutOfBoundsException.class, () -> out.write(new byte[4], 3, 2)), "off 3, len 2");
        assertMessage(assertThrows(IllegalArgumentException.class, () -> new StreamWriter(Transport.of(aiosocket()), 10, 11)), "low is 11");
        assertMessage(assertThrows(IllegalStateException.class, () -> out.write(new byte[1])), "which runs no loop");
        assertEquals(0, out.buffered(), "refused calls change nothing");
    }

    static void assertMessage(Throwable t, String part) {
        assertTrue(String.valueOf(t.getMessage()).contains(part), "message " + t.getMessage() + " lacks: " + part);
    }
}

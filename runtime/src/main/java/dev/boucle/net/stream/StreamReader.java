package dev.boucle.net.stream;

import dev.boucle.Coroutine;
import dev.boucle.internal.Args;
import dev.boucle.internal.Steps;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Buffered reading from a {@link Transport} (asyncio's {@code StreamReader}): lines, delimited
 * frames, exact counts, or whatever is available. Each read first looks in the buffer and returns
 * without a trip through the loop when the answer is there; only when it needs more bytes does it
 * await one read of the transport, and then looks again.
 *
 * <p>Limits: a delimited read takes a {@code max}; a frame longer than {@code max} (delimiter
 * included) is a {@link LimitOverrunException} that consumes nothing, so the bytes can still be read.
 * The end of the stream in the middle of a frame is an {@link IncompleteReadException} carrying
 * the partial bytes. One task reads at a time (the transport refuses a second).
 *
 * <p>Invariant: {@link #buf} is in read mode between operations: the unread bytes are
 * {@code [position, limit)}. {@link #fill} compacts, grows when full, and reads once.
 */
public final class StreamReader {
    /** The default {@code max} of {@link #readLine()}: 64 KiB, asyncio's default limit. */
    public static final int DEFAULT_LIMIT = 64 * 1024;
    private static final byte[] EMPTY = new byte[0];
    private static final byte[] LF = {'\n'};

    private final Transport transport;
    private ByteBuffer buf;
    private boolean eof;

    public StreamReader(Transport transport) {
        this(transport, 16 * 1024);
    }

    /** A reader whose buffer starts at {@code bufferSize} bytes (it grows as a frame needs). */
    public StreamReader(Transport transport, int bufferSize) {
        this.transport = Args.notNull(transport, "new StreamReader(transport)", "transport", "pass Transport.of(socket)");
        Args.inRange(bufferSize, 1, Integer.MAX_VALUE, "new StreamReader(transport, bufferSize)", "bufferSize");
        this.buf = ByteBuffer.allocate(bufferSize).flip();
    }

    /** How many bytes are buffered, unread. */
    public int buffered() {
        return buf.remaining();
    }

    /** Whether the transport reported the end of the stream and every buffered byte was read. */
    public boolean atEof() {
        return eof && !buf.hasRemaining();
    }

    /** Drops up to {@code n} buffered bytes (after a {@link LimitOverrunException}, say); returns how many. */
    public int skip(int n) {
        Args.inRange(n, 0, Integer.MAX_VALUE, "StreamReader.skip(n)", "n");
        int k = Math.min(n, buf.remaining());
        buf.position(buf.position() + k);
        return k;
    }

    /**
     * Awaits the next line, at most {@link #DEFAULT_LIMIT} bytes; as {@link #readLine(int)}.
     */
    public Coroutine<String> readLine() {
        return readLine(DEFAULT_LIMIT);
    }

    /**
     * Awaits the next line, decoded as UTF-8, without its terminator ({@code \n} or {@code \r\n}):
     * {@code null} at the end of the stream.
     *
     * @param max the longest line accepted, in bytes, terminator included
     * @throws LimitOverrunException (at the await) if no {@code \n} comes within {@code max} bytes; nothing is consumed
     * @throws IncompleteReadException (at the await) if the stream ends after part of a line; {@code partial()} holds it
     */
    public Coroutine<String> readLine(int max) {
        Args.inRange(max, 1, Integer.MAX_VALUE, "StreamReader.readLine(max)", "max");
        return new Until(LF, max, true).coroutine(StreamReader.class, "readLine");
    }

    /**
     * Awaits the bytes up to and including the next {@code delimiter} (asyncio's {@code readuntil}).
     *
     * @param max the longest frame accepted, delimiter included
     * @throws LimitOverrunException (at the await) if the delimiter does not end within {@code max} bytes; nothing is consumed
     * @throws IncompleteReadException (at the await) if the stream ends first; {@code partial()} holds what came
     */
    public Coroutine<byte[]> readUntil(byte[] delimiter, int max) {
        Args.notNull(delimiter, "StreamReader.readUntil(delimiter, max)", "delimiter", "pass the delimiter's bytes, e.g. \"\\r\\n\".getBytes(UTF_8)");
        if (delimiter.length == 0) {
            throw new IllegalArgumentException("StreamReader.readUntil(delimiter, max): delimiter is empty; pass at least one byte");
        }
        Args.inRange(max, delimiter.length, Integer.MAX_VALUE, "StreamReader.readUntil(delimiter, max)", "max");
        return new Until(delimiter.clone(), max, false).coroutine(StreamReader.class, "readUntil");
    }

    /**
     * Awaits exactly {@code n} bytes.
     *
     * @throws IncompleteReadException (at the await) if the stream ends first; {@code partial()} holds what came
     */
    public Coroutine<byte[]> readExactly(int n) {
        Args.inRange(n, 0, Integer.MAX_VALUE, "StreamReader.readExactly(n)", "n");
        return new Exactly(n).coroutine(StreamReader.class, "readExactly");
    }

    /**
     * Awaits what is available, up to {@code max} bytes: the buffered bytes if there are any, else
     * one read of the transport; an empty array at the end of the stream.
     */
    public Coroutine<byte[]> read(int max) {
        Args.inRange(max, 1, Integer.MAX_VALUE, "StreamReader.read(max)", "max");
        return new Available(max).coroutine(StreamReader.class, "read");
    }

    @Override
    public String toString() {
        return "<StreamReader " + transport + ", " + buf.remaining() + " bytes buffered" + (eof ? ", at end of stream>" : ">");
    }

    // ------------------------------------------------------------------ internals

    /**
     * A read operation: {@link #attempt} answers from the buffer, or returns {@link #fill} to await
     * one transport read and be attempted again. While that read is pending the buffer is in write
     * mode (compacted: unread bytes from 0, room after them); the next step, or a failure or
     * cancellation of the read, flips it back.
     */
    private abstract class Op<T> extends Steps<T> {
        private boolean reading;

        abstract Object attempt();

        @Override
        protected final Object step(Object sent) {
            if (reading) {
                reading = false;
                buf.flip();
                if ((Integer) sent < 0) {
                    eof = true;
                }
            } else if (sent != null) {
                return resumed(sent);
            }
            return attempt();
        }

        /** The value of an await the operation made itself, not through {@link #fill}. */
        Object resumed(Object sent) {
            throw new IllegalStateException("StreamReader: unexpected resumption with " + sent);
        }

        @Override
        protected Object failed(RuntimeException error) {
            if (reading) {
                reading = false;
                buf.flip();
            }
            throw error;
        }

        /** Compacts, grows the buffer if it is full (toward {@code want} bytes), and awaits one read. */
        final Object fill(int want) {
            buf.compact();
            if (!buf.hasRemaining()) {
                int cap = buf.capacity();
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(cap + 1L, Math.min((long) cap * 2, want)));
                ByteBuffer b = ByteBuffer.allocate(grown);
                buf.flip();
                b.put(buf);
                buf = b;
            }
            reading = true;
            return await(transport.read(buf));
        }
    }

    /** {@link #readLine} ({@code line}: decode, drop the terminator, {@code null} at a clean end) and {@link #readUntil}. */
    private final class Until extends Op<Object> {
        private final byte[] delim;
        private final int max;
        private final boolean line;
        /** Candidate starts below this offset (from the first unread byte) were already ruled out. */
        private int searched;

        Until(byte[] delim, int max, boolean line) {
            this.delim = delim;
            this.max = max;
            this.line = line;
        }

        @Override
        Object attempt() {
            int p = buf.position();
            int n = buf.remaining();
            int at = find(buf.array(), buf.arrayOffset() + p, n);
            if (at >= 0) {
                int end = at + delim.length;
                if (end > max) {
                    throw overrun(n, "ends after " + end + " bytes");
                }
                if (!line) {
                    return take(end);
                }
                int len = at > 0 && buf.get(p + at - 1) == '\r' ? at - 1 : at;
                String s = new String(buf.array(), buf.arrayOffset() + p, len, StandardCharsets.UTF_8);
                buf.position(p + end);
                return s;
            }
            if (n >= max) {
                throw overrun(n, "did not come within them");
            }
            if (eof) {
                if (line && n == 0) {
                    return null;
                }
                byte[] partial = take(n);
                throw new IncompleteReadException((line ? "readLine" : "readUntil") + " on " + transport
                        + ": the stream ended after " + n + " bytes without " + what(), partial, -1);
            }
            return fill(max);
        }

        private int find(byte[] a, int from, int n) {
            int last = n - delim.length;
            byte d0 = delim[0];
            for (int i = searched; i <= last; i++) {
                if (a[from + i] == d0 && matches(a, from + i)) {
                    return i;
                }
            }
            searched = Math.max(searched, last + 1);
            return -1;
        }

        private boolean matches(byte[] a, int at) {
            for (int k = 1; k < delim.length; k++) {
                if (a[at + k] != delim[k]) {
                    return false;
                }
            }
            return true;
        }

        private LimitOverrunException overrun(int n, String how) {
            return new LimitOverrunException((line ? "readLine" : "readUntil") + " on " + transport + ": " + what()
                    + " " + how + ", beyond max = " + max + " bytes; nothing was consumed: the " + n
                    + " buffered bytes can be read with read(...) or dropped with skip(...)", n);
        }

        private String what() {
            return line ? "a line end ('\\n')" : "the delimiter " + Arrays.toString(delim);
        }
    }

    /** {@link #readExactly}: from the buffer; a frame larger than the buffer is read straight into its array. */
    private final class Exactly extends Op<byte[]> {
        private final int n;
        /** The result being read in place (large frames only), and how many bytes it holds. */
        private byte[] out;
        private int got;

        Exactly(int n) {
            this.n = n;
        }

        @Override
        Object attempt() {
            if (out == null) {
                int have = buf.remaining();
                if (have >= n) {
                    return take(n);
                }
                if (eof) {
                    throw incomplete(take(have));
                }
                if (n <= buf.capacity()) {
                    return fill(n);
                }
                out = new byte[n];
                got = have;
                buf.get(out, 0, have);
            }
            return await(transport.read(ByteBuffer.wrap(out, got, n - got)));
        }

        private IncompleteReadException incomplete(byte[] partial) {
            return new IncompleteReadException("readExactly(" + n + ") on " + transport + ": the stream ended after "
                    + partial.length + " of " + n + " bytes", partial, n);
        }

        /** A direct read's count: done, more, or the end of the stream. */
        @Override
        Object resumed(Object sent) {
            int k = (Integer) sent;
            if (k < 0) {
                eof = true;
                throw incomplete(Arrays.copyOf(out, got));
            }
            got += k;
            return got == n ? out : attempt();
        }
    }

    /** {@link #read(int)}: buffered bytes if any, else one transport read. */
    private final class Available extends Op<byte[]> {
        private final int max;

        Available(int max) {
            this.max = max;
        }

        @Override
        Object attempt() {
            int have = buf.remaining();
            if (have > 0) {
                return take(Math.min(have, max));
            }
            return eof ? EMPTY : fill(buf.capacity());
        }
    }

    private byte[] take(int n) {
        byte[] out = new byte[n];
        buf.get(out);
        return out;
    }
}

package dev.boucle.examples.redis;

/**
 * Parses RESP2 requests, the two forms Redis accepts: multibulk ({@code *2\r\n$3\r\nGET\r\n$1\r\nk\r\n},
 * what clients send) and inline ({@code GET k\r\n}, what a person types into telnet).
 *
 * <p>{@link #parse} looks at bytes that arrived so far and either finds one whole command, or says it
 * needs more ({@link #INCOMPLETE}); the caller keeps the unparsed tail and calls again with more.
 * Nothing is allocated for a command until the whole of it is there: the arguments of a multibulk
 * command are slices of the input ({@link Command}), so a client that announces a large bulk and
 * never sends it costs only the bytes it did send, and a bulk length over {@link #maxBulk} is refused
 * when its header is read. The limits and messages are Redis's ({@code networking.c}).
 */
public final class RespParser {
    /** What {@link #parse} returns when the command is not all there yet. */
    public static final int INCOMPLETE = -1;
    /** Redis's {@code proto-max-bulk-len} default: 512 MB. */
    public static final int DEFAULT_MAX_BULK = 512 * 1024 * 1024;
    /** Redis's limit on an inline request, or on a header line still without its CRLF. */
    public static final int MAX_INLINE = 64 * 1024;
    /** Arguments of one multibulk command. Redis allows more; a million keeps a header from reserving a huge table. */
    public static final int MAX_ARGS = 1024 * 1024;

    private final int maxBulk;

    public RespParser(int maxBulk) {
        if (maxBulk < 1) {
            throw new IllegalArgumentException("RespParser: maxBulk must be positive: " + maxBulk);
        }
        this.maxBulk = maxBulk;
    }

    public RespParser() {
        this(DEFAULT_MAX_BULK);
    }

    /**
     * Parses the command starting at {@code b[off]} (the input ends before {@code end}) into
     * {@code cmd}. Returns the offset just after it, or {@link #INCOMPLETE}. A command with no
     * arguments (an empty line, {@code *0}) is consumed with {@code cmd.argc() == 0}.
     *
     * @throws ProtocolException for malformed input; the caller answers it and closes the connection
     */
    public int parse(byte[] b, int off, int end, Command cmd) {
        cmd.reset(b);
        return b[off] == '*' ? multibulk(b, off, end, cmd) : inline(b, off, end, cmd);
    }

    private int multibulk(byte[] b, int off, int end, Command cmd) {
        int eol = findCr(b, off + 1, end);
        if (eol < 0) {
            if (end - off > MAX_INLINE) {
                throw new ProtocolException("too big mbulk count string");
            }
            return INCOMPLETE;
        }
        long count = parseLong(b, off + 1, eol);
        if (count == Long.MIN_VALUE || count > MAX_ARGS) {
            throw new ProtocolException("invalid multibulk length");
        }
        int pos = eol + 2;
        if (count <= 0) {
            return pos; // "*0" and "*-1" are empty commands, as in Redis
        }
        for (int i = 0; i < count; i++) {
            if (pos >= end) {
                return INCOMPLETE;
            }
            if (b[pos] != '$') {
                throw new ProtocolException("expected '$', got '" + printable(b[pos]) + "'");
            }
            eol = findCr(b, pos + 1, end);
            if (eol < 0) {
                if (end - pos > MAX_INLINE) {
                    throw new ProtocolException("too big bulk count string");
                }
                return INCOMPLETE;
            }
            long len = parseLong(b, pos + 1, eol);
            if (len < 0 || len > maxBulk) {
                throw new ProtocolException("invalid bulk length");
            }
            int start = eol + 2;
            if ((long) end - start < len + 2) {
                return INCOMPLETE;
            }
            int stop = start + (int) len;
            if (b[stop] != '\r' || b[stop + 1] != '\n') {
                throw new ProtocolException("expected CRLF after a bulk of " + len + " bytes");
            }
            cmd.add(start, (int) len);
            pos = stop + 2;
        }
        return pos;
    }

    /** A line split into arguments on blanks, with Redis's quoting ({@code "a b"}, {@code 'x'}, {@code "\x41\n"}). */
    private static int inline(byte[] b, int off, int end, Command cmd) {
        int nl = -1;
        for (int i = off; i < end; i++) {
            if (b[i] == '\n') {
                nl = i;
                break;
            }
        }
        if (nl < 0) {
            if (end - off > MAX_INLINE) {
                throw new ProtocolException("too big inline request");
            }
            return INCOMPLETE;
        }
        int stop = nl > off && b[nl - 1] == '\r' ? nl - 1 : nl;
        InlineSplitter.split(b, off, stop, cmd);
        return nl + 1;
    }

    /**
     * The index of the {@code \r} ending the header line that starts at {@code from}, or -1 if the
     * line is not all there yet. A {@code \r} not followed by {@code \n} is malformed.
     */
    private static int findCr(byte[] b, int from, int end) {
        for (int i = from; i < end - 1; i++) {
            if (b[i] == '\r') {
                if (b[i + 1] != '\n') {
                    throw new ProtocolException("expected CRLF at the end of a header line");
                }
                return i;
            }
        }
        return -1;
    }

    /** A decimal integer filling {@code b[from..to)} exactly, or {@link Long#MIN_VALUE} if it is not one. */
    static long parseLong(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && b[i] == '-') {
            negative = true;
            i++;
        }
        if (i == to || to - i > 19) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return Long.MIN_VALUE;
            }
            v = v * 10 + d;
            if (v < 0) {
                return Long.MIN_VALUE; // overflow
            }
        }
        return negative ? -v : v;
    }

    private static String printable(byte c) {
        return c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c & 0xff);
    }
}

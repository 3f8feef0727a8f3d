package dev.boucle.examples.redis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The replies to a batch of requests, encoded in RESP2 into one growable array, so a pipeline of
 * requests that arrived in one read leaves in one write. Reused: {@link #clear} keeps the array.
 */
public final class Reply {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] OK = "+OK\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NIL = "$-1\r\n".getBytes(StandardCharsets.US_ASCII);

    private byte[] buf;
    private int size;

    public Reply(int capacity) {
        buf = new byte[capacity];
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return buf.length;
    }

    public void clear() {
        size = 0;
    }

    /** The encoded replies, ready to send. */
    public ByteBuffer toByteBuffer() {
        return ByteBuffer.wrap(buf, 0, size);
    }

    public void ok() {
        raw(OK, 0, OK.length);
    }

    /** {@code +text}: a status line (no CR or LF in {@code text}). */
    public void simple(String text) {
        put((byte) '+');
        ascii(text);
        raw(CRLF, 0, 2);
    }

    /** {@code -ERR ...}: {@code message} starts with the error code ({@code ERR}, {@code WRONGTYPE}). */
    public void error(String message) {
        put((byte) '-');
        byte[] m = message.replace('\r', ' ').replace('\n', ' ').getBytes(StandardCharsets.UTF_8);
        raw(m, 0, m.length);
        raw(CRLF, 0, 2);
    }

    public void integer(long v) {
        put((byte) ':');
        decimal(v);
        raw(CRLF, 0, 2);
    }

    public void bulk(byte[] v) {
        if (v == null) {
            nil();
            return;
        }
        bulk(v, 0, v.length);
    }

    public void bulk(byte[] v, int off, int len) {
        put((byte) '$');
        decimal(len);
        raw(CRLF, 0, 2);
        raw(v, off, len);
        raw(CRLF, 0, 2);
    }

    public void bulk(String s) {
        bulk(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The null bulk string: a missing key. */
    public void nil() {
        raw(NIL, 0, NIL.length);
    }

    /** {@code *n}: the header of an array; its {@code n} elements follow. */
    public void array(int n) {
        put((byte) '*');
        decimal(n);
        raw(CRLF, 0, 2);
    }

    private void decimal(long v) {
        if (v == Long.MIN_VALUE) {
            ascii(Long.toString(v));
            return;
        }
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        int digits = 1;
        for (long p = 10; digits < 19 && p <= v; p *= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = size + digits - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size += digits;
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        buf[size++] = b;
    }

    private void raw(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, buf, size, len);
        size += len;
    }

    private void ensure(int more) {
        if (buf.length - size < more) {
            long want = Math.max((long) buf.length * 2, (long) size + more);
            if (want > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("Reply: a batch of replies over 2 GB");
            }
            buf = Arrays.copyOf(buf, (int) want);
        }
    }
}

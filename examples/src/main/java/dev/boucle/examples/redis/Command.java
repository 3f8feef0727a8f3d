package dev.boucle.examples.redis;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One parsed request: its arguments as slices of a byte array (the connection's input for a
 * multibulk command, a private copy for an inline one, whose quotes and escapes were undone). A
 * connection's loop reuses one {@code Command} for every request, so parsing allocates nothing;
 * {@link #bytes}, {@link #key} and {@link #text} copy an argument out when the command keeps it.
 */
public final class Command {
    private byte[] buf;
    private int[] offsets = new int[8];
    private int[] lengths = new int[8];
    private int argc;
    /** Where an inline command's unescaped arguments are written; grown as needed, reused. */
    private byte[] inline = new byte[64];
    private int inlineLen;

    void reset(byte[] input) {
        buf = input;
        argc = 0;
        inlineLen = 0;
    }

    void add(int off, int len) {
        if (argc == offsets.length) {
            offsets = Arrays.copyOf(offsets, argc * 2);
            lengths = Arrays.copyOf(lengths, argc * 2);
        }
        offsets[argc] = off;
        lengths[argc] = len;
        argc++;
    }

    /** Starts an inline argument; its bytes follow through {@link #inlineByte}. */
    void beginInline() {
        buf = inline;
        add(inlineLen, 0);
    }

    void inlineByte(byte c) {
        if (inlineLen == inline.length) {
            inline = Arrays.copyOf(inline, inlineLen * 2);
            buf = inline;
        }
        inline[inlineLen++] = c;
        lengths[argc - 1]++;
    }

    public int argc() {
        return argc;
    }

    public int length(int i) {
        return lengths[i];
    }

    /** A copy of argument {@code i}. */
    public byte[] bytes(int i) {
        return Arrays.copyOfRange(buf, offsets[i], offsets[i] + lengths[i]);
    }

    /** Argument {@code i} as a key: one char per byte (ISO-8859-1), so any binary key round-trips. */
    public String key(int i) {
        return new String(buf, offsets[i], lengths[i], StandardCharsets.ISO_8859_1);
    }

    /** Argument {@code i} as text, for messages. */
    public String text(int i) {
        return new String(buf, offsets[i], lengths[i], StandardCharsets.UTF_8);
    }

    /** Whether argument {@code i} is {@code upper}, ignoring ASCII case ({@code upper} is upper case). */
    public boolean is(int i, String upper) {
        int len = lengths[i];
        if (len != upper.length()) {
            return false;
        }
        int off = offsets[i];
        for (int k = 0; k < len; k++) {
            int c = buf[off + k];
            if (c >= 'a' && c <= 'z') {
                c -= 32;
            }
            if (c != upper.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The command's name in upper case (argument 0). */
    public String name() {
        int len = lengths[0];
        int off = offsets[0];
        char[] cs = new char[len];
        for (int k = 0; k < len; k++) {
            int c = buf[off + k] & 0xff;
            cs[k] = (char) (c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        return new String(cs);
    }

    /** Argument {@code i} as a 64-bit integer, or {@link Long#MIN_VALUE} if it is not one. */
    public long longValue(int i) {
        return RespParser.parseLong(buf, offsets[i], offsets[i] + lengths[i]);
    }
}

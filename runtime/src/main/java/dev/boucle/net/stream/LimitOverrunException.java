package dev.boucle.net.stream;

/**
 * asyncio's {@code LimitOverrunError}: no delimiter came within the {@code max} bytes a read
 * allowed. Nothing was consumed: the {@link #buffered()} bytes are still in the reader, so the
 * caller can {@link StreamReader#read read} them, or {@link StreamReader#skip skip} them and go on.
 */
public class LimitOverrunException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int buffered;

    public LimitOverrunException(String message, int buffered) {
        super(message);
        this.buffered = buffered;
    }

    /** How many bytes the reader holds, unread, at the time of the overrun (at least {@code max}, or the frame's length). */
    public int buffered() {
        return buffered;
    }
}

package dev.boucle.net.stream;

import dev.boucle.net.NetException;
import java.io.EOFException;

/**
 * asyncio's {@code IncompleteReadError}: the stream ended in the middle of a frame (before the
 * delimiter, or before {@code n} bytes). {@link #partial()} holds the bytes that did come; they are
 * consumed (the reader is at the end of the stream).
 */
public class IncompleteReadException extends NetException {
    private static final long serialVersionUID = 1L;
    private final byte[] partial;
    private final long expected;

    public IncompleteReadException(String message, byte[] partial, long expected) {
        super(message, new EOFException(message));
        this.partial = partial;
        this.expected = expected;
    }

    /** The bytes read before the end of the stream (possibly none). */
    public byte[] partial() {
        return partial.clone();
    }

    /** The bytes the read wanted ({@code n} of readExactly), or {@code -1} when it looked for a delimiter. */
    public long expected() {
        return expected;
    }
}

package dev.boucle.net.udp;

import dev.boucle.net.NetException;
import java.io.IOException;

/**
 * A datagram did not fit: one received was larger than the {@code max} of the receive (it was
 * dropped whole, never cut), or one to send is larger than UDP allows.
 */
public class DatagramTooLargeException extends NetException {
    private static final long serialVersionUID = 1L;
    private final int size;
    private final int max;

    public DatagramTooLargeException(String message, int size, int max, IOException cause) {
        super(message, cause);
        this.size = size;
        this.max = max;
    }

    /** The datagram's size in bytes. */
    public int size() {
        return size;
    }

    /** The limit it exceeded. */
    public int max() {
        return max;
    }
}

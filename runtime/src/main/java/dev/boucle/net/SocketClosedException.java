package dev.boucle.net;

import java.io.IOException;

/**
 * An operation on a socket that this program closed: called after {@link AsyncSocket#close()}, or
 * waiting when another task closed it.
 */
public class SocketClosedException extends NetException {
    private static final long serialVersionUID = 1L;

    public SocketClosedException(String message, IOException cause) {
        super(message, cause);
    }
}

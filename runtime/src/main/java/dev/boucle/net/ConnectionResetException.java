package dev.boucle.net;

import java.io.IOException;

/**
 * The peer reset the connection or went away while data was in flight: "connection reset by peer"
 * on a read, "broken pipe" on a write (Python's {@code ConnectionResetError} / {@code BrokenPipeError}).
 */
public class ConnectionResetException extends NetException {
    private static final long serialVersionUID = 1L;

    public ConnectionResetException(String message, IOException cause) {
        super(message, cause);
    }
}

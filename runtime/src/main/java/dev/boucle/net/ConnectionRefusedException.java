package dev.boucle.net;

import java.io.IOException;

/** {@code connect} found nothing listening at the address (Python's {@code ConnectionRefusedError}). */
public class ConnectionRefusedException extends NetException {
    private static final long serialVersionUID = 1L;

    public ConnectionRefusedException(String message, IOException cause) {
        super(message, cause);
    }
}

package dev.boucle.net;

import java.io.IOException;

/** {@code bind} asked for an address (a port) another socket already holds ({@code EADDRINUSE}). */
public class AddressInUseException extends NetException {
    private static final long serialVersionUID = 1L;

    public AddressInUseException(String message, IOException cause) {
        super(message, cause);
    }
}

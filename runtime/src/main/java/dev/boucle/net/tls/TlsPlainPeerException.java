package dev.boucle.net.tls;

import java.io.IOException;

/** The peer does not speak TLS: its first bytes are not a TLS record (a plain-TCP client or server). */
public class TlsPlainPeerException extends TlsHandshakeException {
    private static final long serialVersionUID = 1L;

    public TlsPlainPeerException(String message, IOException cause) {
        super(message, cause);
    }
}

package dev.boucle.net.tls;

import java.io.IOException;

/** The TLS handshake failed: no common protocol or cipher suite, the peer refused it, or it closed the connection midway. */
public class TlsHandshakeException extends TlsException {
    private static final long serialVersionUID = 1L;

    public TlsHandshakeException(String message, IOException cause) {
        super(message, cause);
    }
}

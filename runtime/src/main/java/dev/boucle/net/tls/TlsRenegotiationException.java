package dev.boucle.net.tls;

import java.io.IOException;

/**
 * The peer asked to renegotiate a TLS 1.2 connection, which Boucle refuses (renegotiation was the
 * door to the CVE-2009-3555 injection and to CPU exhaustion; TLS 1.3 removed it). The connection is closed.
 */
public class TlsRenegotiationException extends TlsException {
    private static final long serialVersionUID = 1L;

    public TlsRenegotiationException(String message, IOException cause) {
        super(message, cause);
    }
}

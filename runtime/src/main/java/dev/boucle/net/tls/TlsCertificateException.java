package dev.boucle.net.tls;

import java.io.IOException;

/**
 * The handshake failed on the peer's certificate: not trusted (no path to a trusted CA), expired or
 * not yet valid, or not issued for the host name connected to. {@link #reason()} says which.
 */
public class TlsCertificateException extends TlsHandshakeException {
    private static final long serialVersionUID = 1L;

    /** Why the certificate was refused. */
    public enum Reason { UNTRUSTED, EXPIRED, NOT_YET_VALID, WRONG_HOST, OTHER }

    private final Reason reason;

    public TlsCertificateException(String message, Reason reason, IOException cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

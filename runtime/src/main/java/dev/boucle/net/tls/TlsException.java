package dev.boucle.net.tls;

import dev.boucle.net.NetException;
import java.io.IOException;

/**
 * A TLS connection failed. The subclasses name the faults a program usually tells apart:
 * {@link TlsHandshakeException} (and its {@link TlsCertificateException}, {@link TlsPlainPeerException}),
 * {@link TlsTruncationException}, {@link TlsRenegotiationException}. {@link #getCause()} is the
 * JDK's {@code SSLException} (or {@code IOException}).
 */
public class TlsException extends NetException {
    private static final long serialVersionUID = 1L;

    public TlsException(String message, IOException cause) {
        super(message, cause);
    }
}

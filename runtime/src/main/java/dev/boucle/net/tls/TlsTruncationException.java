package dev.boucle.net.tls;

import java.io.IOException;

/**
 * The TCP connection ended without the peer's {@code close_notify}: the data may have been cut
 * short by an attacker (a truncation attack), or the peer crashed. What was read before is
 * authentic; whether it is complete cannot be known.
 */
public class TlsTruncationException extends TlsException {
    private static final long serialVersionUID = 1L;

    public TlsTruncationException(String message, IOException cause) {
        super(message, cause);
    }
}

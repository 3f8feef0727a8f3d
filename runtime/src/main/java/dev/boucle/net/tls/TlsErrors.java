package dev.boucle.net.tls;

import dev.boucle.net.NetException;
import java.nio.ByteBuffer;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns the JDK's {@link SSLException}s into the named {@link TlsException}s, with messages that say what happened and what to do. */
final class TlsErrors {
    private TlsErrors() {}

    static NetException classify(String op, TlsSocket s, SSLException e, boolean handshaken) {
        String where = op + " on " + s + ": ";
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CertificateExpiredException) {
                return new TlsCertificateException(where + "the peer's certificate has expired (" + c.getMessage() + ")",
                        TlsCertificateException.Reason.EXPIRED, e);
            }
            if (c instanceof CertificateNotYetValidException) {
                return new TlsCertificateException(where + "the peer's certificate is not yet valid (" + c.getMessage() + ")",
                        TlsCertificateException.Reason.NOT_YET_VALID, e);
            }
            if (c instanceof CertPathValidatorException
                    && ((CertPathValidatorException) c).getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                return new TlsCertificateException(where + "the peer's certificate has expired (" + c.getMessage() + ")",
                        TlsCertificateException.Reason.EXPIRED, e);
            }
        }
        String all = chain(e).toLowerCase(Locale.ROOT);
        if (all.contains("pkix path") || all.contains("unable to find valid certification path")
                || all.contains("path does not chain") || all.contains("no trusted certificate")) {
            return new TlsCertificateException(where + "the peer's certificate is not trusted (" + e.getMessage()
                    + "); add its CA to the trust store (Tls.clientContext(...))", TlsCertificateException.Reason.UNTRUSTED, e);
        }
        if (all.contains("no subject alternative") || all.contains("no name matching")) {
            return new TlsCertificateException(where + "the peer's certificate is not issued for the host connected to ("
                    + e.getMessage() + ")", TlsCertificateException.Reason.WRONG_HOST, e);
        }
        if (all.contains("closing inbound before receiving peer's close_notify")) {
            return new TlsTruncationException(where + "the peer closed the TCP connection without TLS close_notify: the data"
                    + " may have been truncated (an attack, or the peer crashed)", e);
        }
        if (!handshaken) {
            return new TlsHandshakeException(where + "the TLS handshake failed: " + e.getMessage(), e);
        }
        return new TlsException(where + e.getMessage(), e);
    }

    private static String chain(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = e; c != null; c = c.getCause()) {
            b.append(c.getClass().getName()).append(": ").append(c.getMessage()).append(" / ");
        }
        return b.toString();
    }

    /**
     * Fails with {@link TlsPlainPeerException} unless {@code in}'s first bytes (read mode, not
     * consumed) start a TLS record: content type 20..23 (change_cipher_spec, alert, handshake,
     * application data), then major version 3.
     */
    static void checkLooksLikeTls(ByteBuffer in, TlsSocket s) {
        int p = in.position();
        int type = in.get(p) & 0xff;
        boolean ok = type >= 20 && type <= 23 && (in.remaining() < 2 || in.get(p + 1) == 3);
        if (!ok) {
            throw new TlsPlainPeerException("handshake on " + s + ": the peer does not speak TLS: it sent \"" + preview(in)
                    + "\" where a TLS record was due (a plain-TCP " + (s.engine().getUseClientMode() ? "server" : "client")
                    + ", or the wrong port)", new SSLException("not a TLS record"));
        }
    }

    private static String preview(ByteBuffer in) {
        StringBuilder b = new StringBuilder();
        int n = Math.min(in.remaining(), 40);
        for (int i = 0; i < n; i++) {
            int c = in.get(in.position() + i) & 0xff;
            if (c >= 32 && c < 127) {
                b.append((char) c);
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\n') {
                b.append("\\n");
            } else {
                b.append(String.format("\\x%02x", c));
            }
        }
        return in.remaining() > n ? b + "..." : b.toString();
    }
}

package dev.boucle.net.tls;

import dev.boucle.internal.Args;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** {@link SSLContext}s from key stores, for {@link TlsSocket}: the few lines everyone writes, with errors that name the file. */
public final class Tls {
    private Tls() {}

    /** A server context whose key and certificate chain come from a PKCS#12 key store. */
    public static SSLContext serverContext(Path keystore, char[] password) {
        Args.notNull(keystore, "Tls.serverContext(keystore, password)", "keystore", "pass the path of a PKCS#12 file (keytool -genkeypair -storetype PKCS12 ...)");
        Args.notNull(password, "Tls.serverContext(keystore, password)", "password", "pass the key store's password");
        try {
            KeyStore ks = load(keystore, password);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(kmf.getKeyManagers(), null, null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Tls.serverContext: cannot use the key store " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** A client context that trusts the certificates of a PKCS#12 (or JKS) trust store, and no other CA. */
    public static SSLContext clientContext(Path truststore, char[] password) {
        Args.notNull(truststore, "Tls.clientContext(truststore, password)", "truststore", "pass the path of a trust store");
        Args.notNull(password, "Tls.clientContext(truststore, password)", "password", "pass the trust store's password");
        try {
            return trusting(load(truststore, password));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Tls.clientContext: cannot use the trust store " + truststore + ": " + e.getMessage(), e);
        }
    }

    /** A client context that trusts exactly these certificates (a self-signed server's, a private CA's). */
    public static SSLContext clientContext(X509Certificate... trusted) {
        Args.notNull(trusted, "Tls.clientContext(trusted...)", "trusted", "pass at least one certificate");
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            for (int i = 0; i < trusted.length; i++) {
                Args.notNull(trusted[i], "Tls.clientContext(trusted...)", "trusted[" + i + "]", "pass a certificate");
                ks.setCertificateEntry("trusted-" + i, trusted[i]);
            }
            return trusting(ks);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Tls.clientContext: " + e.getMessage(), e);
        }
    }

    private static SSLContext trusting(KeyStore ks) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, tmf.getTrustManagers(), null);
        return c;
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("key store " + file + " does not exist or is not readable");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance(file.toString().endsWith(".jks") ? "JKS" : "PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the key store " + file + ": " + e.getMessage()
                    + (String.valueOf(e.getMessage()).contains("password") ? " (wrong password?)" : ""), e);
        }
    }
}

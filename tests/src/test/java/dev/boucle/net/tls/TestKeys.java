package dev.boucle.net.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * Key stores generated at test time with the JDK's keytool (no secret is committed): a server key
 * for "localhost"/127.0.0.1 valid for two days, one that expired, and the PEM files openssl needs.
 */
final class TestKeys {
    static final char[] PASSWORD = "test-only-password".toCharArray();
    private static TestKeys keys;

    final Path dir;
    final Path server;      // PKCS#12, key + self-signed certificate
    final Path serverPem;   // its certificate (openssl -CAfile)
    final Path serverKeyPem; // key + certificate (openssl s_server -cert/-key)
    final Path expired;
    final X509Certificate serverCert;
    final X509Certificate expiredCert;
    final X509Certificate caCert; // the CA that signed expiredCert

    private TestKeys(Path dir) throws Exception {
        this.dir = dir;
        this.server = dir.resolve("server.p12");
        this.serverPem = dir.resolve("server.pem");
        this.serverKeyPem = dir.resolve("server-key.pem");
        this.expired = dir.resolve("expired.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-keystore", server.toString(),
                "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD));
        // An expired leaf signed by a valid CA (a trust anchor's own dates are not checked, so the
        // client must trust the CA, not the leaf).
        Path ca = dir.resolve("ca.p12");
        Path csr = dir.resolve("expired.csr");
        Path crt = dir.resolve("expired.crt");
        Path caPem = dir.resolve("ca.pem");
        String pw = new String(PASSWORD);
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=Boucle test CA",
                "-ext", "bc:c", "-validity", "30", "-keystore", ca.toString(), "-storetype", "PKCS12", "-storepass", pw, "-keypass", pw);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", pw, "-file", caPem.toString());
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-validity", "30", "-keystore", expired.toString(), "-storetype", "PKCS12", "-storepass", pw, "-keypass", pw);
        keytool("-certreq", "-alias", "server", "-keystore", expired.toString(), "-storepass", pw, "-file", csr.toString());
        keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-storepass", pw, "-infile", csr.toString(),
                "-outfile", crt.toString(), "-rfc", "-startdate", "-10d", "-validity", "2", "-ext", "SAN=dns:localhost,ip:127.0.0.1");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", expired.toString(), "-storepass", pw);
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", crt.toString(), "-keystore", expired.toString(), "-storepass", pw);
        this.caCert = cert(ca, "ca");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", server.toString(), "-storepass", new String(PASSWORD),
                "-file", serverPem.toString());
        this.serverCert = cert(server, "server");
        this.expiredCert = cert(expired, "server");
    }

    static synchronized TestKeys get() throws Exception {
        if (keys == null) {
            Path dir = Files.createTempDirectory("boucle-tls-");
            dir.toFile().deleteOnExit();
            keys = new TestKeys(dir);
        }
        return keys;
    }

    /** The key and certificate as one PEM file, for openssl (made on first use: openssl is only needed by the openssl tests). */
    synchronized Path serverKeyPem() throws Exception {
        if (!Files.exists(serverKeyPem)) {
            run(List.of("openssl", "pkcs12", "-in", server.toString(), "-nodes", "-passin", "pass:" + new String(PASSWORD),
                    "-out", serverKeyPem.toString()));
        }
        return serverKeyPem;
    }

    SSLContext serverContext() {
        return Tls.serverContext(server, PASSWORD);
    }

    SSLContext clientContext() {
        return Tls.clientContext(serverCert);
    }

    private static X509Certificate cert(Path p12, String alias) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, PASSWORD);
        }
        return (X509Certificate) ks.getCertificate(alias);
    }

    private static void keytool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        run(cmd);
    }

    static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(cmd + " failed: " + out);
        }
    }
}

package dev.boucle.bench;

import dev.boucle.net.tls.Tls;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/** A self-signed EC key for localhost, made with keytool for the run (no key is committed), and the contexts every peer shares. */
final class TlsKeys {
    static final char[] PASSWORD = "bench-only".toCharArray();
    final SSLContext server;
    final SSLContext client;

    TlsKeys() throws Exception {
        Path dir = Files.createTempDirectory("boucle-bench-tls-");
        Path ks = dir.resolve("server.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-keystore", ks.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
        server = Tls.serverContext(ks, PASSWORD);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, PASSWORD);
        }
        client = Tls.clientContext((X509Certificate) store.getCertificate("server"));
        Files.delete(ks);
        Files.delete(dir);
    }
}

package dev.boucle.net.tls;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;

/** A context whose engines enable only the given protocols (for a handshake that cannot agree). */
final class SSLContextWrapper {
    private final SSLContext inner;
    private final String[] protocols;

    SSLContextWrapper(SSLContext inner, String... protocols) {
        this.inner = inner;
        this.protocols = protocols;
    }

    SSLContext context() {
        SSLContextSpi spi = new SSLContextSpi() {
            @Override
            protected void engineInit(javax.net.ssl.KeyManager[] km, javax.net.ssl.TrustManager[] tm, java.security.SecureRandom sr) {}

            @Override
            protected SSLSocketFactory engineGetSocketFactory() {
                return inner.getSocketFactory();
            }

            @Override
            protected SSLServerSocketFactory engineGetServerSocketFactory() {
                return inner.getServerSocketFactory();
            }

            @Override
            protected SSLEngine engineCreateSSLEngine() {
                SSLEngine e = inner.createSSLEngine();
                e.setEnabledProtocols(protocols);
                return e;
            }

            @Override
            protected SSLEngine engineCreateSSLEngine(String host, int port) {
                SSLEngine e = inner.createSSLEngine(host, port);
                e.setEnabledProtocols(protocols);
                return e;
            }

            @Override
            protected SSLSessionContext engineGetServerSessionContext() {
                return inner.getServerSessionContext();
            }

            @Override
            protected SSLSessionContext engineGetClientSessionContext() {
                return inner.getClientSessionContext();
            }

            @Override
            protected SSLParameters engineGetDefaultSSLParameters() {
                return inner.getDefaultSSLParameters();
            }

            @Override
            protected SSLParameters engineGetSupportedSSLParameters() {
                return inner.getSupportedSSLParameters();
            }
        };
        return new SSLContext(spi, inner.getProvider(), inner.getProtocol()) {};
    }
}

package dev.boucle.net;

import dev.boucle.interop.Interop;
import dev.boucle.internal.Body;
import dev.boucle.internal.Frame;
import java.net.InetSocketAddress;

/**
 * {@link AsyncSocket#connect(String, int)}: resolves the host name on the loop's worker pool (a DNS
 * lookup can block for seconds), then connects; an IP literal needs no lookup and skips the trip.
 * Written as the agent would write {@code await(toThread(resolve)); return connect(address);}.
 */
final class ResolvingConnect implements Body {
    private final AsyncSocket s;
    private final String host;
    private final int port;

    private ResolvingConnect(AsyncSocket s, String host, int port) {
        this.s = s;
        this.host = host;
        this.port = port;
    }

    static Frame frame(AsyncSocket s, String host, int port) {
        return new Frame(new ResolvingConnect(s, host, port), null, "dev/boucle/net/AsyncSocket", "connect", 0, 0);
    }

    @Override
    public Object resume(Object self, Frame f) {
        Object v;
        switch (f.label) {
            case 0:
                if (isLiteral(host)) {
                    return connect(new InetSocketAddress(host, port), f);
                }
                v = Frame.await(Interop.toThread(() -> new InetSocketAddress(host, port)), f);
                if (v == Frame.SUSPENDED) {
                    f.label = 1;
                    return v;
                }
                return connect((InetSocketAddress) v, f);
            case 1:
                return connect((InetSocketAddress) f.takeSent(), f);
            case 2:
                return f.takeSent();
            default:
                throw Frame.badLabel(f);
        }
    }

    /** Awaits the connection (unresolved: the connect fails with "unknown host", as before). */
    private Object connect(InetSocketAddress address, Frame f) {
        Object v = Frame.await(s.connect(address), f);
        if (v == Frame.SUSPENDED) {
            f.label = 2;
        }
        return v;
    }

    /** An IPv4 or IPv6 literal: {@code InetSocketAddress} parses it without a lookup. */
    static boolean isLiteral(String host) {
        if (host.indexOf(':') >= 0) {
            return true;
        }
        if (host.isEmpty()) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}

package dev.boucle.examples.redis;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The client side of {@link IdleConnectionMemoryTest}, in its own process so that neither process
 * needs a descriptor for both ends: opens N connections to 127.0.0.1:PORT, makes one PING round trip
 * on each, prints "ready N", then holds them idle until its standard input closes.
 */
public final class IdleClients {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        List<Socket> sockets = new ArrayList<>(n);
        byte[] ping = "PING\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pong = new byte[7];
        for (int i = 0; i < n; i++) {
            Socket s = new Socket("127.0.0.1", port);
            s.setSoTimeout(30_000);
            sockets.add(s);
            OutputStream out = s.getOutputStream();
            out.write(ping);
            InputStream in = s.getInputStream();
            if (in.readNBytes(pong, 0, 7) != 7 || !new String(pong, StandardCharsets.US_ASCII).equals("+PONG\r\n")) {
                throw new IllegalStateException("connection " + i + ": no +PONG");
            }
        }
        System.out.println("ready " + n);
        System.out.flush();
        System.in.read(); // until the test closes our stdin
        for (Socket s : sockets) {
            s.close();
        }
    }
}

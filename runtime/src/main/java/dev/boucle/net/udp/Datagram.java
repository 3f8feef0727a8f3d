package dev.boucle.net.udp;

import java.net.InetSocketAddress;

/**
 * One datagram received by {@link AsyncDatagramSocket#receiveFrom}: its bytes and its sender's address.
 *
 * @param data the whole payload (a datagram is never cut: see {@link DatagramTooLargeException})
 * @param sender where it came from; send the answer there with {@code sendTo(reply, d.sender())}
 */
public record Datagram(byte[] data, InetSocketAddress sender) {
    @Override
    public String toString() {
        return "<Datagram " + data.length + " bytes from " + sender + ">";
    }
}

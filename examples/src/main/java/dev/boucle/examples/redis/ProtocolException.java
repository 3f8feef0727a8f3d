package dev.boucle.examples.redis;

/** Malformed RESP input: answered with {@code -ERR Protocol error: <message>}, then the connection is closed. */
public final class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message, null, false, false); // control flow for bad input: no stack trace to fill
    }
}

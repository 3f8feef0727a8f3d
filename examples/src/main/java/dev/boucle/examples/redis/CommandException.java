package dev.boucle.examples.redis;

/** A command refused: answered with {@code -<message>}; the connection stays open. */
public final class CommandException extends RuntimeException {
    public CommandException(String message) {
        super(message, null, false, false); // an answer to the client, not a bug: no stack trace
    }
}

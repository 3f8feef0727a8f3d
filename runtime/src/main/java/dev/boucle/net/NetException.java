package dev.boucle.net;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A socket operation failed. Unchecked, because {@code await(...)} declares nothing: catch it (or one
 * of its subclasses) around the await. {@link #getCause()} is the JDK's {@link IOException}.
 *
 * <p>Subclasses name the faults a program usually handles: {@link ConnectionRefusedException},
 * {@link ConnectionResetException}, {@link AddressInUseException}, {@link SocketClosedException}.
 */
public class NetException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    public NetException(String message, IOException cause) {
        super(message, cause);
    }
}

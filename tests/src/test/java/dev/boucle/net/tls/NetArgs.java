package dev.boucle.net.tls;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

final class NetArgs {
    private NetArgs() {}

    static void refused(Class<? extends Throwable> type, String part, Executable call) {
        Throwable t = assertThrows(type, call);
        assertTrue(String.valueOf(t.getMessage()).contains(part), "message \"" + t.getMessage() + "\" lacks: " + part);
    }
}

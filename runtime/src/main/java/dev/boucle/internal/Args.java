package dev.boucle.internal;

/**
 * Argument checks for the public API: each failure names the method and the argument at fault,
 * and says what to pass instead, before any state changes.
 */
public final class Args {
    private Args() {}

    /**
     * {@code value}, or a {@link NullPointerException} (the JDK's convention for a null argument)
     * whose message reads "{@code method}: {@code arg} is null; {@code fix}".
     */
    public static <T> T notNull(T value, String method, String arg, String fix) {
        if (value == null) {
            throw new NullPointerException(method + ": " + arg + " is null; " + fix);
        }
        return value;
    }

    /** Fails unless {@code lo <= value <= hi}. */
    public static int inRange(int value, int lo, int hi, String method, String arg) {
        if (value < lo || value > hi) {
            throw new IllegalArgumentException(method + ": " + arg + " is " + value + "; it must be "
                    + (hi == Integer.MAX_VALUE ? "at least " + lo : "between " + lo + " and " + hi));
        }
        return value;
    }
}

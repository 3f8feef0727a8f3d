package dev.boucle.instrumenter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.MethodTooLargeException;

/**
 * Boucle's class-file transformation, as a pure function shared by the agent, the tests and any
 * build-time tool: every {@code @Async} method becomes a frame-creating method plus a synthetic
 * same-name body holding its code as a state machine (see {@code docs/PROTOCOL.md}).
 *
 * <p>Classes whose bytes do not contain the UTF-8 constant {@code Ldev/boucle/Async;} cost one
 * byte scan and nothing else: no parsing, no allocation. Classes are never loaded: the hierarchy
 * comes from class-file bytes ({@link TypeHierarchy}).
 *
 * <p>Methods that are not rewritten are copied byte for byte, frames included. A refused method
 * becomes a stub that throws {@code IllegalStateException} with the diagnostic, which is also
 * passed to {@code diagnostics}; the rest of the class is rewritten. A class that fails for any
 * other reason is reported (class name and cause) and left unchanged ({@code null}).
 */
public final class Instrumenter {
    private Instrumenter() {}

    /** How a diagnostic names a class whose name cannot be read from its bytes. */
    public static final String UNKNOWN_CLASS = "<unreadable class file>";

    /** How notes begin: diagnostics that change nothing (e.g. {@code @Async} on an abstract method). */
    public static final String NOTE = "Boucle: note: ";

    /** Whether {@code diagnostic} is a note rather than a refusal or a failure. */
    public static boolean isNote(String diagnostic) {
        return diagnostic.startsWith(NOTE);
    }

    private static final byte[] ASYNC = Names.ASYNC_DESC.getBytes(StandardCharsets.UTF_8);

    /**
     * @param classFile the class file (any version the ASM in use reads: 8 to 25)
     * @param classFiles where the class files of the types it meets are read (its super types, the
     *     types of values merged in its {@code @Async} methods); the JDK's are always found.
     *     {@code null} for none but the JDK's
     * @param diagnostics receives one message per refused method or failed class
     * @return the new class file, or {@code null} if the class needs no change (or could not be changed)
     */
    public static byte[] instrument(byte[] classFile, ClassFileSource classFiles, Consumer<String> diagnostics) {
        ClassFileSource source = classFiles == null ? ClassFileSource.none() : classFiles;
        if (classFile == null || !mentionsAsync(classFile)) {
            return null;
        }
        String className = UNKNOWN_CLASS;
        try {
            ClassReader reader = new ClassReader(classFile);
            className = reader.getClassName().replace('/', '.');
            Map<String, String> tooLarge = new HashMap<>();
            for (int attempt = 0; ; attempt++) {
                List<String> messages = new ArrayList<>();
                try {
                    byte[] out;
                    try {
                        out = ClassRewriter.rewrite(reader, source, messages::add, tooLarge, false);
                    } catch (TypeHierarchy.UnreadableException e) {
                        // some merged class could not be read: type the joins from the compiler's frames
                        messages.clear();
                        out = ClassRewriter.rewrite(reader, source, messages::add, tooLarge, true);
                    }
                    messages.forEach(diagnostics);
                    return out;
                } catch (MethodTooLargeException e) {
                    String key = e.getMethodName() + e.getDescriptor();
                    if (attempt > 64 || tooLarge.containsKey(key)) {
                        throw e;
                    }
                    tooLarge.put(key, "Boucle: @Async method " + className + "." + e.getMethodName()
                            + " is too large once rewritten (" + e.getCodeSize() + " bytes of code, the JVM's limit"
                            + " is 65535): each await saves and restores every value live across it. Fix: split the"
                            + " method into smaller @Async methods, or keep fewer variables live across its awaits.");
                }
            }
        } catch (VirtualMachineError e) {
            throw e;
        } catch (TypeHierarchy.UnreadableException e) {
            diagnostics.accept("Boucle: could not instrument class " + className + ", left unchanged: " + e.getMessage()
                    + ". Its @Async methods will fail when called.");
            return null;
        } catch (Throwable e) {
            diagnostics.accept("Boucle: could not instrument class " + className + ", left unchanged: " + e
                    + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "")
                    + ". Its @Async methods will fail when called. Please report this with the class file.");
            return null;
        }
    }

    /** Horspool shift table for {@link #ASYNC}. */
    private static final int[] SHIFT = new int[256];

    static {
        java.util.Arrays.fill(SHIFT, ASYNC.length);
        for (int k = 0; k < ASYNC.length - 1; k++) {
            SHIFT[ASYNC[k] & 0xFF] = ASYNC.length - 1 - k;
        }
    }

    /**
     * Whether the class file may mention the annotation: a Boyer-Moore-Horspool search of the raw
     * bytes for the UTF-8 constant (it can only appear in the constant pool), no parsing, no
     * allocation; it looks at roughly one byte in ten of a class that does not mention it.
     */
    public static boolean mentionsAsync(byte[] b) {
        int m = ASYNC.length;
        int i = 10; // past the magic, version and constant-pool count
        while (i <= b.length - m) {
            int k = m - 1;
            while (b[i + k] == ASYNC[k]) {
                if (k == 0) {
                    return true;
                }
                k--;
            }
            i += SHIFT[b[i + m - 1] & 0xFF];
        }
        return false;
    }
}

package dev.boucle.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Where each await of an {@code @Async} method stands in its source: the debug metadata of the
 * agent's rewritten methods (Kotlin's {@code @DebugMetadata}, in spirit).
 *
 * <p>The agent binds each body to {@link Body} with an {@code invokedynamic} whose bootstrap is
 * {@link #body}: it delegates to {@link LambdaMetafactory} (so the call site is the same constant a
 * plain lambda gives, and creating a coroutine costs exactly what it did) and, once per call site,
 * records the source file and the label-to-line table the agent passed as static arguments, keyed
 * by the class of the body object. Nothing on the hot path reads it: only stack-trace recovery, task
 * dumps and debug warnings do ({@link #element}), when they are built.
 */
public final class AsyncSites {
    private AsyncSites() {}

    /** Body class (one hidden class per @Async method) -> its site; weak, so classes can unload. */
    private static final Map<Class<?>, Site> SITES = new WeakHashMap<>();

    /** The source of one {@code @Async} method. */
    static final class Site {
        final String file;
        /** As the agent wrote it: the method's first line, then the line of await 1, 2, ... */
        private final String encodedLines;
        private volatile int[] lines;

        Site(String file, String encodedLines) {
            this.file = file == null || file.isEmpty() ? null : file;
            this.encodedLines = encodedLines;
        }

        /** The line of label {@code label} (0: the method's first line), or -1 if unknown. */
        int line(int label) {
            int[] ls = lines;
            if (ls == null) {
                lines = ls = parse(encodedLines);
            }
            return label >= 0 && label < ls.length ? ls[label] : -1;
        }

        private static int[] parse(String s) {
            if (s == null || s.isEmpty()) {
                return new int[0];
            }
            String[] parts = s.split(",");
            int[] r = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    r[i] = Integer.parseInt(parts[i]);
                } catch (NumberFormatException e) {
                    r[i] = -1;
                }
            }
            return r;
        }
    }

    /**
     * The bootstrap of the agent's body {@code invokedynamic} (see {@code docs/PROTOCOL.md} §1):
     * {@link LambdaMetafactory#metafactory}'s arguments, then the class's source file ({@code ""} if
     * unknown) and the lines of the method start and of each await, comma-separated.
     */
    public static CallSite body(MethodHandles.Lookup caller, String name, MethodType type, MethodType sam,
            MethodHandle impl, MethodType instantiated, String file, String lines) throws LambdaConversionException {
        CallSite site = LambdaMetafactory.metafactory(caller, name, type, sam, impl, instantiated);
        Object body;
        try {
            body = site.getTarget().invoke(); // non-capturing: the one instance this site returns
        } catch (Throwable e) {
            return site; // no metadata: traces then name the method without a line
        }
        synchronized (SITES) {
            SITES.put(body.getClass(), new Site(file, lines));
        }
        return site;
    }

    private static Site siteOf(Frame f) {
        synchronized (SITES) {
            return SITES.get(f.body.getClass());
        }
    }

    /**
     * Where {@code f} stands: its method with the file and line of the await it is suspended at (or
     * of the method's first line before it starts). Built on demand; never on the hot path.
     */
    public static StackTraceElement element(Frame f) {
        return element(f, f.label);
    }

    /** {@link #element(Frame)} as if {@code f} stood at {@code label}. */
    public static StackTraceElement element(Frame f, int label) {
        Site s = siteOf(f);
        String cls = f.owner.replace('/', '.');
        if (s == null) {
            return new StackTraceElement(cls, f.name, null, -1);
        }
        return new StackTraceElement(cls, f.name, s.file, s.line(label));
    }

    /** The line of await {@code label} of the method of {@code f} (0: its first line), or -1. */
    public static int line(Frame f, int label) {
        Site s = siteOf(f);
        return s == null ? -1 : s.line(label);
    }

    /** The source file of {@code f}'s class, or {@code null}. */
    public static String file(Frame f) {
        Site s = siteOf(f);
        return s == null ? null : s.file;
    }
}

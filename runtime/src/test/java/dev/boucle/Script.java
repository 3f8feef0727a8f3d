package dev.boucle;

import dev.boucle.internal.Frame;
import java.util.List;

/**
 * Hand-written state machines, shaped as the agent's output (docs/PROTOCOL.md), for testing the
 * loop without the agent. A {@link Step} is called with the label (0 at the start, n after the
 * n-th await) and what the last await produced (its value, or the exception it threw); it returns
 * {@link #await(Awaitable)} to await something, or the coroutine's result.
 */
final class Script {
    private Script() {}

    interface Step {
        Object run(int label, Object value, Throwable error) throws Throwable;
    }

    static final class Await {
        final Awaitable<?> what;

        Await(Awaitable<?> what) {
            this.what = what;
        }
    }

    static Await await(Awaitable<?> a) {
        return new Await(a);
    }

    @SuppressWarnings("unchecked")
    static <T> Coroutine<T> coroutine(String name, Step step) {
        return (Coroutine<T>) (Coroutine<?>) new Frame(Script::body, step, "dev/boucle/Script", name, 0, 0);
    }

    private static Object body(Object self, Frame f) {
        Step s = (Step) self;
        Object v = null;
        Throwable err = null;
        if (f.label > 0) {
            try {
                v = f.takeSent();
            } catch (Throwable e) {
                err = e;
            }
        }
        for (;;) {
            Object r;
            try {
                r = s.run(f.label, v, err);
            } catch (Throwable e) {
                throw Loop.<RuntimeException>sneaky(e);
            }
            if (!(r instanceof Await)) {
                return r;
            }
            f.label++;
            try {
                Object x = Frame.await(((Await) r).what, f);
                if (x == Frame.SUSPENDED) {
                    return x;
                }
                v = x;
                err = null;
            } catch (Throwable e) {
                v = null;
                err = e;
            }
        }
    }

    /** Rethrows {@code error} if there is one (a step that does not catch). */
    static void check(Throwable error) {
        if (error != null) {
            throw Loop.<RuntimeException>sneaky(error);
        }
    }

    /** Logs {@code name + i} then yields, {@code n} times; returns {@code name}. */
    static Coroutine<String> yielder(String name, int n, List<String> log) {
        return coroutine(name, (label, v, e) -> {
            check(e);
            if (label < n) {
                log.add(name + label);
                return await(Boucle.yieldNow());
            }
            return name;
        });
    }

    /** Sleeps {@code millis}, then logs {@code name}; returns {@code name}. A finally logs {@code name + ".finally"}. */
    static Coroutine<String> sleeper(String name, long millis, List<String> log) {
        return coroutine(name, (label, v, e) -> {
            if (label == 0) {
                return await(Boucle.sleep(java.time.Duration.ofMillis(millis)));
            }
            log.add(e == null ? name : name + ".finally");
            check(e);
            return name;
        });
    }

    /** Awaits {@code a} once and returns what it gives, logging the failure if any. */
    static <T> Coroutine<T> awaiting(String name, Awaitable<?> a, List<String> log) {
        return coroutine(name, (label, v, e) -> {
            if (label == 0) {
                return await(a);
            }
            if (e != null) {
                log.add(name + " caught " + e.getClass().getSimpleName());
            }
            check(e);
            return v;
        });
    }
}

package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;
import java.util.Arrays;

/** Exceptions crossing awaits; awaits in try, catch, finally and try-with-resources. */
public final class Exceptions {
    private Exceptions() {}

    static String describe(Throwable t) {
        String s = t.getClass().getSimpleName() + ":" + t.getMessage();
        if (t.getSuppressed().length > 0) {
            s += " suppressed" + Arrays.toString(Arrays.stream(t.getSuppressed()).map(Throwable::getMessage).toArray());
        }
        if (t.getCause() != null && t.getCause() != t) {
            s += " cause(" + describe(t.getCause()) + ")";
        }
        return s;
    }

    // 46. try/catch of the awaited failure, unwrapped, at the await site
    @Async
    public static Coroutine<String> catchAwaitedFailure(String msg) {
        String r = "";
        try {
            r += "before;";
            r += await(fail(msg));
            r += "not reached;";
        } catch (IllegalStateException e) {
            r += "wrong catch;";
        } catch (IllegalArgumentException e) {
            r += "caught " + describe(e) + ";";
        }
        return done(r + await(v("after")));
    }

    public static String catchAwaitedFailurePlain(String msg) {
        String r = "";
        try {
            r += "before;";
            r += V.<String>failPlain(msg);
            r += "not reached;";
        } catch (IllegalStateException e) {
            r += "wrong catch;";
        } catch (IllegalArgumentException e) {
            r += "caught " + describe(e) + ";";
        }
        return r + "after";
    }

    // 47. await inside a catch block
    @Async
    public static Coroutine<String> awaitInCatch(int x) {
        try {
            if (x > 0) {
                throw new IllegalStateException("boom" + x);
            }
            return done("no throw");
        } catch (IllegalStateException e) {
            String a = await(v(e.getMessage()));
            await(pause());
            return done(a + await(v(x)) + e.getMessage().length());
        }
    }

    public static String awaitInCatchPlain(int x) {
        try {
            if (x > 0) {
                throw new IllegalStateException("boom" + x);
            }
            return "no throw";
        } catch (IllegalStateException e) {
            String a = e.getMessage();
            return a + x + e.getMessage().length();
        }
    }

    // 48. await in finally; the finally runs exactly once, on the normal, the return and the throw paths
    @Async
    public static Coroutine<String> awaitInFinally(int mode) {
        String r = "";
        try {
            Knob.log("try");
            r += await(v("t"));
            if (mode == 1) {
                return done(r + "-returned");
            }
            if (mode == 2) {
                throw new IllegalStateException("thrown");
            }
            r += "end";
        } finally {
            Knob.log("finally");
            r += await(v("f"));
            Knob.log("finally after await " + r);
        }
        return done(r);
    }

    public static String awaitInFinallyPlain(int mode) {
        String r = "";
        try {
            Knob.log("try");
            r += "t";
            if (mode == 1) {
                return r + "-returned";
            }
            if (mode == 2) {
                throw new IllegalStateException("thrown");
            }
            r += "end";
        } finally {
            Knob.log("finally");
            r += "f";
            Knob.log("finally after await " + r);
        }
        return r;
    }

    // 49. nested try/finally with awaits in every finally, an exception travelling through both
    @Async
    public static Coroutine<String> nestedFinally(boolean fail) {
        try {
            try {
                try {
                    Knob.log("body " + await(v(1)));
                    if (fail) {
                        await(fail("deep"));
                    }
                } finally {
                    Knob.log("finally1 " + await(v(2)));
                }
                Knob.log("between");
            } finally {
                await(pause());
                Knob.log("finally2 " + await(v(3L)));
                try {
                    Knob.log("inner try " + await(v(4.0)));
                } finally {
                    Knob.log("finally3 " + await(v('5')));
                }
            }
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + e.getMessage() + " " + await(v(6)));
            return done("recovered");
        }
        return done("normal");
    }

    public static String nestedFinallyPlain(boolean fail) {
        try {
            try {
                try {
                    Knob.log("body " + 1);
                    if (fail) {
                        V.failPlain("deep");
                    }
                } finally {
                    Knob.log("finally1 " + 2);
                }
                Knob.log("between");
            } finally {
                Knob.log("finally2 " + 3L);
                try {
                    Knob.log("inner try " + 4.0);
                } finally {
                    Knob.log("finally3 " + '5');
                }
            }
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + e.getMessage() + " " + 6);
            return "recovered";
        }
        return "normal";
    }

    static final class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            Knob.log("open " + name);
        }

        @Override
        public void close() {
            Knob.log("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close " + name + " failed");
            }
        }
    }

    // 50. try-with-resources: awaits in the resource expressions and the body; close order
    @Async
    public static Coroutine<String> tryWithResources(int x) {
        String r;
        try (Res a = new Res(await(v("a")), false); Res b = new Res("b" + await(v(x)), false)) {
            r = a.name + b.name + await(v(x * 2));
            Knob.log("body " + r);
        }
        return done(r);
    }

    public static String tryWithResourcesPlain(int x) {
        String r;
        try (Res a = new Res("a", false); Res b = new Res("b" + x, false)) {
            r = a.name + b.name + x * 2;
            Knob.log("body " + r);
        }
        return r;
    }

    // 51. try-with-resources: the body fails after a suspension, the closes fail too: suppressed exceptions
    @Async
    public static Coroutine<String> tryWithResourcesSuppressed(boolean bodyFails) {
        try (Res a = new Res("a", true); Res b = new Res("b", false); Res c = new Res("c", true)) {
            await(pause());
            if (bodyFails) {
                await(fail("body " + a.name + b.name + c.name));
            }
            Knob.log("body done");
        } catch (RuntimeException e) {
            return done(describe(e) + " " + await(v("handled")));
        }
        return done("no exception");
    }

    public static String tryWithResourcesSuppressedPlain(boolean bodyFails) {
        try (Res a = new Res("a", true); Res b = new Res("b", false); Res c = new Res("c", true)) {
            if (bodyFails) {
                V.failPlain("body " + a.name + b.name + c.name);
            }
            Knob.log("body done");
        } catch (RuntimeException e) {
            return describe(e) + " " + "handled";
        }
        return "no exception";
    }

    // 52. an exception thrown before any suspension propagates out of the coroutine
    @Async
    public static Coroutine<Integer> throwBeforeSuspension(int x) {
        Knob.log("start");
        if (x > 0) {
            throw new ArithmeticException("before " + x);
        }
        return done(await(v(x)));
    }

    public static Integer throwBeforeSuspensionPlain(int x) {
        Knob.log("start");
        if (x > 0) {
            throw new ArithmeticException("before " + x);
        }
        return x;
    }

    // 53. an exception thrown after suspensions propagates out of the coroutine (and through a parent)
    @Async
    public static Coroutine<Integer> throwAfterSuspension(int x) {
        int a = await(v(x));
        await(pause());
        Knob.log("resumed " + a);
        if (a > 0) {
            throw new UnsupportedOperationException("after " + a);
        }
        return done(a);
    }

    public static Integer throwAfterSuspensionPlain(int x) {
        int a = x;
        Knob.log("resumed " + a);
        if (a > 0) {
            throw new UnsupportedOperationException("after " + a);
        }
        return a;
    }

    @Async
    public static Coroutine<Integer> throwThroughParent(int x) {
        Knob.log("parent");
        int r = await(throwAfterSuspension(x)) + 1;
        Knob.log("parent not reached");
        return done(r);
    }

    public static Integer throwThroughParentPlain(int x) {
        Knob.log("parent");
        int r = throwAfterSuspensionPlain(x) + 1;
        Knob.log("parent not reached");
        return r;
    }

    // 54. suspension as the last instruction of a try range (value discarded, value stored, in a loop)
    @Async
    public static Coroutine<String> suspendAtEndOfTry(int x) {
        String r = "";
        int got = -1;
        try {
            await(pause());
        } catch (RuntimeException e) {
            r += "wrong;";
        }
        try {
            got = await(v(x));
        } catch (RuntimeException e) {
            r += "wrong2;";
        }
        for (int i = 0; i < 3; i++) {
            try {
                await(i == x ? fail("at " + i) : pause());
            } catch (IllegalArgumentException e) {
                r += e.getMessage() + ";";
            }
        }
        try {
            await(fail("last"));
        } catch (IllegalArgumentException e) {
            r += e.getMessage();
        }
        return done(r + got);
    }

    public static String suspendAtEndOfTryPlain(int x) {
        String r = "";
        int got = -1;
        got = x;
        for (int i = 0; i < 3; i++) {
            try {
                if (i == x) {
                    V.failPlain("at " + i);
                }
            } catch (IllegalArgumentException e) {
                r += e.getMessage() + ";";
            }
        }
        r += "last";
        return r + got;
    }

    // 55. catch (Throwable) around awaits: must see the user's exception, never Boucle's control flow
    @Async
    public static Coroutine<String> catchThrowable(boolean fail) {
        String r = "";
        for (int i = 0; i < 3; i++) {
            try {
                r += await(v(i));
                await(pause());
                if (fail && i == 1) {
                    await(fail("t" + i));
                }
            } catch (Throwable t) {
                Knob.log("caught " + t);
                r += "[" + t.getMessage() + "]";
            }
        }
        try {
            await(pause());
        } catch (Throwable t) {
            Knob.log("caught " + t);
        } finally {
            Knob.log("finally");
        }
        return done(r);
    }

    public static String catchThrowablePlain(boolean fail) {
        String r = "";
        for (int i = 0; i < 3; i++) {
            try {
                r += i;
                if (fail && i == 1) {
                    V.failPlain("t" + i);
                }
            } catch (Throwable t) {
                Knob.log("caught " + t);
                r += "[" + t.getMessage() + "]";
            }
        }
        Knob.log("finally");
        return r;
    }

    // 56. rethrow and wrap across several coroutine frames; the caught exception is the very one thrown
    @Async
    public static Coroutine<String> rethrowChain(int depth) {
        try {
            return done("value " + await(level(depth)));
        } catch (IllegalStateException e) {
            return done(describe(e));
        }
    }

    @Async
    static Coroutine<Integer> level(int d) {
        if (d == 0) {
            await(pause());
            throw new IllegalArgumentException("bottom");
        }
        try {
            return done(await(level(d - 1)) + 1);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("level " + d, e);
        } catch (IllegalStateException e) {
            await(pause());
            e.addSuppressed(new RuntimeException("at " + d));
            throw e;
        }
    }

    public static String rethrowChainPlain(int depth) {
        try {
            return "value " + levelPlain(depth);
        } catch (IllegalStateException e) {
            return describe(e);
        }
    }

    static Integer levelPlain(int d) {
        if (d == 0) {
            throw new IllegalArgumentException("bottom");
        }
        try {
            return levelPlain(d - 1) + 1;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("level " + d, e);
        } catch (IllegalStateException e) {
            e.addSuppressed(new RuntimeException("at " + d));
            throw e;
        }
    }

    // 57. finally with a return that overrides an exception thrown after a suspension
    @SuppressWarnings("finally")
    @Async
    public static Coroutine<String> finallyOverrides(int x) {
        try {
            await(pause());
            if (x > 0) {
                throw new IllegalStateException("lost");
            }
            Knob.log("no throw");
        } finally {
            Knob.log("finally " + await(v(x)));
            if (x > 1) {
                return done("overridden");
            }
        }
        return done("normal");
    }

    @SuppressWarnings("finally")
    public static String finallyOverridesPlain(int x) {
        try {
            if (x > 0) {
                throw new IllegalStateException("lost");
            }
            Knob.log("no throw");
        } finally {
            Knob.log("finally " + x);
            if (x > 1) {
                return "overridden";
            }
        }
        return "normal";
    }

    // 58. checked exceptions thrown across awaits (sneaky to the loop, typed to the catch)
    @Async
    public static Coroutine<String> checkedException(boolean fail) {
        try {
            return done(await(checkedThrower(fail)));
        } catch (java.io.IOException e) {
            return done("io " + e.getMessage());
        }
    }

    @Async
    static Coroutine<String> checkedThrower(boolean fail) throws java.io.IOException {
        await(pause());
        if (fail) {
            throw new java.io.IOException("disk");
        }
        return done("fine");
    }

    public static String checkedExceptionPlain(boolean fail) {
        return fail ? "io disk" : "fine";
    }

    // 59. try-with-resources over a null resource (javac skips its close) and a resource opened after a suspension
    @Async
    public static Coroutine<String> tryWithNullResource(boolean open) {
        String r = "";
        try (Res a = open ? new Res(await(v("a")), false) : null; Res b = new Res("b", false)) {
            await(pause());
            r += (a == null ? "null" : a.name) + b.name;
        }
        return done(r);
    }

    public static String tryWithNullResourcePlain(boolean open) {
        String r = "";
        try (Res a = open ? new Res("a", false) : null; Res b = new Res("b", false)) {
            r += (a == null ? "null" : a.name) + b.name;
        }
        return r;
    }

    // 60. values live only along the exception edge: overwritten on the normal path right after the await,
    // read only by the catch or the finally
    @Async
    public static Coroutine<String> liveOnlyInHandler(int n) {
        int stage = 0;
        long acc = 0;
        double ratio = 0;
        String last = "none";
        for (int i = 0; i < n; i++) {
            try {
                stage = 1;
                acc += await(v((long) i));
                stage = 2;
                ratio = i / 4.0;
                last = "i" + i;
                if (i % 3 == 0) {
                    await(fail("f" + i));
                }
                stage = 3;
                ratio = -1;
            } catch (IllegalArgumentException e) {
                Knob.log("caught " + e.getMessage() + " at stage " + stage + " acc " + acc + " ratio " + ratio + " last " + last);
            } finally {
                Knob.log("finally stage " + stage);
            }
        }
        return done(stage + "," + acc + "," + ratio + "," + last);
    }

    public static String liveOnlyInHandlerPlain(int n) {
        int stage = 0;
        long acc = 0;
        double ratio = 0;
        String last = "none";
        for (int i = 0; i < n; i++) {
            try {
                stage = 1;
                acc += (long) i;
                stage = 2;
                ratio = i / 4.0;
                last = "i" + i;
                if (i % 3 == 0) {
                    V.failPlain("f" + i);
                }
                stage = 3;
                ratio = -1;
            } catch (IllegalArgumentException e) {
                Knob.log("caught " + e.getMessage() + " at stage " + stage + " acc " + acc + " ratio " + ratio + " last " + last);
            } finally {
                Knob.log("finally stage " + stage);
            }
        }
        return stage + "," + acc + "," + ratio + "," + last;
    }

    // 61. a value set before a suspension that fails, read only in a finally that itself awaits
    @Async
    public static Coroutine<String> liveOnlyInFinally(boolean fail) {
        String state = "init";
        long t = 0;
        try {
            state = "before";
            t = 42L;
            await(fail ? fail("boom") : pause());
            state = "after";
            t = -1;
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + state);
        } finally {
            Knob.log("finally " + await(v(state)) + " " + t);
        }
        return done(state);
    }

    public static String liveOnlyInFinallyPlain(boolean fail) {
        String state = "init";
        long t = 0;
        try {
            state = "before";
            t = 42L;
            if (fail) {
                V.failPlain("boom");
            }
            state = "after";
            t = -1;
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + state);
        } finally {
            Knob.log("finally " + state + " " + t);
        }
        return state;
    }

    // 62. Errors and undeclared checked exceptions from a child cross the await unwrapped
    @Async
    static Coroutine<Integer> throwsError(int kind) {
        await(pause());
        if (kind == 0) {
            throw new AssertionError("assertion " + kind);
        }
        if (kind == 1) {
            throw new StackOverflowError("fake overflow");
        }
        throw Exceptions.<RuntimeException>sneaky(new java.io.FileNotFoundException("sneaky " + kind));
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }

    @Async
    public static Coroutine<String> errorsUnwrapped(int kind) {
        try {
            return done("value " + await(throwsError(kind)));
        } catch (Error e) {
            return done("error " + e.getClass().getSimpleName() + " " + e.getMessage() + " " + await(v(kind)));
        } catch (Throwable t) {
            return done("throwable " + t.getClass().getSimpleName() + " " + t.getMessage());
        }
    }

    public static String errorsUnwrappedPlain(int kind) {
        if (kind == 0) {
            return "error AssertionError assertion 0 0";
        }
        if (kind == 1) {
            return "error StackOverflowError fake overflow 1";
        }
        return "throwable FileNotFoundException sneaky " + kind;
    }
}

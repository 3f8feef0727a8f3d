package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;

/**
 * Tail awaits ({@code return other()}) inside try blocks. The child runs where the return
 * expression is, as in plain Java: inside the try (its failure is caught there), before the finally
 * block and before try-with-resources closes its resources. (Found by GeneratedProgramsTest, seed 10:
 * javac ends a try range just before the {@code areturn}, and the tail await used to sit after it.)
 */
public final class TailAwaits {
    private TailAwaits() {}

    static final class Res implements AutoCloseable {
        boolean open = true;

        Res() {
            Knob.log("open");
        }

        @Override
        public void close() {
            open = false;
            Knob.log("close");
        }
    }

    @Async
    static Coroutine<Integer> child(int x) {
        Knob.log("child " + x);
        if (x < 0) {
            return fail("neg " + x);
        }
        return done(await(v(x * 10)));
    }

    static Integer childPlain(int x) {
        Knob.log("child " + x);
        if (x < 0) {
            return V.failPlain("neg " + x);
        }
        return x * 10;
    }

    @Async
    static Coroutine<Integer> use(Res r, int x) {
        Knob.log("use open=" + r.open);
        return done(await(v(r.open ? x : -1)));
    }

    static Integer usePlain(Res r, int x) {
        Knob.log("use open=" + r.open);
        return r.open ? x : -1;
    }

    // a failing tail await inside try/catch: the catch handles it
    @Async
    public static Coroutine<Integer> inTryCatch(int x) {
        try {
            return child(x);
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + e.getMessage());
            return done(-7);
        }
    }

    public static Integer inTryCatchPlain(int x) {
        try {
            return childPlain(x);
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + e.getMessage());
            return -7;
        }
    }

    // the child runs before the finally block
    @Async
    public static Coroutine<Integer> inTryFinally(int x) {
        try {
            Knob.log("try");
            return child(x);
        } finally {
            Knob.log("finally");
        }
    }

    public static Integer inTryFinallyPlain(int x) {
        try {
            Knob.log("try");
            return childPlain(x);
        } finally {
            Knob.log("finally");
        }
    }

    // the child uses the resource before it is closed
    @Async
    public static Coroutine<Integer> inTryWithResources(int x) {
        try (Res r = new Res()) {
            return use(r, x);
        }
    }

    public static Integer inTryWithResourcesPlain(int x) {
        try (Res r = new Res()) {
            return usePlain(r, x);
        }
    }

    // a stored coroutine starts where it is returned, after what comes between
    @Async
    public static Coroutine<Integer> storedThenReturned(int x) {
        try {
            Coroutine<Integer> c = child(x);
            Knob.log("between");
            return c;
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + e.getMessage());
            return done(-1);
        }
    }

    public static Integer storedThenReturnedPlain(int x) {
        try {
            Knob.log("between");
            return childPlain(x);
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + e.getMessage());
            return -1;
        }
    }

    // catch and finally together, and a stored coroutine returned from inside the try
    @Async
    public static Coroutine<Integer> storedInTryCatchFinally(int x) {
        try {
            Coroutine<Integer> c = child(x);
            Knob.log("stored");
            return c;
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + e.getMessage());
            return child(1);
        } finally {
            Knob.log("finally");
        }
    }

    public static Integer storedInTryCatchFinallyPlain(int x) {
        try {
            Knob.log("stored");
            return childPlain(x);
        } catch (IllegalArgumentException e) {
            Knob.log("caught " + e.getMessage());
            return childPlain(1);
        } finally {
            Knob.log("finally");
        }
    }
}

package dev.boucle.bench;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import org.openjdk.jmh.annotations.CompilerControl;

/** The {@code @Async} side of {@link YieldBench}: what users write, rewritten by the agent. */
final class YieldWorkload {
    private YieldWorkload() {}

    /** Gives the loop a turn {@code n} times. */
    @Async
    static Coroutine<Void> yielder(int n) {
        for (int i = 0; i < n; i++) {
            await(yieldNow());
        }
        return done();
    }

    /** Finishes without suspending: awaiting it takes the fast path. */
    @Async
    static Coroutine<Integer> child(int x) {
        return done(x + 1);
    }

    /** Awaits {@code n} children that finish inline. The argument stays under 127 so no Integer is allocated. */
    @Async
    static Coroutine<Long> parent(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += await(child(i & 63));
        }
        return done(s);
    }

    /**
     * {@link #child} that the JIT may not inline: JMH's hint names the method, so it covers both the
     * method the user wrote (which creates the frame) and the agent's body overload of the same name.
     */
    @Async
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static Coroutine<Integer> opaqueChild(int x) {
        return done(x + 1);
    }

    /** {@link #parent} awaiting {@link #opaqueChild}. */
    @Async
    static Coroutine<Long> opaqueParent(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += await(opaqueChild(i & 63));
        }
        return done(s);
    }
}

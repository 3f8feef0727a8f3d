package dev.boucle.bench;

import dev.boucle.Boucle;
import dev.boucle.Coroutine;
import dev.boucle.Task;
import dev.boucle.internal.Frame;
import java.time.Duration;
import org.openjdk.jmh.annotations.CompilerControl;

/**
 * {@link YieldWorkload} written by hand in the shape docs/PROTOCOL.md says the agent emits: a
 * {@link Frame} with a non-capturing {@code Body}, a {@code switch} on the label, typed spills. It
 * runs on the real loop without the agent, so it separates the runtime's cost from the code the
 * agent generates: if {@code boucle*} is slower than {@code protocol*}, the generated code is to blame.
 */
final class HandFrames {
    private HandFrames() {}

    private static final String OWNER = "dev/boucle/bench/HandFrames";

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Coroutine<T> cast(Frame f) {
        return (Coroutine) f;
    }

    static Coroutine<Void> yielder(int n) {
        Frame f = new Frame(HandFrames::yielderBody, null, OWNER, "yielder", 2, 0);
        f.prims[0] = n;
        return cast(f);
    }

    private static Object yielderBody(Object unused, Frame f) {
        int n;
        int i;
        switch (f.label) {
            case 0:
                n = (int) f.prims[0];
                i = 0;
                break;
            case 1:
                n = (int) f.prims[0];
                i = (int) f.prims[1];
                f.takeSent();
                i++;
                break;
            default:
                throw Frame.badLabel(f);
        }
        for (; i < n; i++) {
            Object v = Frame.await(Boucle.yieldNow(), f);
            if (v == Frame.SUSPENDED) {
                f.prims[0] = n;
                f.prims[1] = i;
                f.label = 1;
                return v;
            }
        }
        return null;
    }

    static Coroutine<Integer> child(int x) {
        Frame f = new Frame(HandFrames::childBody, null, OWNER, "child", 1, 0);
        f.prims[0] = x;
        return cast(f);
    }

    private static Object childBody(Object unused, Frame f) {
        if (f.label != 0) {
            throw Frame.badLabel(f);
        }
        int x = (int) f.prims[0];
        return x + 1;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static Coroutine<Integer> opaqueChild(int x) {
        Frame f = new Frame(HandFrames::opaqueChildBody, null, OWNER, "opaqueChild", 1, 0);
        f.prims[0] = x;
        return cast(f);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private static Object opaqueChildBody(Object unused, Frame f) {
        if (f.label != 0) {
            throw Frame.badLabel(f);
        }
        int x = (int) f.prims[0];
        return x + 1;
    }

    static Coroutine<Long> parent(int n) {
        Frame f = new Frame(HandFrames::parentBody, null, OWNER, "parent", 3, 0);
        f.prims[0] = n;
        return cast(f);
    }

    static Coroutine<Long> opaqueParent(int n) {
        Frame f = new Frame(HandFrames::opaqueParentBody, null, OWNER, "opaqueParent", 3, 0);
        f.prims[0] = n;
        return cast(f);
    }

    private static Object parentBody(Object unused, Frame f) {
        return parentBody(f, false);
    }

    private static Object opaqueParentBody(Object unused, Frame f) {
        return parentBody(f, true);
    }

    private static Object parentBody(Frame f, boolean opaque) {
        int n;
        int i;
        long s;
        Object v;
        switch (f.label) {
            case 0:
                n = (int) f.prims[0];
                s = 0;
                i = 0;
                break;
            case 1:
                n = (int) f.prims[0];
                i = (int) f.prims[1];
                s = f.prims[2];
                v = f.takeSent();
                s += (Integer) v;
                i++;
                break;
            default:
                throw Frame.badLabel(f);
        }
        for (; i < n; i++) {
            v = Frame.await(opaque ? opaqueChild(i & 63) : child(i & 63), f);
            if (v == Frame.SUSPENDED) {
                f.prims[0] = n;
                f.prims[1] = i;
                f.prims[2] = s;
                f.label = 1;
                return v;
            }
            s += (Integer) v;
        }
        return s;
    }
    static Coroutine<Void> sleeper(Duration d) {
        Frame f = new Frame(HandFrames::sleeperBody, null, OWNER, "sleeper", 0, 1);
        f.refs[0] = d;
        return cast(f);
    }

    private static Object sleeperBody(Object unused, Frame f) {
        switch (f.label) {
            case 0:
                Duration d = (Duration) f.refs[0];
                f.refs[0] = null;
                Object v = Frame.await(Boucle.sleep(d), f);
                if (v == Frame.SUSPENDED) {
                    f.label = 1;
                    return v;
                }
                return null;
            case 1:
                f.takeSent();
                return null;
            default:
                throw Frame.badLabel(f);
        }
    }

    static Coroutine<Long> spawnJoin(int n) {
        Frame f = new Frame(HandFrames::spawnJoinBody, null, OWNER, "spawnJoin", 3, 0);
        f.prims[0] = n;
        return cast(f);
    }

    /** {@code for (i < n) { Task t = await(ensureFuture(child(i & 63))); s += await(t); }}. */
    private static Object spawnJoinBody(Object unused, Frame f) {
        int n = (int) f.prims[0];
        int i;
        long s;
        Object v;
        int phase;
        switch (f.label) {
            case 0:
                i = 0;
                s = 0;
                v = null;
                phase = 0;
                break;
            case 1:
            case 2:
                i = (int) f.prims[1];
                s = f.prims[2];
                phase = f.label;
                v = f.takeSent();
                break;
            default:
                throw Frame.badLabel(f);
        }
        for (;;) {
            if (phase == 0) {
                if (i >= n) {
                    return s;
                }
                v = Frame.await(Boucle.ensureFuture(child(i & 63)), f);
                if (v == Frame.SUSPENDED) {
                    f.prims[1] = i;
                    f.prims[2] = s;
                    f.label = 1;
                    return v;
                }
            }
            if (phase <= 1) {
                v = Frame.await((Task<?>) v, f);
                if (v == Frame.SUSPENDED) {
                    f.prims[1] = i;
                    f.prims[2] = s;
                    f.label = 2;
                    return v;
                }
            }
            s += (Integer) v;
            i++;
            phase = 0;
        }
    }
}

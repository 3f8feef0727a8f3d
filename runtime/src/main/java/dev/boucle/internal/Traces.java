package dev.boucle.internal;

import dev.boucle.CancelledException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Async stack traces (Kotlin's stack-trace recovery, without copying the exception): when an
 * exception crosses an await, the {@code @Async} frames that await it, which are not on the Java
 * stack once the task has suspended, are written into its stack trace, each with the file and line
 * of its await ({@link AsyncSites}).
 *
 * <p>Three ways an exception reaches a frame, three entry points, all on paths where something was
 * thrown: nothing here runs when nothing fails.
 * <ul>
 *   <li>{@link #crossed}: thrown by a body the trampoline called, it leaves for the parent frame.
 *       Its Java trace holds the frames that ran in this step; the suspended parents are inserted
 *       below them.</li>
 *   <li>{@link #delivered}: the loop sends it to a suspended task (a syscall's failure, a socket
 *       error, a timeout, a cancellation, the failure of a joined task). A section naming the task
 *       and its await chain is inserted below the frames where the exception was made.</li>
 *   <li>{@link #polled}: awaiting something already failed (a finished task) rethrows its exception
 *       on the spot; the section holds this step's Java frames, then the suspended parents.</li>
 * </ul>
 * A section goes above the first frame of the loop's own machinery (the trampoline, the task's
 * step, the loop), so the trace reads from where it was thrown, through the awaits, to what ran the
 * loop. A section is added once per task the exception crosses: an exception that several tasks
 * join gets one per joiner (as a Python traceback grows through each {@code await}), up to
 * {@link #MAX_SECTIONS}. An exception whose stack trace is not writable is left as it is.
 */
public final class Traces {
    /**
     * With RETAIN_CLASS_REFERENCE: on JDK 25, {@code StackFrame.getDescriptor()} throws
     * UnsupportedOperationException from a walker without it.
     */
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private Traces() {}

    /** The class name of the elements that mark a section (a task boundary), never a real class. */
    public static final String MARK_CLASS = "boucle";
    /** Longest await chain written into one trace; deeper chains end with an element saying how many were left out. */
    static final int MAX_CHAIN = 1024;
    /** Most sections one exception gets (an exception joined by thousands of tasks stays readable). */
    static final int MAX_SECTIONS = 8;

    private static final StackTraceElement[] NONE = new StackTraceElement[0];

    /** Classes whose frames are the loop's machinery: a section goes above the first of them. */
    private static boolean machinery(StackTraceElement e) {
        String c = e.getClassName();
        switch (c) {
            case "dev.boucle.internal.Fiber":
            case "dev.boucle.Task":
            case "dev.boucle.Loop":
            case "dev.boucle.LoopKernel":
            case "dev.boucle.Poller":
                return true;
            default:
                return false;
        }
    }

    /** Frames of the await plumbing, dropped from recovered traces: they say nothing to the user. */
    private static boolean plumbing(StackTraceElement e) {
        String c = e.getClassName();
        return c.equals("dev.boucle.internal.Frame") || c.equals("dev.boucle.internal.Awaits")
                || c.equals("dev.boucle.internal.Traces");
    }

    /**
     * {@code e}, thrown by the body the trampoline called, goes to {@code parent}: writes {@code parent}
     * and its ancestors below the frames that ran, unless they are there already (an exception
     * delivered at an await and rethrown).
     */
    static void crossed(Throwable e, Frame parent) {
        try {
            StackTraceElement[] chain = chain(parent);
            StackTraceElement[] trace = e.getStackTrace();
            if (contains(trace, chain)) {
                return;
            }
            e.setStackTrace(insert(trace, null, chain, true));
        } catch (RuntimeException | LinkageError ignored) {
            // a Throwable subclass that refuses: its own trace stands
        }
    }

    /**
     * The loop sends {@code e} to {@code task}, suspended at {@code innermost}: adds a section naming
     * the task ({@code from}: the task whose failure it is, for a join; may be {@code null}).
     */
    static void delivered(Throwable e, Fiber task, Frame innermost, String from) {
        if (innermost == null) {
            return;
        }
        try {
            if (e instanceof CancelledException && from == null) {
                // made by the loop to cancel this task: its Java frames are the loop's alone; where
                // the task stood is the whole story (and reading a deep trace costs more than the
                // cancellation: cancelling a million tasks must stay cheap)
                e.setStackTrace(concat(mark(task, null), chain(innermost)));
                return;
            }
            StackTraceElement[] trace = e.getStackTrace();
            if (sections(trace) >= MAX_SECTIONS) {
                return;
            }
            e.setStackTrace(insert(trace, mark(task, from), chain(innermost), false));
        } catch (RuntimeException | LinkageError ignored) {
            // as above
        }
    }

    /**
     * {@code e} is thrown at once at {@code caller}'s await of something that had failed already:
     * adds a section with the frames of this step that led to the await, then the suspended parents.
     */
    static Throwable polled(Throwable e, Frame caller) {
        try {
            StackTraceElement[] trace = e.getStackTrace();
            if (sections(trace) >= MAX_SECTIONS) {
                return e;
            }
            Fiber task = caller.task;
            Frame top = caller;
            for (int d = task.inlineDepth; d > 0 && top.parent != null; d--) {
                top = top.parent;
            }
            List<StackTraceElement> here = new ArrayList<>(WALKER.walk(s -> s
                    .map(StackWalker.StackFrame::toStackTraceElement)
                    .dropWhile(x -> plumbing(x) || machinery(x))
                    .takeWhile(x -> !machinery(x))
                    .filter(x -> !plumbing(x))
                    .collect(java.util.stream.Collectors.toList())));
            here.addAll(Arrays.asList(top.parent == null ? NONE : chain(top.parent)));
            e.setStackTrace(insert(trace, mark(task, null), here.toArray(NONE), false));
        } catch (RuntimeException | LinkageError ignored) {
            // as above
        }
        return e;
    }

    /** The elements of {@code f} and the frames awaiting it, innermost first, at most {@link #MAX_CHAIN}. */
    public static StackTraceElement[] chain(Frame f) {
        List<StackTraceElement> out = new ArrayList<>();
        int left = 0;
        for (Frame p = f; p != null; p = p.parent) {
            if (out.size() < MAX_CHAIN) {
                out.add(AsyncSites.element(p));
            } else {
                left++;
            }
        }
        if (left > 0) {
            out.add(new StackTraceElement(MARK_CLASS, "await", "... " + left + " more awaiting frames", -1));
        }
        return out.toArray(NONE);
    }

    /**
     * The await chain of a task from inside its own step: the {@code @Async} bodies on the Java stack,
     * innermost first, at their current lines, then the suspended frames awaiting the outermost of
     * them (found among the ancestors of {@code resumed}, the frame the step resumed).
     */
    public static StackTraceElement[] runningChain(Frame resumed) {
        List<StackWalker.StackFrame> bodies = WALKER.walk(s -> s
                .takeWhile(x -> !x.getClassName().equals(Fiber.class.getName()))
                .filter(x -> x.getDescriptor().contains("Ldev/boucle/internal/Frame;)")
                        && !x.getClassName().startsWith("dev.boucle.internal."))
                .collect(java.util.stream.Collectors.toList()));
        List<StackTraceElement> out = new ArrayList<>();
        for (StackWalker.StackFrame b : bodies) {
            out.add(b.toStackTraceElement());
        }
        if (!bodies.isEmpty()) {
            StackWalker.StackFrame outermost = bodies.get(bodies.size() - 1);
            for (Frame a = resumed; a != null; a = a.parent) {
                if (a.owner.replace('/', '.').equals(outermost.getClassName()) && a.name.equals(outermost.getMethodName())) {
                    if (a.parent != null) {
                        out.addAll(Arrays.asList(chain(a.parent)));
                    }
                    break;
                }
            }
        }
        return out.toArray(NONE);
    }

    /** {@code boucle.await(task 'main')}, or {@code boucle.await(task 'worker' joined by task 'main')}. */
    private static StackTraceElement mark(Fiber task, String from) {
        String who = "task '" + task.name() + "'";
        return new StackTraceElement(MARK_CLASS, "await", from == null ? who : "task '" + from + "' joined by " + who, -1);
    }

    private static StackTraceElement[] concat(StackTraceElement first, StackTraceElement[] rest) {
        StackTraceElement[] all = new StackTraceElement[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static int sections(StackTraceElement[] trace) {
        int n = 0;
        for (StackTraceElement x : trace) {
            if (MARK_CLASS.equals(x.getClassName())) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code chain} appears, in order and contiguous, in {@code trace}. */
    private static boolean contains(StackTraceElement[] trace, StackTraceElement[] chain) {
        if (chain.length == 0) {
            return true;
        }
        outer:
        for (int i = 0; i + chain.length <= trace.length; i++) {
            for (int k = 0; k < chain.length; k++) {
                if (!chain[k].equals(trace[i + k])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * {@code trace} with {@code mark} (if any) and {@code chain} above its first machinery frame (at
     * the end if it has none); with {@code dropPlumbing}, the await plumbing above it is left out.
     */
    private static StackTraceElement[] insert(StackTraceElement[] trace, StackTraceElement mark,
            StackTraceElement[] chain, boolean dropPlumbing) {
        int at = 0;
        while (at < trace.length && !machinery(trace[at])) {
            at++;
        }
        List<StackTraceElement> out = new ArrayList<>(trace.length + chain.length + 1);
        for (int i = 0; i < at; i++) {
            if (!dropPlumbing || !plumbing(trace[i])) {
                out.add(trace[i]);
            }
        }
        if (mark != null) {
            out.add(mark);
        }
        out.addAll(Arrays.asList(chain));
        out.addAll(Arrays.asList(trace).subList(at, trace.length));
        return out.toArray(NONE);
    }
}

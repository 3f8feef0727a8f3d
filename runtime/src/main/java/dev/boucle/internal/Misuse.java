package dev.boucle.internal;

import dev.boucle.Async;
import java.lang.reflect.Method;
import java.util.Optional;

/** The errors for code that uses Boucle wrongly, each saying what happened and what to do. */
public final class Misuse {
    private Misuse() {}

    /** The system property the agent sets when it is installed. */
    public static final String AGENT_PROPERTY = "dev.boucle.agent";

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** Why a call reached the untransformed {@code Boucle.await}: names the calling method and the fix. */
    public static IllegalStateException awaitNotRewritten() {
        Optional<StackWalker.StackFrame> caller = WALKER.walk(s -> s.skip(2).findFirst());
        String where = caller.map(f -> f.getClassName() + "." + f.getMethodName()).orElse("?");
        if (System.getProperty(AGENT_PROPERTY) == null) {
            return new IllegalStateException("Boucle: await(...) in " + where
                    + " ran without the Boucle agent, so no @Async method was rewritten."
                    + " Add -javaagent:path/to/boucle-agent.jar to the java command line"
                    + " (or call dev.boucle.agent.BoucleAgent.install() before the class loads).");
        }
        String method = caller.map(StackWalker.StackFrame::getMethodName).orElse("");
        if (method.startsWith("lambda$")) {
            return new IllegalStateException("Boucle: await(...) in " + where
                    + ", a lambda body. A lambda is a method of its own, not the @Async method around it,"
                    + " so it cannot suspend: await outside the lambda, or make its body an @Async method.");
        }
        if (caller.isPresent() && isAsync(caller.get())) {
            return new IllegalStateException("Boucle: " + where + " is @Async but was not rewritten:"
                    + " its class was loaded before the agent was installed, or the agent reported it"
                    + " could not transform it (see the agent's messages on standard error).");
        }
        return new IllegalStateException("Boucle: await(...) called in " + where
                + ", which is not an @Async method. Annotate it @Async and make it return Coroutine<T>"
                + " (ending with return done(value)), or await from an @Async method.");
    }

    private static boolean isAsync(StackWalker.StackFrame f) {
        try {
            Class<?> c = f.getDeclaringClass();
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(f.getMethodName())
                        && m.isAnnotationPresent(Async.class)
                        && f.getDescriptor().equals(descriptor(m))) {
                    return true;
                }
            }
        } catch (RuntimeException | LinkageError ignored) {
            // reflection failed: fall back to the generic message
        }
        return false;
    }

    private static String descriptor(Method m) {
        return java.lang.invoke.MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }
}

package dev.boucle.internal;

/**
 * The rewritten body of one {@code @Async} method, as a function of its frame.
 *
 * <p>The agent moves each {@code @Async} method's code into a synthetic overload with the same
 * name, {@code Object name(Frame)} for instance methods and {@code static Object name(Object, Frame)}
 * for static ones (the first argument is unused, so that one interface serves both), and binds it to
 * this interface with an {@code invokedynamic} to {@code LambdaMetafactory}: a non-capturing
 * lambda, created once per call site, so creating a coroutine allocates nothing for it.
 */
@FunctionalInterface
public interface Body {
    /**
     * Runs the body from {@code frame.label} until it finishes or suspends.
     *
     * @param self the receiver of an instance method, {@code null} for a static one
     * @return the method's result, or {@link Frame#SUSPENDED} if it suspended; an exception the
     *     body throws is the method's failure
     */
    Object resume(Object self, Frame frame);
}

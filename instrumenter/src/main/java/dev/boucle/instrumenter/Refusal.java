package dev.boucle.instrumenter;

/**
 * Thrown by a pass for a method that cannot be rewritten correctly (PEERS lessons 1 and 5): the
 * message is the diagnostic, naming the place and the fix. The class rewriter reports it and turns
 * the method into a {@link RefusalStub}; nothing else of the class changes.
 */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    Refusal(String diagnostic) {
        super(diagnostic, null, false, false);
    }
}

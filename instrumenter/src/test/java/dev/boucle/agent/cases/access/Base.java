package dev.boucle.agent.cases.access;

/** Public root of a hierarchy whose middle class is package-private (see {@code subjects.Access}); outside the
 * subjects package, so that the merge of Left and Right is a class the subjects cannot name. */
public abstract class Base {
    public abstract String name();

}

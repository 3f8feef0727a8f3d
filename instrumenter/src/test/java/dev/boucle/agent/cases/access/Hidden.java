package dev.boucle.agent.cases.access;

/** Package-private: the nearest common super class of Left and Right, which code outside this package cannot name. */
abstract class Hidden extends Base {
    @Override
    public String name() {
        return getClass().getSimpleName().toLowerCase();
    }
}

package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

/** await in a static initialiser. */
public final class BadInit {
    static final int X = await(v(1));

    private BadInit() {}
}

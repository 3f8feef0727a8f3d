package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Task;
import dev.boucle.agent.cases.Knob;

/** Cancellation thrown at a suspension point inside nested try/finally blocks that await. */
public final class Cancellation {
    private Cancellation() {}

    public static final int MAX_TICKS = 1000;

    @Async
    public static Coroutine<String> victim() {
        try {
            try {
                Knob.log("outer try");
                try {
                    for (int i = 0; i < MAX_TICKS; i++) {
                        Knob.log("tick " + i);
                        await(yieldNow());
                    }
                    return done("not cancelled");
                } finally {
                    Knob.log("inner finally");
                    await(pause());
                    Knob.log("inner finally resumed " + await(v(2)));
                }
            } finally {
                Knob.log("outer finally " + await(v(3L)));
            }
        } catch (RuntimeException e) {
            Knob.log("caught " + e.getClass().getSimpleName());
            throw e;
        }
    }

    @Async
    public static Coroutine<Void> canceller(int turns) {
        for (int i = 0; i < turns; i++) {
            await(yieldNow());
        }
        Knob.log("cancel " + ((Task<?>) Knob.frame).cancel());
        return done();
    }
}

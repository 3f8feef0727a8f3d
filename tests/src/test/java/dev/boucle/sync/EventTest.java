package dev.boucle.sync;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Event: the differential scenario of event.py. */
@Timeout(60)
class EventTest {
    final List<String> out = new ArrayList<>();

    void say(String s) {
        out.add(s);
    }

    @Async
    Coroutine<Void> waiter(String name, Event ev) {
        say(name + " waits, set=" + LockTest.py(ev.isSet()));
        try {
            await(ev);
        } catch (CancelledException e) {
            say(name + " cancelled");
            throw e;
        }
        say(name + " woke, set=" + LockTest.py(ev.isSet()));
        return done();
    }

    @Async
    Coroutine<Void> scenario() {
        Event ev = new Event();
        List<Task<Void>> ts = new ArrayList<>();
        for (String n : List.of("A", "B", "C")) {
            ts.add(Loop.current().schedule(waiter(n, ev)));
        }
        await(yieldNow());
        ts.get(1).cancel();
        await(yieldNow());
        say("main sets");
        ev.set();
        ev.set();
        say("set=" + LockTest.py(ev.isSet()));
        await(yieldNow());
        say("main clears");
        ev.clear();
        Task<Void> d = Loop.current().schedule(waiter("D", ev));
        await(yieldNow());
        await(yieldNow());
        say("D done: " + LockTest.py(d.isDone()));
        ev.set();
        ev.clear();
        await(d);
        say("set=" + LockTest.py(ev.isSet()));
        ev.set();
        await(waiter("F", ev));
        say("end");
        return done();
    }

    @Test
    void sameTraceAsAsyncio() {
        Loop.run(scenario());
        Differential.assertSameTrace("event.py", 11, out);
    }
}

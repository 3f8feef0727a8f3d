package dev.boucle.sync;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boucle.Async;
import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Barrier: the differential scenario of barrier.py (asyncio 3.11's Barrier). */
@Timeout(60)
class BarrierTest {
    final List<String> out = new ArrayList<>();

    void say(String s) {
        out.add(s);
    }

    @Async
    Coroutine<Void> party(String name, Barrier b, int rounds) {
        for (int r = 0; r < rounds; r++) {
            say(name + " arrives, waiting=" + b.waiting());
            int i;
            try {
                i = await(b.arrive());
            } catch (BarrierBrokenException e) {
                say(name + " broken: " + e.getMessage());
                return done();
            } catch (CancelledException e) {
                say(name + " cancelled");
                throw e;
            }
            say(name + " passes round " + r + " with index " + i);
        }
        return done();
    }

    List<Task<Void>> start(Barrier b, int rounds, String... names) {
        List<Task<Void>> ts = new ArrayList<>();
        for (String n : names) {
            ts.add(Loop.current().schedule(party(n, b, rounds)));
        }
        return ts;
    }

    @Async
    static Coroutine<Void> joinAll(List<Task<Void>> ts) {
        for (Task<Void> t : ts) {
            await(t);
        }
        return done();
    }

    @Async
    Coroutine<Void> rounds() {
        say("-- two rounds of three");
        Barrier b = new Barrier(3);
        await(joinAll(start(b, 2, "A", "B", "C")));
        say("waiting=" + b.waiting() + " broken=" + LockTest.py(b.isBroken()) + " parties=" + b.parties());
        return done();
    }

    @Async
    Coroutine<Void> earlyComer() {
        say("-- an early comer waits for the others to leave");
        Barrier b = new Barrier(2);
        Loop loop = Loop.current();
        Task<Void> a = loop.schedule(party("A", b, 1));
        Task<Void> c = loop.schedule(party("B", b, 3));
        Task<Void> d = loop.schedule(party("C", b, 2));
        await(joinAll(List.of(a, c, d)));
        return done();
    }

    @Async
    Coroutine<Void> cancelled() {
        say("-- a party cancelled while waiting");
        Barrier b = new Barrier(2);
        Task<Void> a = Loop.current().schedule(party("A", b, 1));
        await(yieldNow());
        say("waiting=" + b.waiting());
        a.cancel();
        await(yieldNow());
        say("waiting=" + b.waiting() + " broken=" + LockTest.py(b.isBroken()));
        await(joinAll(start(b, 1, "B", "C")));
        return done();
    }

    @Async
    Coroutine<Void> abortAndReset() {
        say("-- abort, reset");
        Barrier b = new Barrier(3);
        List<Task<Void>> ts = start(b, 1, "A", "B");
        await(yieldNow());
        b.abort();
        await(joinAll(ts));
        say("broken=" + LockTest.py(b.isBroken()));
        await(party("C", b, 1));
        b.reset();
        say("broken=" + LockTest.py(b.isBroken()));
        ts = start(b, 1, "D", "E");
        await(yieldNow());
        b.reset();
        await(joinAll(ts));
        await(joinAll(start(b, 1, "F", "G", "H")));
        return done();
    }

    @Async
    Coroutine<Void> scenario() {
        await(rounds());
        await(earlyComer());
        await(cancelled());
        await(abortAndReset());
        return done();
    }

    @Test
    void sameTraceAsAsyncio() {
        Loop.run(scenario());
        Differential.assertSameTrace("barrier.py", 11, out);
    }

    @Test
    void atLeastOneParty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Barrier(0));
        assertEquals("Boucle: Barrier(0): parties must be at least 1", e.getMessage());
    }
}

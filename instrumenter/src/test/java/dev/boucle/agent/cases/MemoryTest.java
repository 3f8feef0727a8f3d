package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.agent.cases.subjects.Memory;
import dev.boucle.internal.Frame;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a suspended task keeps: only live values (a dead one is collectable while the task waits;
 * one that dies after a resumption is dropped from the frame), primitives unboxed.
 */
class MemoryTest {
    @Test
    void suspendedTaskKeepsOnlyLiveValuesUnboxed() throws Exception {
        InstrumentingClassLoader il = CaseSupport.loader();
        Class<?> c = il.loadClass(Memory.class.getName());
        Knob.reset(false);
        Coroutine<?> holder = (Coroutine<?>) c.getDeclaredMethod("holder", int.class).invoke(null, 7);
        assertInstanceOf(Frame.class, holder, "an @Async method returns its frame");
        Knob.frame = holder;
        Coroutine<?> watcher = (Coroutine<?>) c.getDeclaredMethod("watcher").invoke(null);
        Loop loop = new Loop();
        Task<?> h = loop.schedule(holder);
        Task<?> w = loop.schedule(watcher);
        loop.runUntilEmpty();
        Knob.frame = null;
        assertEquals(Task.Status.FINISHED, w.status(), String.valueOf(w));
        assertEquals(Memory.holderPlain(7), h.result(), String.valueOf(h));
        assertEquals(List.of(
                "first: dead collected true",
                "first: live kept true",
                "first: boxed []",
                "second: mid collected true",
                "second: live kept true",
                "second: boxed []"), Knob.log);
    }

    @Test
    void argumentsDeadAfterStartAreNotRetained() throws Exception {
        InstrumentingClassLoader il = CaseSupport.loader();
        Class<?> c = il.loadClass(Memory.class.getName());
        Knob.reset(false);
        Object big = new byte[1 << 20];
        String keep = new String("keep");
        Knob.dead = new java.lang.ref.WeakReference<>(big);
        Knob.live = new java.lang.ref.WeakReference<>(keep);
        Coroutine<?> holder = (Coroutine<?>) c.getDeclaredMethod("argHolder", Object.class, String.class).invoke(null, big, keep);
        big = null;
        keep = null;
        Coroutine<?> watcher = (Coroutine<?>) c.getDeclaredMethod("argWatcher").invoke(null);
        Loop loop = new Loop();
        Task<?> h = loop.schedule(holder);
        holder = null;
        loop.schedule(watcher);
        loop.runUntilEmpty();
        assertEquals((1 << 20) + 4, h.result(), String.valueOf(h));
        assertEquals(List.of("first: arg collected true", "first: live kept true", "second: arg collected true"), Knob.log);
    }

    @Test
    void stackValuesSpilledAtAnAwaitAreDroppedOnceUsed() throws Exception {
        Class<?> c = CaseSupport.loader().loadClass(Memory.class.getName());
        Knob.reset(false);
        Loop loop = new Loop();
        Task<?> h = loop.schedule((Coroutine<?>) c.getDeclaredMethod("stackHolder").invoke(null));
        loop.schedule((Coroutine<?>) c.getDeclaredMethod("stackWatcher").invoke(null));
        loop.runUntilEmpty();
        assertEquals(1 << 20, h.result(), String.valueOf(h));
        assertEquals(List.of("first: stack value kept true", "second: stack value collected true"), Knob.log);
    }
}

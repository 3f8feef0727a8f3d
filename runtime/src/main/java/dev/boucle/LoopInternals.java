package dev.boucle;

import dev.boucle.debug.LoopListener;
import dev.boucle.internal.Frame;
import dev.boucle.internal.LoopAccess;
import java.util.function.Consumer;

/** The one {@link LoopAccess}: what {@code dev.boucle.debug} sees of loops and tasks. */
final class LoopInternals extends LoopAccess {

    @Override
    public LoopListener listener(Loop loop) {
        return loop.listener;
    }

    @Override
    public void setListener(Loop loop, LoopListener listener) {
        loop.listener = listener;
    }

    @Override
    public void forEachLive(Loop loop, Consumer<Task<?>> action) {
        loop.forEachLive(action);
    }

    @Override
    public int liveCount(Loop loop) {
        return loop.liveCount();
    }

    @Override
    public String whereIs(Task<?> t) {
        return WaitDescriptions.of(t);
    }

    @Override
    public boolean onLoopThread(Loop loop) {
        return loop.inLoopThread();
    }

    @Override
    public Frame innermost(Task<?> task) {
        return task.frame();
    }

    @Override
    public Thread thread(Loop loop) {
        return loop.thread();
    }
}

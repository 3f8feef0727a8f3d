package dev.boucle.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Boucle;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.syscall.Kernel;
import dev.boucle.syscall.Parking;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait-for-I/O handler ({@link SocketReadiness}) and close(), against a fake kernel that records what it is asked. */
class ReadinessTest {

    static final class FakeKernel implements Kernel {
        final List<String> calls = new ArrayList<>();
        final List<Object> args = new ArrayList<>();
        boolean refuseAnswers;

        @Override
        public void reply(Task<?> task, Object value, Parking from) {
            calls.add("reply");
        }

        @Override
        public void park(Task<?> task, Parking on) {
            calls.add("park");
        }

        @Override
        public void fail(Task<?> task, Throwable error, Parking from) {
            if (refuseAnswers) {
                throw new IllegalStateException("answered twice");
            }
            calls.add("fail");
            args.add(task);
            args.add(error);
        }

        @Override
        public <T> Task<T> spawn(Coroutine<T> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void wakeAt(Task<?> task, long deadlineNanos) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void wakeOnReady(Task<?> task, SelectableChannel channel, int ops) {
            calls.add("wakeOnReady " + ops);
            args.add(task);
            args.add(channel);
        }

        @Override
        public void onCancel(Task<?> task, Runnable onCancel) { // the default would park
            calls.add("onCancel");
        }

        Loop loop;

        @Override
        public Loop loop() {
            return loop;
        }
    }

    static Task<?> aTask(Loop loop) {
        return loop.schedule(Boucle.done("x"));
    }

    @Test
    void aWaitRegistersTheChannelAndCloseWakesTheWaiterWithAClearError() {
        Loop loop = new Loop();
        FakeKernel k = new FakeKernel();
        Task<?> t = aTask(loop);
        AsyncSocket s = AsyncSocket.aiosocket().bind("127.0.0.1", 0).listen();
        s.readWait.ops = SelectionKey.OP_ACCEPT;
        s.readWait.handle(k, t);
        assertEquals(List.of("wakeOnReady " + SelectionKey.OP_ACCEPT), k.calls);
        assertSame(t, k.args.get(0));
        assertSame(s.channel(), k.args.get(1));

        Task<?> other = aTask(loop);
        IllegalStateException busy = assertThrows(IllegalStateException.class, () -> s.readWait.handle(k, other));
        assertTrue(busy.getMessage().contains("is already waiting to read from (recv/accept) this socket"), busy.getMessage());

        s.close();
        assertEquals(List.of("wakeOnReady " + SelectionKey.OP_ACCEPT, "fail"), k.calls);
        assertSame(t, k.args.get(2));
        SocketClosedException e = assertInstanceOf(SocketClosedException.class, k.args.get(3));
        assertTrue(e.getMessage().matches("<AsyncSocket closed listening 127\\.0\\.0\\.1:\\d+> was closed while <Task .*> waited on it"),
                e.getMessage());
        s.close(); // twice: harmless, nobody woken again
        assertEquals(2, k.calls.size());
        assertTrue(!s.channel().isOpen());
    }

    @Test
    void closeAfterTheLoopAlreadyAnsweredTheWaiterIsHarmless() {
        Loop loop = new Loop();
        FakeKernel k = new FakeKernel();
        AsyncSocket s = AsyncSocket.aiosocket().bind("127.0.0.1", 0).listen();
        s.readWait.ops = SelectionKey.OP_ACCEPT;
        s.readWait.handle(k, aTask(loop));
        k.refuseAnswers = true;
        s.close(); // the fail is refused: the waiter's retry sees the closed socket instead
        assertTrue(s.isClosed());
    }

    @Test
    void aWaitOnAClosedSocketFailsAtOnce() {
        FakeKernel k = new FakeKernel();
        AsyncSocket s = AsyncSocket.aiosocket().bind("127.0.0.1", 0);
        s.close();
        SocketClosedException e = assertThrows(SocketClosedException.class, () -> s.readWait.handle(k, aTask(new Loop())));
        assertTrue(e.getMessage().endsWith("the socket is closed"), e.getMessage());
        assertTrue(k.calls.isEmpty());
    }

    @Test
    void closingFromAnotherThreadThanTheLoopsWhileATaskWaitsIsRefused() {
        Loop loop = new Loop();
        FakeKernel k = new FakeKernel();
        k.loop = loop; // the waiter's loop, not running on this thread
        AsyncSocket s = AsyncSocket.aiosocket().bind("127.0.0.1", 0).listen();
        s.readWait.ops = SelectionKey.OP_ACCEPT;
        s.readWait.handle(k, aTask(loop));
        IllegalStateException e = assertThrows(IllegalStateException.class, s::close);
        assertTrue(e.getMessage().contains("loop.callSoonThreadsafe(socket::close)"), e.getMessage());
        assertTrue(!s.isClosed() && s.channel().isOpen(), "nothing was closed");
        k.loop = null; // as if on the loop's thread
        s.close();
        assertTrue(s.isClosed());
    }

    @Test
    void bindToAPortInUseIsAddressInUse() {
        try (AsyncSocket a = AsyncSocket.aiosocket().bind("127.0.0.1", 0); AsyncSocket b = AsyncSocket.aiosocket()) {
            AddressInUseException e = assertThrows(AddressInUseException.class, () -> b.bind("127.0.0.1", a.localPort()));
            assertTrue(e.getMessage().contains("address already in use"), e.getMessage());
            assertEquals(null, b.channel(), "the failed bind left no channel open");
        }
    }
}

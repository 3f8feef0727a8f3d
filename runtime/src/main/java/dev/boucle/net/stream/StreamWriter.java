package dev.boucle.net.stream;

import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Waiter;
import dev.boucle.internal.Args;
import dev.boucle.internal.Steps;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Buffered writing to a {@link Transport} with backpressure (asyncio's {@code StreamWriter}):
 * {@link #write} never blocks, it queues the bytes and a flush task of the writer's loop sends them;
 * {@link #drain()} is where a writer to a slow peer suspends. Once more than the high watermark is
 * queued, the writer is paused: {@code drain()} waits until the queue is back to the low watermark.
 * So a writer that calls {@code drain()} after its writes buffers at most about {@code high} bytes
 * plus its last write, however slow the peer.
 *
 * <pre>{@code
 * writer.write(line);
 * await(writer.drain());          // suspends only while more than `high` bytes wait
 * ...
 * await(writer.shutdownOutput()); // everything sent, then half-close
 * }</pre>
 *
 * <p>A failed send (the peer reset, the socket closed) is kept and thrown by the next
 * {@code write}, {@code drain}, {@code flush} or {@code shutdownOutput}.
 *
 * <p>Invariant: {@link #buffered} counts the bytes in {@link #queue} and {@link #tail}, including
 * the chunk the flush task is sending; the flush task runs exactly while {@code buffered > 0} and
 * no error occurred.
 */
public final class StreamWriter {
    /** The default high watermark: 64 KiB (asyncio's). */
    public static final int DEFAULT_HIGH = 64 * 1024;
    /** The default low watermark: 16 KiB (a quarter of the high one, as asyncio). */
    public static final int DEFAULT_LOW = 16 * 1024;
    private static final int CHUNK = 16 * 1024;

    private final Transport transport;
    private final int high;
    private final int low;
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    /** The chunk small writes are appended to (write mode), {@code null} if none. */
    private ByteBuffer tail;
    private long buffered;
    private boolean paused;
    private boolean flushing;
    private boolean closing;
    private RuntimeException error;
    /** One-shot waiters for "back to the low watermark" and "everything sent"; null when nobody waits. */
    private Waiter unpaused;
    private Waiter empty;

    public StreamWriter(Transport transport) {
        this(transport, DEFAULT_HIGH, DEFAULT_LOW);
    }

    /** A writer paused above {@code high} buffered bytes until it is back to {@code low}. */
    public StreamWriter(Transport transport, int high, int low) {
        this.transport = Args.notNull(transport, "new StreamWriter(transport, high, low)", "transport", "pass Transport.of(socket)");
        Args.inRange(high, 1, Integer.MAX_VALUE, "new StreamWriter(transport, high, low)", "high");
        Args.inRange(low, 0, high, "new StreamWriter(transport, high, low)", "low");
        this.high = high;
        this.low = low;
    }

    /** Queues {@code data} for sending (copied); never blocks. Follow with {@link #drain()}. */
    public void write(byte[] data) {
        Args.notNull(data, "StreamWriter.write(data)", "data", "pass the bytes to write");
        write(data, 0, data.length);
    }

    /** Queues {@code len} bytes of {@code data} from {@code off} (copied). */
    public void write(byte[] data, int off, int len) {
        Args.notNull(data, "StreamWriter.write(data, off, len)", "data", "pass the bytes to write");
        if (off < 0 || len < 0 || off > data.length - len) {
            throw new IndexOutOfBoundsException("StreamWriter.write(data, off, len): off " + off + ", len " + len
                    + " out of an array of " + data.length);
        }
        checkWritable("write");
        if (len == 0) {
            return;
        }
        Loop loop = Loop.current();
        if (loop == null) {
            throw new IllegalStateException("StreamWriter.write on " + this + " from thread " + Thread.currentThread().getName()
                    + ", which runs no loop: write from a task of the loop the connection belongs to");
        }
        if (len >= CHUNK) {
            closeTail();
            byte[] copy = new byte[len];
            System.arraycopy(data, off, copy, 0, len);
            queue.add(ByteBuffer.wrap(copy));
        } else {
            if (tail == null || tail.remaining() < len) {
                closeTail();
                tail = ByteBuffer.allocate(CHUNK);
            }
            tail.put(data, off, len);
        }
        buffered += len;
        if (buffered > high) {
            paused = true;
        }
        if (!flushing) {
            flushing = true;
            loop.schedule(new Flush().coroutine(StreamWriter.class, "flush"), "StreamWriter.flush");
        }
    }

    /** Queues the remaining bytes of {@code src} (copied; advances its position). */
    public void write(ByteBuffer src) {
        Args.notNull(src, "StreamWriter.write(src)", "src", "pass a buffer whose remaining bytes are to be written");
        byte[] b = new byte[src.remaining()];
        src.get(b);
        write(b, 0, b.length);
    }

    /** Queues {@code s} encoded as UTF-8. */
    public void write(String s) {
        Args.notNull(s, "StreamWriter.write(s)", "s", "pass the text to write");
        write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes queued and not yet sent. */
    public long buffered() {
        return buffered;
    }

    /** Awaits room: returns at once unless the writer is paused (more than {@code high} bytes queued), then waits until at most {@code low} are. */
    public Coroutine<Void> drain() {
        return new WaitFor(false).coroutine(StreamWriter.class, "drain");
    }

    /** Awaits until every queued byte is sent. */
    public Coroutine<Void> flush() {
        return new WaitFor(true).coroutine(StreamWriter.class, "flush");
    }

    /** Awaits until every queued byte is sent, then half-closes: the peer reads the end of the stream. Later writes are refused. */
    public Coroutine<Void> shutdownOutput() {
        closing = true;
        return new Finish(false).coroutine(StreamWriter.class, "shutdownOutput");
    }

    /** Awaits until every queued byte is sent, then closes the transport (both directions). */
    public Coroutine<Void> close() {
        closing = true;
        return new Finish(true).coroutine(StreamWriter.class, "close");
    }

    /** Closes the transport at once, dropping what is queued. */
    public void abort() {
        closing = true;
        transport.close();
    }

    @Override
    public String toString() {
        return "<StreamWriter " + transport + ", " + buffered + " bytes queued" + (paused ? ", paused>" : ">");
    }

    // ------------------------------------------------------------------ internals

    private void checkWritable(String op) {
        if (error != null) {
            throw error;
        }
        if (closing) {
            throw new IllegalStateException(op + " on " + this + ": the writer was shut down (shutdownOutput or close)");
        }
    }

    private void closeTail() {
        if (tail != null) {
            queue.add(tail.flip());
            tail = null;
        }
    }

    private void progressed() {
        if (paused && buffered <= low) {
            paused = false;
            Waiter w = unpaused;
            unpaused = null;
            if (w != null) {
                w.set();
            }
        }
        if (buffered == 0) {
            Waiter w = empty;
            empty = null;
            if (w != null) {
                w.set();
            }
        }
    }

    /** The flush task: sends chunk after chunk until the queue is empty or a send fails. */
    private final class Flush extends Steps<Void> {
        private ByteBuffer sending;

        @Override
        protected Object step(Object sent) {
            if (sending != null) {
                buffered -= sending.limit();
                sending = null;
                progressed();
            }
            if (error != null) {
                return null;
            }
            ByteBuffer next = queue.poll();
            if (next == null && tail != null) {
                next = tail.flip();
                tail = null;
            }
            if (next == null) {
                flushing = false;
                return null;
            }
            sending = next;
            return await(transport.writeAll(next));
        }

        @Override
        protected Object failed(RuntimeException e) {
            sending = null;
            flushing = false;
            error = e instanceof CancelledException
                    ? new IllegalStateException("StreamWriter on " + transport + ": its flush task was cancelled; "
                            + buffered + " bytes were not sent", e)
                    : e;
            paused = false;
            buffered = 0;
            queue.clear();
            tail = null;
            wakeAll();
            if (e instanceof CancelledException) {
                throw e;
            }
            return null;
        }
    }

    private void wakeAll() {
        Waiter a = unpaused;
        Waiter b = empty;
        unpaused = null;
        empty = null;
        if (a != null) {
            a.set();
        }
        if (b != null) {
            b.set();
        }
    }

    /** {@link #drain} ({@code all} false: until unpaused) and {@link #flush} ({@code all}: until empty). */
    private final class WaitFor extends Steps<Void> {
        private final boolean all;

        WaitFor(boolean all) {
            this.all = all;
        }

        @Override
        protected Object step(Object sent) {
            if (error != null) {
                throw error;
            }
            if (all ? buffered == 0 : !paused) {
                return null;
            }
            if (all) {
                if (empty == null) {
                    empty = new Waiter(1);
                }
                return await(empty);
            }
            if (unpaused == null) {
                unpaused = new Waiter(1);
            }
            return await(unpaused);
        }
    }

    /** {@link #shutdownOutput} and {@link #close}: flush, then half-close or close. */
    private final class Finish extends Steps<Void> {
        private final boolean close;
        private int stage;

        Finish(boolean close) {
            this.close = close;
        }

        @Override
        protected Object step(Object sent) {
            switch (stage++) {
                case 0:
                    return await(flush());
                case 1:
                    if (close) {
                        transport.close();
                        return null;
                    }
                    return await(transport.shutdownOutput());
                default:
                    return null;
            }
        }

        @Override
        protected Object failed(RuntimeException e) {
            if (close) {
                transport.close();
            }
            throw e;
        }
    }
}

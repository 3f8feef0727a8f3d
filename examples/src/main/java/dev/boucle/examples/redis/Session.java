package dev.boucle.examples.redis;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.net.AsyncSocket;
import dev.boucle.net.NetException;
import dev.boucle.net.SocketClosedException;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * One client connection: read what arrived, run every whole command in it, send all the replies in
 * one write, repeat. Pipelining falls out of this: 1,000 commands in one write are 1,000 replies in
 * (about) one write back.
 *
 * <p>Memory: an idle session holds no buffer. The bytes of a read come in a fresh array (the
 * socket reads through its loop's buffer); only the tail of a command cut in two by the network is
 * kept, in {@link #partial}, until the rest arrives. The reply buffer is borrowed from the loop's
 * {@link PerLoop} for the duration of one batch (while its send waits, another session of the loop
 * takes another buffer).
 */
public final class Session {
    /** The most one read takes: a batch of requests is at most this big, which bounds the time one turn of a busy connection holds the loop. */
    static final int READ_MAX = 16 * 1024; // Redis reads 16 KiB per client per event, too

    private final AsyncSocket socket;
    private final PerLoop loop;
    /** The unparsed tail of the input (a command not all there yet); {@code null} when none. */
    private byte[] partial;
    private int partialLen;

    public Session(AsyncSocket socket, PerLoop loop) {
        this.socket = socket;
        this.loop = loop;
    }

    /** Serves the connection until the client closes it, sends malformed input, or QUIT; then closes the socket. */
    @Async
    public Coroutine<Void> serve() {
        try (AsyncSocket s = socket) {
            for (;;) {
                byte[] data = await(s.recv(READ_MAX));
                if (data.length == 0) {
                    break;
                }
                Reply out = loop.takeReply();
                boolean close = handle(data, out);
                if (out.size() > 0) {
                    await(s.sendAll(out.toByteBuffer()));
                }
                loop.giveBack(out);
                if (close) {
                    break;
                }
                if (data.length == READ_MAX) {
                    // A full read: more is likely waiting. Serve the other connections first, as
                    // Redis does (one read per client per turn of its event loop). The loop's
                    // budget would stop this connection too, but only after 128 socket operations:
                    // 64 batches of 16 KiB, tens of milliseconds of work.
                    await(yieldNow());
                }
            }
        } catch (SocketClosedException e) {
            // the server is stopping
        } catch (NetException e) {
            // the client went away (reset): nothing to answer
        }
        return done();
    }

    /** Runs every whole command in the input so far; {@code true} if the connection must close after the replies. */
    private boolean handle(byte[] data, Reply out) {
        byte[] buf;
        int end;
        if (partial == null) {
            buf = data;
            end = data.length;
        } else {
            append(data);
            buf = partial;
            end = partialLen;
        }
        int pos = 0;
        Command cmd = loop.command;
        boolean close = false;
        try {
            while (pos < end) {
                int next = loop.parser.parse(buf, pos, end, cmd);
                if (next == RespParser.INCOMPLETE) {
                    break;
                }
                pos = next;
                if (cmd.argc() > 0 && loop.commands.execute(cmd, out)) {
                    close = true;
                    break;
                }
            }
        } catch (ProtocolException e) {
            out.error("ERR Protocol error: " + e.getMessage());
            close = true;
        }
        keepTail(buf, pos, end, close);
        return close;
    }

    /** Keeps {@code buf[pos..end)} for the next read, or forgets the input if it was all used. */
    private void keepTail(byte[] buf, int pos, int end, boolean closing) {
        if (pos == end || closing) {
            partial = null; // idle again: hold nothing
            partialLen = 0;
        } else if (buf != partial || pos > 0) {
            partial = Arrays.copyOfRange(buf, pos, Math.max(end, pos + Math.min(2 * (end - pos), READ_MAX)));
            partialLen = end - pos;
        }
    }

    private void append(byte[] data) {
        if (partial.length - partialLen < data.length) {
            long want = Math.max((long) partial.length * 2, (long) partialLen + data.length);
            partial = Arrays.copyOf(partial, (int) Math.min(want, Integer.MAX_VALUE - 16));
        }
        System.arraycopy(data, 0, partial, partialLen, data.length);
        partialLen += data.length;
    }

    /**
     * What the sessions of one loop share, used only on that loop's thread: the parser and command
     * (a request is parsed and run without suspending, so one of each serves them all) and a pool
     * of reply buffers.
     */
    public static final class PerLoop {
        private static final int REPLY_KEEP = 64 * 1024;

        final RespParser parser;
        final Commands commands;
        final Command command = new Command();
        private final ArrayDeque<Reply> replies = new ArrayDeque<>();

        public PerLoop(Commands commands, RespParser parser) {
            this.commands = commands;
            this.parser = parser;
        }

        Reply takeReply() {
            Reply r = replies.pollFirst();
            return r != null ? r : new Reply(4096);
        }

        void giveBack(Reply r) {
            if (r.capacity() <= REPLY_KEEP && replies.size() < 64) {
                r.clear();
                replies.addFirst(r);
            }
        }
    }
}

package dev.boucle.net;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.cancel;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.Boucle.yieldNow;
import static dev.boucle.net.AsyncSocket.aiosocket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.CancelledException;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.internal.Fiber;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The cooperative budget: a task whose socket operations keep completing at once (the data is
 * already there) yields after {@link Fiber#BUDGET} of them, so the other tasks of its loop still run.
 */
@Timeout(60)
class BudgetTest {
    static final int READS = 1000;

    /** The peer writes everything first, so every recv finds its 10 bytes ready and never suspends. */
    @Async
    static Coroutine<AsyncSocket> connectionWithDataReady(AsyncSocket listener, List<Socket> peers, int bytes) throws Exception {
        Socket peer = new Socket("127.0.0.1", listener.localPort()); // the kernel completes the handshake: no accept needed yet
        peers.add(peer);
        OutputStream out = peer.getOutputStream();
        out.write(new byte[bytes]);
        out.flush();
        AsyncSocket conn = await(listener.accept());
        // wait until all of it has arrived, so that no recv below finds the socket empty
        while (conn.getOption(java.net.StandardSocketOptions.SO_RCVBUF) > 0 && available(conn) < bytes) {
            await(yieldNow());
        }
        return done(conn);
    }

    static int available(AsyncSocket s) throws Exception {
        // FIONREAD through the socket adaptor of the channel
        return ((java.nio.channels.SocketChannel) s.channel()).socket().getInputStream().available();
    }

    @Async
    static Coroutine<Void> reader(AsyncSocket conn, List<String> trace) {
        for (int i = 0; i < READS; i++) {
            byte[] b = await(conn.recv(10));
            assertEquals(10, b.length);
            trace.add("r");
        }
        return done();
    }

    @Async
    static Coroutine<Void> ticker(List<String> trace, boolean[] stop) {
        while (!stop[0]) {
            trace.add("t");
            await(yieldNow());
        }
        return done();
    }

    @Async
    static Coroutine<List<String>> scenario(List<Socket> peers) throws Exception {
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen();
                AsyncSocket conn = await(connectionWithDataReady(listener, peers, READS * 10))) {
            List<String> trace = new ArrayList<>();
            boolean[] stop = {false};
            Task<Void> t = await(ensureFuture(ticker(trace, stop)));
            await(reader(conn, trace));
            stop[0] = true;
            await(t);
            return done(trace);
        }
    }

    @Test
    void aTaskWhoseReadsNeverBlockStillLetsOthersRun() throws Exception {
        List<Socket> peers = new ArrayList<>();
        try {
            List<String> trace = Loop.run(scenario(peers));
            int run = 0;
            int maxRun = 0;
            int tickerTurnsDuringReads = 0;
            int reads = 0;
            for (String s : trace) {
                if (s.equals("r")) {
                    reads++;
                    maxRun = Math.max(maxRun, ++run);
                } else {
                    run = 0;
                    if (reads > 0 && reads < READS) {
                        tickerTurnsDuringReads++;
                    }
                }
            }
            assertEquals(READS, reads);
            assertTrue(maxRun <= Fiber.BUDGET, "at most BUDGET reads in one turn, got a run of " + maxRun);
            assertTrue(maxRun >= Fiber.BUDGET - 2, "reads that find data ready do not yield before the budget is spent: " + maxRun);
            assertTrue(tickerTurnsDuringReads >= READS / Fiber.BUDGET - 1,
                    "the other task ran " + tickerTurnsDuringReads + " times during " + READS + " reads");
        } finally {
            for (Socket s : peers) {
                s.close();
            }
        }
    }

    @Async
    static Coroutine<Void> readForever(AsyncSocket conn, int[] reads, boolean[] cleanedUp) {
        try {
            for (;;) {
                await(conn.recv(1));
                reads[0]++;
            }
        } finally {
            cleanedUp[0] = true;
        }
    }

    @Async
    static Coroutine<Task<Void>> cancelDuringBudgetYield(List<Socket> peers, int[] reads, boolean[] cleanedUp) throws Exception {
        try (AsyncSocket listener = aiosocket().bind("127.0.0.1", 0).listen();
                AsyncSocket conn = await(connectionWithDataReady(listener, peers, 10_000))) {
            Task<Void> t = await(ensureFuture(readForever(conn, reads, cleanedUp)));
            await(yieldNow()); // the reader runs one turn: BUDGET reads, then yields
            int afterOneTurn = reads[0];
            await(cancel(t));
            assertEquals(Fiber.BUDGET, afterOneTurn, "one turn is one budget of reads");
            return done(t);
        }
    }

    @Test
    void aTaskYieldingForItsBudgetCanBeCancelled() throws Exception {
        List<Socket> peers = new ArrayList<>();
        int[] reads = {0};
        boolean[] cleanedUp = {false};
        try {
            Task<Void> t = Loop.run(cancelDuringBudgetYield(peers, reads, cleanedUp));
            assertEquals(Task.Status.CANCELLED, t.status());
            assertTrue(t.exception() instanceof CancelledException);
            assertTrue(cleanedUp[0], "finally ran");
            assertTrue(reads[0] < 10_000, "stopped reading: " + reads[0]);
        } finally {
            for (Socket s : peers) {
                s.close();
            }
        }
    }
}

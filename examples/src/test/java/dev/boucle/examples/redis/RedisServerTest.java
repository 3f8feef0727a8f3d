package dev.boucle.examples.redis;

import static dev.boucle.examples.redis.Resp.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.examples.RedisServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The RedisServer example on one loop, through the real redis-cli and through raw sockets. */
@Timeout(120)
class RedisServerTest {
    static RedisServer server;
    static int port;

    @BeforeAll
    static void start() {
        // a small bulk limit, so that "over the limit" is cheap to test
        server = RedisServer.start(new InetSocketAddress("127.0.0.1", 0), 1, 1024 * 1024);
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void flush() throws Exception {
        assertEquals("OK", cli(port, "flushall"));
    }

    @Test
    void stringsThroughRedisCli() throws Exception {
        assertEquals("PONG", cli(port, "ping"));
        assertEquals("hello world", cli(port, "ping", "hello world"));
        assertEquals("échos", cli(port, "echo", "échos"));
        assertEquals("", cli(port, "get", "greeting")); // nil prints as an empty line
        assertEquals("OK", cli(port, "set", "greeting", "hello"));
        assertEquals("hello", cli(port, "get", "greeting"));
        assertEquals("OK", cli(port, "mset", "a", "1", "b", "2"));
        assertEquals("1\n2\n\nhello", cli(port, "mget", "a", "b", "nope", "greeting"));
        assertEquals("3", cli(port, "exists", "a", "b", "a", "nope"));
        assertEquals("3", cli(port, "dbsize"));
        assertEquals("2", cli(port, "del", "a", "b", "nope"));
        assertEquals("1", cli(port, "dbsize"));
        assertEquals("OK", cli(port, "flushall"));
        assertEquals("0", cli(port, "dbsize"));
        assertEquals("save\n", cli(port, "config", "get", "save"));
        assertEquals("appendonly\nno", cli(port, "config", "get", "appendonly"));
    }

    @Test
    void countersThroughRedisCli() throws Exception {
        assertEquals("1", cli(port, "incr", "n"));
        assertEquals("11", cli(port, "incrby", "n", "10"));
        assertEquals("10", cli(port, "decr", "n"));
        assertEquals("-5", cli(port, "incrby", "n", "-15"));
        assertEquals("OK", cli(port, "set", "s", "abc"));
        assertEquals("ERR value is not an integer or out of range", cli(port, "incr", "s"));
        assertEquals("ERR value is not an integer or out of range", cli(port, "incrby", "n", "x"));
        assertEquals("OK", cli(port, "set", "big", String.valueOf(Long.MAX_VALUE)));
        assertEquals("ERR increment or decrement would overflow", cli(port, "incr", "big"));
        assertEquals(String.valueOf(Long.MAX_VALUE), cli(port, "get", "big"));
    }

    @Test
    void setOptionsAndExpiry() throws Exception {
        assertEquals("OK", cli(port, "set", "k", "v1", "NX"));
        assertEquals("", cli(port, "set", "k", "v2", "nx"));
        assertEquals("v1", cli(port, "get", "k"));
        assertEquals("OK", cli(port, "set", "k", "v3", "XX"));
        assertEquals("", cli(port, "set", "absent", "v", "XX"));
        assertEquals("0", cli(port, "exists", "absent"));
        assertEquals("ERR syntax error", cli(port, "set", "k", "v", "NX", "XX"));
        assertEquals("ERR syntax error", cli(port, "set", "k", "v", "EX", "10", "PX", "100"));
        assertEquals("ERR invalid expire time in 'set' command", cli(port, "set", "k", "v", "EX", "0"));
        assertEquals("v3", cli(port, "get", "k"), "a refused SET changes nothing");

        assertEquals("-1", cli(port, "ttl", "k"));
        assertEquals("-2", cli(port, "ttl", "nope"));
        assertEquals("-2", cli(port, "pttl", "nope"));
        assertEquals("OK", cli(port, "set", "t", "v", "EX", "100"));
        assertEquals("100", cli(port, "ttl", "t"));
        long pttl = Long.parseLong(cli(port, "pttl", "t"));
        assertTrue(pttl > 90_000 && pttl <= 100_000, "pttl " + pttl);
        assertEquals("1", cli(port, "expire", "k", "50"));
        assertEquals("50", cli(port, "ttl", "k"));
        assertEquals("0", cli(port, "expire", "nope", "50"));
        assertEquals("OK", cli(port, "set", "k", "again"));
        assertEquals("-1", cli(port, "ttl", "k"), "SET drops the old expiry");

        assertEquals("OK", cli(port, "set", "short", "v", "PX", "1"));
        waitUntilGone("short");
        assertEquals("1", cli(port, "expire", "k", "-1"), "a time in the past deletes the key");
        assertEquals("0", cli(port, "exists", "k"));
        assertEquals("1", cli(port, "dbsize"));
    }

    /** Waits for a key set with PX 1 to expire: a condition, not a fixed sleep. */
    private static void waitUntilGone(String key) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!cli(port, "get", key).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, key + " never expired");
            Thread.sleep(5);
        }
        assertEquals("-2", cli(port, "pttl", key));
    }

    @Test
    void errorsKeepTheConnectionOpen() throws Exception {
        assertEquals("ERR unknown command 'foo', with args beginning with: 'bar' 'baz' ", cli(port, "foo", "bar", "baz"));
        assertEquals("ERR wrong number of arguments for 'get' command", cli(port, "get"));
        assertEquals("ERR wrong number of arguments for 'mset' command", cli(port, "mset", "a", "1", "b"));
        try (Resp.Client c = new Resp.Client(port)) {
            assertEquals("-ERR unknown command 'nosuch', with args beginning with: ", c.call("nosuch"));
            assertEquals("-ERR wrong number of arguments for 'echo' command", c.call("echo"));
            assertEquals("+PONG", c.call("PING"), "the connection is still served");
        }
    }

    @Test
    void inlineCommands() throws Exception {
        try (Resp.Client c = new Resp.Client(port)) {
            c.send("PING\r\n");
            assertEquals("+PONG", c.read());
            c.send("set  k   \"a b\\x41\\n\"\n\r\n  \r\nGET k\r\nset q 'it\\'s'\r\nget q\r\n");
            assertEquals("+OK", c.read());
            assertEquals("$a bA\n", c.read(), "blank lines are ignored; quotes and escapes undone");
            assertEquals("+OK", c.read());
            assertEquals("$it's", c.read());
            c.send("set k \"unclosed\r\n");
            assertEquals("-ERR Protocol error: unbalanced quotes in request", c.read());
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void malformedProtocolIsAnsweredThenClosed() throws Exception {
        String[][] cases = {
            {"*x\r\n", "-ERR Protocol error: invalid multibulk length"},
            {"*1\r\n+PING\r\n", "-ERR Protocol error: expected '+', got '+'"},
            {"*1\r\n$-1\r\n", "-ERR Protocol error: invalid bulk length"},
            {"*1\r\n$abc\r\n", "-ERR Protocol error: invalid bulk length"},
            {"*1\r\n$4\r\nPINGxx", "-ERR Protocol error: expected CRLF after a bulk of 4 bytes"},
            {"*1\r\n$4\rPING\r\n", "-ERR Protocol error: expected CRLF at the end of a header line"},
        };
        cases[1][1] = "-ERR Protocol error: expected '$', got '+'";
        for (String[] c : cases) {
            try (Resp.Client client = new Resp.Client(port)) {
                client.send(Resp.multibulk("SET", "before", "kept") + c[0]);
                assertEquals("+OK", client.read(), "commands before the fault run");
                assertEquals(c[1], client.read(), c[0]);
                assertTrue(client.closedByServer(), "closed after " + c[0]);
            }
        }
        assertEquals("kept", cli(port, "get", "before"));
    }

    @Test
    void oversizedInputIsRefusedWithoutWaitingForIt() throws Exception {
        // The limit of this server is 1 MiB: a header announcing more is refused at once, before a
        // byte of the bulk was sent (nothing is allocated for it, and the server does not wait).
        try (Resp.Client c = new Resp.Client(port)) {
            c.send("*2\r\n$3\r\nGET\r\n$1048577\r\n");
            assertEquals("-ERR Protocol error: invalid bulk length", c.read());
            assertTrue(c.closedByServer());
        }
        try (Resp.Client c = new Resp.Client(port)) {
            c.send("*1\r\n$99999999999999999999\r\n");
            assertEquals("-ERR Protocol error: invalid bulk length", c.read());
        }
        try (Resp.Client c = new Resp.Client(port)) {
            c.send("*2000000\r\n");
            assertEquals("-ERR Protocol error: invalid multibulk length", c.read());
        }
        try (Resp.Client c = new Resp.Client(port)) {
            c.send("x".repeat(70_000)); // an inline request with no end of line, over 64 KiB
            assertEquals("-ERR Protocol error: too big inline request", c.read());
            assertTrue(c.closedByServer());
        }
        // Exactly at the limit is accepted, even sent in small pieces.
        try (Resp.Client c = new Resp.Client(port)) {
            String big = "v".repeat(1024 * 1024);
            String req = Resp.multibulk("SET", "big", big);
            for (int at = 0; at < req.length(); at += 7000) {
                c.send(req.substring(at, Math.min(req.length(), at + 7000)));
            }
            assertEquals("+OK", c.read());
            assertEquals("$" + big, c.call("GET", "big"));
        }
    }

    @Test
    void thousandPipelinedCommandsInOneWrite() throws Exception {
        StringBuilder req = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            req.append(Resp.multibulk("SET", "key" + i, "value" + i));
            req.append(Resp.multibulk("INCR", "counter"));
            req.append(Resp.multibulk("GET", "key" + i));
            req.append(i % 2 == 0 ? "PING\r\n" : Resp.multibulk("EXISTS", "key" + i, "nope"));
        }
        try (Resp.Client c = new Resp.Client(port)) {
            c.send(req.toString()); // about 30 KB: one write
            for (int i = 0; i < 250; i++) {
                assertEquals("+OK", c.read());
                assertEquals(":" + (i + 1), c.read());
                assertEquals("$value" + i, c.read());
                assertEquals(i % 2 == 0 ? "+PONG" : ":1", c.read());
            }
            assertEquals(":251", c.call("DBSIZE")); // 250 keys and the counter
        }
    }

    @Test
    void quitClosesAfterItsReply() throws Exception {
        try (Resp.Client c = new Resp.Client(port)) {
            c.send(Resp.multibulk("QUIT") + Resp.multibulk("PING"));
            assertEquals("+OK", c.read());
            assertTrue(c.closedByServer(), "nothing after QUIT is run");
        }
    }

    /** 200 clients at once on a 2-loop server: every INCR counted once, every key seen from every connection. */
    @Test
    void twoHundredConcurrentClientsOnTwoLoops() throws Exception {
        RedisServer two = RedisServer.start(new InetSocketAddress("127.0.0.1", 0), 2, 1024 * 1024);
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            int p = two.port();
            List<Callable<Void>> clients = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int id = i;
                clients.add(() -> {
                    try (Resp.Client c = new Resp.Client(p)) {
                        for (int k = 0; k < 50; k++) {
                            c.call("INCR", "shared");
                            assertEquals("+OK", c.call("SET", "client" + id + ":" + k, "v" + k));
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(clients)) {
                f.get();
            }
            // New connections (spread over both loops) see every other connection's writes.
            for (int i = 0; i < 8; i++) {
                try (Resp.Client c = new Resp.Client(p)) {
                    assertEquals("$10000", c.call("GET", "shared"));
                    assertEquals(":10001", c.call("DBSIZE"));
                    assertEquals("$v49", c.call("GET", "client" + (i * 25) + ":49"));
                }
            }
        } finally {
            pool.shutdownNow();
            two.close();
        }
    }
}

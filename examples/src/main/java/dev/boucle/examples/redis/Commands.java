package dev.boucle.examples.redis;

import java.nio.charset.StandardCharsets;

/**
 * Runs one request against the {@link Store} and writes its reply. The commands, their arguments and
 * their error messages are Redis 7's for the subset served: PING, ECHO, SET (EX, PX, NX, XX), GET,
 * DEL, EXISTS, INCR, INCRBY, DECR, MGET, MSET, EXPIRE, TTL, PTTL, DBSIZE, FLUSHALL, CONFIG GET,
 * COMMAND (an empty list, for redis-cli's start-up) and QUIT. Each command runs holding the store's
 * monitor, so it is atomic across the loops of the server.
 */
public final class Commands {
    private final Store store;

    public Commands(Store store) {
        this.store = store;
    }

    /** Runs {@code c} (at least one argument) and writes its reply to {@code out}; {@code true} if the connection should close after the reply (QUIT). */
    public boolean execute(Command c, Reply out) {
        try {
            // The commands of redis-benchmark first, without making a String of the name.
            if (c.is(0, "GET") && c.argc() == 2) {
                byte[] v;
                synchronized (store) {
                    v = store.get(c.key(1), System.currentTimeMillis());
                }
                out.bulk(v);
                return false;
            }
            if (c.is(0, "SET") && c.argc() == 3) {
                String key = c.key(1);
                byte[] value = c.bytes(2);
                synchronized (store) {
                    store.set(key, value, 0, false, false, System.currentTimeMillis());
                }
                out.ok();
                return false;
            }
            if (c.is(0, "PING") && c.argc() == 1) {
                out.simple("PONG");
                return false;
            }
            String name = c.name();
            synchronized (store) {
                return run(name, c, out, System.currentTimeMillis());
            }
        } catch (CommandException e) {
            out.error(e.getMessage());
            return false;
        }
    }

    private boolean run(String name, Command c, Reply out, long now) {
        int argc = c.argc();
        switch (name) {
            case "GET":
                arity(c, argc == 2);
                out.bulk(store.get(c.key(1), now));
                return false;
            case "SET":
                set(c, out, now);
                return false;
            case "PING":
                arity(c, argc <= 2);
                if (argc == 1) {
                    out.simple("PONG");
                } else {
                    out.bulk(c.bytes(1));
                }
                return false;
            case "ECHO":
                arity(c, argc == 2);
                out.bulk(c.bytes(1));
                return false;
            case "DEL":
            case "EXISTS": {
                arity(c, argc >= 2);
                boolean del = name.equals("DEL");
                int n = 0;
                for (int i = 1; i < argc; i++) {
                    if (del ? store.delete(c.key(i), now) : store.exists(c.key(i), now)) {
                        n++;
                    }
                }
                out.integer(n);
                return false;
            }
            case "INCR":
            case "DECR":
                arity(c, argc == 2);
                out.integer(store.incrementBy(c.key(1), name.equals("INCR") ? 1 : -1, now));
                return false;
            case "INCRBY":
            case "DECRBY": {
                arity(c, argc == 3);
                long by = integer(c, 2);
                if (name.equals("DECRBY")) {
                    if (by == Long.MIN_VALUE) {
                        throw new CommandException("ERR decrement would overflow");
                    }
                    by = -by;
                }
                out.integer(store.incrementBy(c.key(1), by, now));
                return false;
            }
            case "MGET":
                arity(c, argc >= 2);
                out.array(argc - 1);
                for (int i = 1; i < argc; i++) {
                    out.bulk(store.get(c.key(i), now));
                }
                return false;
            case "MSET":
                arity(c, argc >= 3 && argc % 2 == 1);
                for (int i = 1; i < argc; i += 2) {
                    store.set(c.key(i), c.bytes(i + 1), 0, false, false, now);
                }
                out.ok();
                return false;
            case "EXPIRE":
            case "PEXPIRE": {
                arity(c, argc == 3);
                long t = integer(c, 2);
                long ms = name.equals("EXPIRE") ? multiplyExact(t, 1000, "expire") : t;
                long at = addExact(now, ms, "expire");
                out.integer(store.expireAt(c.key(1), at, now) ? 1 : 0);
                return false;
            }
            case "TTL":
            case "PTTL": {
                arity(c, argc == 2);
                long ms = store.pttl(c.key(1), now);
                out.integer(ms < 0 || name.equals("PTTL") ? ms : (ms + 500) / 1000);
                return false;
            }
            case "DBSIZE":
                arity(c, argc == 1);
                out.integer(store.size(now));
                return false;
            case "FLUSHALL":
            case "FLUSHDB":
                if (argc > 2 || argc == 2 && !c.is(1, "ASYNC") && !c.is(1, "SYNC")) {
                    throw new CommandException("ERR syntax error");
                }
                store.clear();
                out.ok();
                return false;
            case "CONFIG":
                config(c, out);
                return false;
            case "COMMAND":
                out.array(0); // no command table: redis-cli then simply offers no hints
                return false;
            case "QUIT":
                out.ok();
                return true;
            default:
                unknown(c, out);
                return false;
        }
    }

    /** SET key value [NX | XX] [EX seconds | PX milliseconds]. */
    private void set(Command c, Reply out, long now) {
        int argc = c.argc();
        arity(c, argc >= 3);
        boolean nx = false;
        boolean xx = false;
        long expireAt = 0;
        for (int i = 3; i < argc; i++) {
            if (c.is(i, "NX") && !xx) {
                nx = true;
            } else if (c.is(i, "XX") && !nx) {
                xx = true;
            } else if ((c.is(i, "EX") || c.is(i, "PX")) && expireAt == 0 && i + 1 < argc) {
                long t = integer(c, i + 1);
                if (t <= 0) {
                    throw new CommandException("ERR invalid expire time in 'set' command");
                }
                long ms = c.is(i, "EX") ? multiplyExact(t, 1000, "set") : t;
                expireAt = addExact(now, ms, "set");
                i++;
            } else {
                throw new CommandException("ERR syntax error");
            }
        }
        if (store.set(c.key(1), c.bytes(2), expireAt, nx, xx, now)) {
            out.ok();
        } else {
            out.nil();
        }
    }

    /** CONFIG GET parameter: what redis-benchmark asks for (save, appendonly); an unknown parameter gives an empty list. */
    private static void config(Command c, Reply out) {
        if (c.argc() < 2) {
            throw new CommandException("ERR wrong number of arguments for 'config' command");
        }
        if (!c.is(1, "GET")) {
            throw new CommandException("ERR unknown subcommand '" + c.text(1) + "'. Try CONFIG HELP.");
        }
        if (c.argc() != 3) {
            throw new CommandException("ERR wrong number of arguments for 'config|get' command");
        }
        String value = c.is(2, "SAVE") ? "" : c.is(2, "APPENDONLY") ? "no" : c.is(2, "DATABASES") ? "1" : null;
        if (value == null) {
            out.array(0);
            return;
        }
        out.array(2);
        out.bulk(c.text(2).toLowerCase(java.util.Locale.ROOT));
        out.bulk(value);
    }

    /** Redis 7's message: {@code ERR unknown command 'x', with args beginning with: 'a' 'b' }. */
    private static void unknown(Command c, Reply out) {
        StringBuilder m = new StringBuilder("ERR unknown command '").append(abbreviate(c.text(0)))
                .append("', with args beginning with: ");
        for (int i = 1; i < c.argc() && m.length() < 128; i++) {
            m.append('\'').append(abbreviate(c.text(i))).append("' ");
        }
        out.error(m.toString());
    }

    private static String abbreviate(String s) {
        return s.length() > 128 ? s.substring(0, 128) : s;
    }

    private static void arity(Command c, boolean ok) {
        if (!ok) {
            throw new CommandException("ERR wrong number of arguments for '"
                    + new String(c.bytes(0), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT) + "' command");
        }
    }

    private static long integer(Command c, int i) {
        long v = c.longValue(i);
        if (v == Long.MIN_VALUE) {
            throw new CommandException("ERR value is not an integer or out of range");
        }
        return v;
    }

    private static long multiplyExact(long a, long b, String cmd) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new CommandException("ERR invalid expire time in '" + cmd + "' command");
        }
    }

    private static long addExact(long a, long b, String cmd) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new CommandException("ERR invalid expire time in '" + cmd + "' command");
        }
    }
}

package dev.boucle.examples.redis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;

/**
 * The keyspace: string keys to string values, each with an optional expiry time. Expired keys are
 * removed when touched (as in Redis) and by {@link #sweep}, which the server runs now and then.
 *
 * <p>Not thread-safe by itself: the loops of a server share one store and {@link Commands} runs each
 * command holding the store's monitor, so every command is atomic, MSET included (as in Redis, whose
 * commands run one at a time). Uncontended, the monitor costs a few nanoseconds per command. Times
 * are {@link System#currentTimeMillis()} milliseconds, passed in by the caller.
 */
public final class Store {
    /** A value and its expiry time ({@code 0}: none). */
    private static final class Entry {
        byte[] value;
        long expireAt;

        Entry(byte[] value, long expireAt) {
            this.value = value;
            this.expireAt = expireAt;
        }
    }

    private final HashMap<String, Entry> map = new HashMap<>();
    /** The keys that have an expiry time, so a sweep need not scan the whole keyspace. */
    private final HashSet<String> volatileKeys = new HashSet<>();

    /** The live entry of {@code key}, removing it first if it expired. */
    private Entry live(String key, long now) {
        Entry e = map.get(key);
        if (e != null && e.expireAt != 0 && e.expireAt <= now) {
            map.remove(key);
            volatileKeys.remove(key);
            return null;
        }
        return e;
    }

    public byte[] get(String key, long now) {
        Entry e = live(key, now);
        return e == null ? null : e.value;
    }

    public boolean exists(String key, long now) {
        return live(key, now) != null;
    }

    /**
     * SET: stores {@code value}, with expiry time {@code expireAt} ({@code 0}: none; any previous
     * expiry is dropped, as in Redis). {@code nx}: only if absent; {@code xx}: only if present.
     * Returns whether it stored.
     */
    public boolean set(String key, byte[] value, long expireAt, boolean nx, boolean xx, long now) {
        Entry e = live(key, now);
        if (nx && e != null || xx && e == null) {
            return false;
        }
        if (e == null) {
            map.put(key, new Entry(value, expireAt));
        } else {
            if (e.expireAt != 0 && expireAt == 0) {
                volatileKeys.remove(key);
            }
            e.value = value;
            e.expireAt = expireAt;
        }
        if (expireAt != 0) {
            volatileKeys.add(key);
        }
        return true;
    }

    public boolean delete(String key, long now) {
        Entry e = live(key, now);
        if (e == null) {
            return false;
        }
        map.remove(key);
        if (e.expireAt != 0) {
            volatileKeys.remove(key);
        }
        return true;
    }

    /**
     * INCRBY: the value plus {@code by}, stored and returned; a missing key counts as 0; the expiry
     * time is kept.
     *
     * @throws CommandException if the value is not a 64-bit integer, or the sum overflows
     */
    public long incrementBy(String key, long by, long now) {
        Entry e = live(key, now);
        long old = 0;
        if (e != null) {
            old = RespParser.parseLong(e.value, 0, e.value.length);
            if (old == Long.MIN_VALUE) {
                throw new CommandException("ERR value is not an integer or out of range");
            }
        }
        long sum = old + by;
        if (((old ^ sum) & (by ^ sum)) < 0) {
            throw new CommandException("ERR increment or decrement would overflow");
        }
        byte[] v = Long.toString(sum).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (e == null) {
            map.put(key, new Entry(v, 0));
        } else {
            e.value = v;
        }
        return sum;
    }

    /** EXPIRE/PEXPIRE: sets the expiry time of an existing key; a time already past deletes it. Whether the key existed. */
    public boolean expireAt(String key, long at, long now) {
        Entry e = live(key, now);
        if (e == null) {
            return false;
        }
        if (at <= now) {
            delete(key, now);
        } else {
            e.expireAt = at;
            volatileKeys.add(key);
        }
        return true;
    }

    /** PTTL: milliseconds left, {@code -1} if the key has no expiry, {@code -2} if there is no key. */
    public long pttl(String key, long now) {
        Entry e = live(key, now);
        if (e == null) {
            return -2;
        }
        return e.expireAt == 0 ? -1 : e.expireAt - now;
    }

    /** DBSIZE: the number of live keys (expired ones are removed first, so the count is exact). */
    public int size(long now) {
        sweep(now, Integer.MAX_VALUE);
        return map.size();
    }

    public void clear() {
        map.clear();
        volatileKeys.clear();
    }

    /** Removes expired keys, looking at up to {@code limit} keys that have an expiry time; how many it removed. */
    public int sweep(long now, int limit) {
        int removed = 0;
        Iterator<String> it = volatileKeys.iterator();
        for (int seen = 0; seen < limit && it.hasNext(); seen++) {
            String k = it.next();
            Entry e = map.get(k);
            if (e == null || e.expireAt == 0) {
                it.remove();
            } else if (e.expireAt <= now) {
                it.remove();
                map.remove(k);
                removed++;
            }
        }
        return removed;
    }
}

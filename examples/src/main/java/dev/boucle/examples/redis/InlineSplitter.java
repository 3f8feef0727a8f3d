package dev.boucle.examples.redis;

/**
 * Splits an inline request into arguments the way Redis's {@code sdssplitargs} does: blanks separate
 * arguments; {@code "..."} may hold blanks and the escapes {@code \n \r \t \b \a \\ \"} and
 * {@code \xHH}; {@code '...'} holds everything literally except {@code \'}. A closing quote must be
 * followed by a blank or the end of the line.
 */
final class InlineSplitter {
    private InlineSplitter() {}

    static void split(byte[] b, int from, int to, Command cmd) {
        int i = from;
        for (;;) {
            while (i < to && isBlank(b[i])) {
                i++;
            }
            if (i >= to) {
                return;
            }
            cmd.beginInline();
            if (b[i] == '"') {
                i = doubleQuoted(b, i + 1, to, cmd);
            } else if (b[i] == '\'') {
                i = singleQuoted(b, i + 1, to, cmd);
            } else {
                while (i < to && !isBlank(b[i])) {
                    cmd.inlineByte(b[i++]);
                }
            }
        }
    }

    private static int doubleQuoted(byte[] b, int i, int to, Command cmd) {
        for (;;) {
            if (i >= to) {
                throw unbalanced();
            }
            byte c = b[i];
            if (c == '"') {
                return closed(b, i + 1, to);
            }
            if (c == '\\' && i + 3 < to && b[i + 1] == 'x' && hex(b[i + 2]) >= 0 && hex(b[i + 3]) >= 0) {
                cmd.inlineByte((byte) (hex(b[i + 2]) * 16 + hex(b[i + 3])));
                i += 4;
            } else if (c == '\\' && i + 1 < to) {
                byte e = b[i + 1];
                switch (e) {
                    case 'n': cmd.inlineByte((byte) '\n'); break;
                    case 'r': cmd.inlineByte((byte) '\r'); break;
                    case 't': cmd.inlineByte((byte) '\t'); break;
                    case 'b': cmd.inlineByte((byte) '\b'); break;
                    case 'a': cmd.inlineByte((byte) 7); break;
                    default: cmd.inlineByte(e);
                }
                i += 2;
            } else {
                cmd.inlineByte(c);
                i++;
            }
        }
    }

    private static int singleQuoted(byte[] b, int i, int to, Command cmd) {
        for (;;) {
            if (i >= to) {
                throw unbalanced();
            }
            byte c = b[i];
            if (c == '\'') {
                return closed(b, i + 1, to);
            }
            if (c == '\\' && i + 1 < to && b[i + 1] == '\'') {
                cmd.inlineByte((byte) '\'');
                i += 2;
            } else {
                cmd.inlineByte(c);
                i++;
            }
        }
    }

    private static int closed(byte[] b, int i, int to) {
        if (i < to && !isBlank(b[i])) {
            throw unbalanced(); // Redis's message for "a"b too
        }
        return i;
    }

    private static ProtocolException unbalanced() {
        return new ProtocolException("unbalanced quotes in request");
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}

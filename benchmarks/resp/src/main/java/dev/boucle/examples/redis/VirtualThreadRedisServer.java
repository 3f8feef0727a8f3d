package dev.boucle.examples.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;

/**
 * RedisServer's peer with one virtual thread per connection and blocking sockets: the same parser,
 * commands and store as the Boucle server (this class sits in their package to use them), only the
 * I/O model differs. For benchmarks/resp/run.sh.
 *
 * <pre>java -cp benchmarks/resp/target/resp-peers.jar dev.boucle.examples.redis.VirtualThreadRedisServer PORT</pre>
 */
public final class VirtualThreadRedisServer {
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Commands commands = new Commands(new Store());
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port), 1024);
            System.out.println("virtual-thread RedisServer listening on port " + server.getLocalPort());
            System.out.flush();
            for (;;) {
                Socket s = server.accept();
                Thread.ofVirtual().start(() -> serve(s, commands));
            }
        }
    }

    /** Session's loop, blocking: read, run every whole command, write the replies, repeat. */
    static void serve(Socket socket, Commands commands) {
        RespParser parser = new RespParser();
        Command cmd = new Command();
        Reply out = new Reply(4096);
        byte[] buf = new byte[Session.READ_MAX];
        int len = 0;
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream os = socket.getOutputStream();
            for (;;) {
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    return;
                }
                len += n;
                int pos = 0;
                boolean close = false;
                out.clear();
                try {
                    while (pos < len) {
                        int next = parser.parse(buf, pos, len, cmd);
                        if (next == RespParser.INCOMPLETE) {
                            break;
                        }
                        pos = next;
                        if (cmd.argc() > 0 && commands.execute(cmd, out)) {
                            close = true;
                            break;
                        }
                    }
                } catch (ProtocolException e) {
                    out.error("ERR Protocol error: " + e.getMessage());
                    close = true;
                }
                System.arraycopy(buf, pos, buf, 0, len - pos);
                len -= pos;
                if (out.size() > 0) {
                    os.write(out.toByteBuffer().array(), 0, out.size());
                }
                if (close) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }
}

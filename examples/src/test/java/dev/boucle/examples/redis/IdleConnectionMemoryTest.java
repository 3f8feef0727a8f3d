package dev.boucle.examples.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.boucle.examples.RedisServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Heap per idle connection: 10,000 connections held by another process, each used once (a PING),
 * then idle, each with its task waiting in recv on a one-loop RedisServer in this JVM. Measured as the
 * difference in heap after a full GC, divided by the connections. Everything a connection costs is
 * in it: the JDK's channel and selection key, the AsyncSocket, the task, its frames, the session.
 * Target: 2 KiB or less (it was over 64 KiB when each socket kept its own read buffer).
 */
class IdleConnectionMemoryTest {
    static final int WANTED = 10_000;

    @Test
    @Timeout(300)
    void tenThousandIdleConnectionsCostLittleHeap() throws Exception {
        int n = WANTED;
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof UnixOperatingSystemMXBean) {
            long max = ((UnixOperatingSystemMXBean) os).getMaxFileDescriptorCount();
            if (max < WANTED + 500) {
                n = (int) (max - 500); // a low `ulimit -n`: fewer connections, said on the output
                System.out.println("IdleConnectionMemoryTest: ulimit -n is " + max + ", holding " + n + " connections instead of " + WANTED);
            }
        }
        assertTrue(n >= 1000, "too few file descriptors (ulimit -n) to measure: raise it to " + (WANTED + 500));
        RedisServer server = RedisServer.start(new InetSocketAddress("127.0.0.1", 0), 1, RespParser.DEFAULT_MAX_BULK);
        Process clients = null;
        try {
            long before = heapAfterGc();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            clients = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    IdleClients.class.getName(), String.valueOf(server.port()), String.valueOf(n))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(clients.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready " + n, out.readLine());
            long after = heapAfterGc();
            double perConnection = (after - before) / (double) n;
            System.out.printf("IdleConnectionMemoryTest: %,d idle connections: %,d bytes of heap, %.0f bytes each%n",
                    n, after - before, perConnection);
            assertTrue(perConnection <= 2048, perConnection + " bytes of heap per idle connection, over the 2 KiB target");
            assertTrue(perConnection > 100, "the measure sees the connections (" + perConnection + " bytes each)");
        } finally {
            if (clients != null) {
                clients.getOutputStream().close();
                if (!clients.waitFor(30, TimeUnit.SECONDS)) {
                    clients.destroyForcibly();
                }
            }
            server.close();
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

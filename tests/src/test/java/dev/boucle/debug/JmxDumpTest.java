package dev.boucle.debug;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.debug.SourceLines.at;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.Task;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A running process's task dump, through its JMX bean, as JConsole or DumpTasks get it. */
@Timeout(60)
class JmxDumpTest {

    @Async
    static Coroutine<Void> jmxSleeper() {
        await(sleep(Duration.ofMinutes(5))); // LINE:jmx-sleep
        return done();
    }

    @Test
    void theDiagnosticsBeanDumpsEveryOpenLoop() throws Exception {
        Diagnostics.register();
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(Diagnostics.OBJECT_NAME);
        CountDownLatch started = new CountDownLatch(1);
        try (Loop loop = new Loop()) {
            Task<Void> t = loop.schedule(jmxSleeper(), "jmx-sleeper");
            loop.callSoon(started::countDown);
            Thread runner = new Thread(loop::runUntilEmpty, "jmx-loop");
            runner.start();
            assertTrue(started.await(30, TimeUnit.SECONDS));
            String dump = (String) server.invoke(name, "dumpTasks", new Object[0], new String[0]);
            assertTrue(dump.contains("Task 'jmx-sleeper' [RUNNING]: waiting for a timer: sleep until "), dump);
            assertTrue(dump.contains("    at " + at(getClass(), "jmxSleeper", "jmx-sleep") + "\n"), dump);
            assertTrue((Integer) server.getAttribute(name, "OpenLoops") >= 1);
            loop.callSoonThreadsafe(t::cancel);
            runner.join(30_000);
        }
    }
}

package dev.boucle.debug;

import dev.boucle.Loop;
import dev.boucle.internal.LoopAccess;
import dev.boucle.internal.LoopRegistry;
import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Task dumps from outside the program: every open loop of the JVM, dumped on demand, through JMX
 * ({@link BoucleMXBean}) or from code ({@link #dumpAllLoops()}, which a test watchdog can print).
 */
public final class Diagnostics implements BoucleMXBean {
    /** The JMX name of the diagnostics bean. */
    public static final String OBJECT_NAME = "dev.boucle:type=Diagnostics";

    private static volatile boolean registered;

    private Diagnostics() {}

    /**
     * Registers the {@link BoucleMXBean} in the platform MBean server, once; later calls do nothing.
     * Called by every new loop when {@code -Dboucle.jmx=true} or {@code -Dboucle.debug=true}.
     */
    public static void register() {
        if (registered) {
            return;
        }
        synchronized (Diagnostics.class) {
            if (registered) {
                return;
            }
            try {
                MBeanServer server = ManagementFactory.getPlatformMBeanServer();
                server.registerMBean(new Diagnostics(), new ObjectName(OBJECT_NAME));
            } catch (InstanceAlreadyExistsException e) {
                // another class loader's copy of Boucle got there first: theirs answers
            } catch (JMException | RuntimeException e) {
                System.err.println("Boucle: cannot register " + OBJECT_NAME + " for task dumps over JMX: " + e);
            }
            registered = true;
        }
    }

    /** Whether new loops register the bean: {@code -Dboucle.jmx=true}, or debug mode. */
    public static final boolean AUTO = DebugMode.ENABLED || Boolean.getBoolean("boucle.jmx");

    /** The dump of every open loop of this JVM, one after the other. */
    public static String dumpAllLoops() {
        List<Loop> loops = LoopRegistry.open();
        if (loops.isEmpty()) {
            return "Boucle: no open loop in this JVM\n";
        }
        StringBuilder sb = new StringBuilder();
        for (Loop l : loops) {
            sb.append(TaskDump.of(l));
        }
        return sb.toString();
    }

    @Override
    public String dumpTasks() {
        return dumpAllLoops();
    }

    @Override
    public int getOpenLoops() {
        return LoopRegistry.open().size();
    }

    @Override
    public long getLiveTasks() {
        long n = 0;
        LoopAccess a = LoopAccess.get();
        for (Loop l : LoopRegistry.open()) {
            n += a.liveCount(l);
        }
        return n;
    }
}

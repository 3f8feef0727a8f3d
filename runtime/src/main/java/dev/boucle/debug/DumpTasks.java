package dev.boucle.debug;

import com.sun.tools.attach.VirtualMachine;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Prints the task dump of a running JVM: {@code java -cp boucle-runtime.jar dev.boucle.debug.DumpTasks PID}.
 * Attaches to the process (as {@code jcmd} does), starts its local JMX agent if needed, and calls
 * {@link BoucleMXBean#dumpTasks()}. The target must have registered the bean: {@code -Dboucle.jmx=true},
 * debug mode, or {@link Diagnostics#register()}.
 */
public final class DumpTasks {
    private DumpTasks() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp boucle-runtime.jar dev.boucle.debug.DumpTasks PID");
            System.exit(2);
        }
        if (args[0].equals(String.valueOf(ProcessHandle.current().pid()))) {
            System.out.print(Diagnostics.dumpAllLoops());
            return;
        }
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection server = c.getMBeanServerConnection();
            ObjectName name = new ObjectName(Diagnostics.OBJECT_NAME);
            if (!server.isRegistered(name)) {
                System.err.println("Boucle: process " + args[0] + " has no " + Diagnostics.OBJECT_NAME + " bean: start it with"
                        + " -Dboucle.jmx=true (or -Dboucle.debug=true), or call dev.boucle.debug.Diagnostics.register().");
                System.exit(1);
            }
            System.out.print((String) server.invoke(name, "dumpTasks", new Object[0], new String[0]));
        }
    }
}

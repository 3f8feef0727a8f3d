package dev.boucle.debug;

/**
 * The JMX view of this JVM's loops, registered as {@code dev.boucle:type=Diagnostics} by
 * {@link Diagnostics#register()} (automatic with {@code -Dboucle.jmx=true} or in debug mode).
 * Reach it with JConsole or VisualVM (MBeans tab), any JMX client, or
 * {@code java -cp boucle-runtime.jar dev.boucle.debug.DumpTasks PID}.
 */
public interface BoucleMXBean {
    /** The task dump of every open loop of the JVM ({@link TaskDump#of}), one after the other. */
    String dumpTasks();

    /** How many loops are open. */
    int getOpenLoops();

    /** How many tasks are alive, over all open loops (read without stopping them: approximate). */
    long getLiveTasks();
}

package dev.boucle.agent;

import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * Boucle's Java agent: rewrites every {@code @Async} method of every class loaded after it is
 * installed.
 *
 * <p>Two ways in:
 * <ul>
 *   <li>{@code java -javaagent:path/to/boucle-agent.jar ...} ({@link #premain}): every class is
 *       covered, nothing is printed. The way to run in development, tests and production.</li>
 *   <li>{@link #install()} from the program itself, for tests and programs that cannot change
 *       their command line: attaches to the running JVM with Byte Buddy's agent attach. Only classes
 *       loaded <em>after</em> the call are rewritten (a class already loaded cannot gain methods), so
 *       call it first thing in {@code main}, before any class with {@code @Async} methods is touched.</li>
 * </ul>
 *
 * <p>Either way the system property {@value #PROPERTY} is set to the agent's version; the runtime
 * reads it to tell "no agent" from "agent present but the method was not rewritten".
 */
public final class BoucleAgent {
    private BoucleAgent() {}

    /** The agent's version, the value of {@value #PROPERTY} once installed. */
    public static final String VERSION = "0.1.0";
    /** The system property set when the agent is installed (read by the runtime's error messages). */
    public static final String PROPERTY = "dev.boucle.agent";

    private static Instrumentation installed;

    /** The {@code -javaagent} entry point. */
    public static void premain(String args, Instrumentation inst) {
        register(inst);
    }

    /** The entry point when this jar is attached to a running JVM. */
    public static void agentmain(String args, Instrumentation inst) {
        register(inst);
    }

    /**
     * Attaches the agent to the running JVM, if it is not installed yet (idempotent; also a no-op
     * when the JVM was started with {@code -javaagent:boucle-agent.jar}).
     *
     * <p>It uses Byte Buddy's {@code ByteBuddyAgent.install()}, which needs a JDK (the
     * {@code jdk.attach} module), not a bare JRE. On JDK 21 and later the JVM prints, once, on
     * standard error (JEP 451, "prepare to disallow the dynamic loading of agents"):
     * <pre>
     * WARNING: A Java agent has been loaded dynamically (.../byte-buddy-agent-....jar)
     * WARNING: If a serviceability tool is in use, please run with -XX:+EnableDynamicAgentLoading to hide this warning
     * WARNING: If a serviceability tool is not in use, please run with -Djdk.instrument.traceUsage for more information
     * WARNING: Dynamic loading of agents will be disallowed by default in a future release
     * </pre>
     * Start the JVM with {@code -XX:+EnableDynamicAgentLoading} to silence it (and to keep
     * {@code install()} working once a future JDK disallows dynamic loading by default); better,
     * use {@code -javaagent:path/to/boucle-agent.jar}, which needs neither.
     *
     * @throws IllegalStateException if the JVM does not allow attaching
     */
    public static synchronized void install() {
        if (installed != null || System.getProperty(PROPERTY) != null) {
            return;
        }
        Instrumentation inst;
        try {
            inst = ByteBuddyAgent.install();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("Boucle: could not attach the agent to this JVM (" + e
                    + "). Run with -javaagent:path/to/boucle-agent.jar instead.", e);
        }
        register(inst);
    }

    /** Whether this class registered the transformer in this JVM. */
    public static synchronized boolean isInstalled() {
        return installed != null;
    }

    /**
     * Registers the transformer. First of all it loads {@code ConcurrentHashMap$ForwardingNode}: on
     * JDK 25, an agent named by {@code Launcher-Agent-Class} starts before any concurrent map of the
     * JVM has been resized, and the first resize (the application class loader's lock map, while
     * loading this agent's classes) loaded that class from the CDS archive with the agent's
     * class-file hook already enabled, which failed every time with a {@code ClassCircularityError}
     * at this method (seen with {@code -Xlog:class+load}). Loaded here, before any map work, it is
     * loaded once and for all. Then the property is set, the transformer's own classes are loaded
     * ({@link BoucleTransformer#warmUp}), and the transformer is registered last, so that running it
     * never needs to load a class for the first time.
     */
    private static synchronized void register(Instrumentation inst) {
        preloadMapResizeNode();
        if (installed != null) {
            return;
        }
        System.setProperty(PROPERTY, VERSION);
        BoucleTransformer transformer = new BoucleTransformer();
        transformer.warmUp();
        inst.addTransformer(transformer, false);
        installed = inst;
    }

    private static void preloadMapResizeNode() {
        try {
            Class.forName("java.util.concurrent.ConcurrentHashMap$ForwardingNode", false, null);
        } catch (ClassNotFoundException e) {
            // another JDK's map: nothing to preload
        }
    }
}

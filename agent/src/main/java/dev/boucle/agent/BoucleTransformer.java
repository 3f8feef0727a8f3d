package dev.boucle.agent;

import dev.boucle.instrumenter.Instrumenter;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * The agent's {@link ClassFileTransformer}: {@link Instrumenter#instrument} on every class being
 * defined, diagnostics to standard error. Redefinitions and retransformations are left alone
 * (they cannot add the body methods). Tolerates {@code loader == null} (bootstrap classes) and
 * {@code className == null} (hidden classes): the instrumenter takes the name from the bytes.
 */
final class BoucleTransformer implements ClassFileTransformer {

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (classBeingRedefined != null || classfileBuffer == null || !Instrumenter.mentionsAsync(classfileBuffer)) {
            return null; // the common case: no allocation
        }
        try {
            return Instrumenter.instrument(classfileBuffer, new LoaderClassFiles(loader), className == null
                    ? BoucleTransformer::report
                    : m -> report(m.replace(Instrumenter.UNKNOWN_CLASS, className.replace('/', '.'))));
        } catch (Throwable t) {
            report("Boucle: could not instrument class " + className + ", left unchanged: " + t);
            return null;
        }
    }

    /**
     * Runs the transformer's path once, before it is registered, so that transforming never loads a
     * class the first time (see {@link BoucleAgent}): the scan, the class-file source, the
     * instrumenter on a class without {@code @Async}.
     */
    void warmUp() {
        byte[] none = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 1};
        transform(getClass().getClassLoader(), "dev/boucle/agent/WarmUp", null, null, none);
        new LoaderClassFiles(null).toString();
    }

    static void report(String message) {
        System.err.println(message);
    }
}

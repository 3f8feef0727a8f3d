package dev.boucle.agent;

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
        if (classBeingRedefined != null) {
            return null;
        }
        try {
            return Instrumenter.instrument(classfileBuffer, loader, className == null ? BoucleTransformer::report
                    : m -> report(m.replace(Instrumenter.UNKNOWN_CLASS, className.replace('/', '.'))));
        } catch (Throwable t) {
            report("Boucle: could not instrument class " + className + ", left unchanged: " + t);
            return null;
        }
    }

    static void report(String message) {
        System.err.println(message);
    }
}

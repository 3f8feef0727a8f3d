package dev.boucle.instrumenter;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Which packages of the JDK's modules code in other modules may name: the running JDK's module
 * descriptors (read, not loaded), unqualified exports only. A public class of a package that is
 * not exported ({@code jdk/internal/...}, {@code sun/nio/ch}, ...) is as inaccessible to user code
 * as a package-private one: a {@code checkcast} to it is an {@code IllegalAccessError}.
 */
final class JdkExports {
    private JdkExports() {}

    /** Internal package name ({@code java/lang}) to whether it is exported to everyone. */
    private static final Map<String, Boolean> PACKAGES = read();

    private static Map<String, Boolean> read() {
        Map<String, Boolean> m = new HashMap<>();
        for (ModuleReference r : ModuleFinder.ofSystem().findAll()) {
            ModuleDescriptor d = r.descriptor();
            for (String p : d.packages()) {
                m.putIfAbsent(p.replace('.', '/'), false);
            }
            for (ModuleDescriptor.Exports e : d.exports()) {
                if (!e.isQualified()) {
                    m.put(e.source().replace('.', '/'), true);
                }
            }
        }
        return m;
    }

    /** Whether {@code pkg} (internal form) belongs to a JDK module that does not export it to everyone. */
    static boolean isEncapsulated(String pkg) {
        return Boolean.FALSE.equals(PACKAGES.get(pkg));
    }
}

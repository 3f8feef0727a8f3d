package dev.boucle.agent;

import dev.boucle.instrumenter.ClassDirectory;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent jar's command line ({@code Main-Class}): build-time instrumentation without Maven.
 * <pre>
 * java -jar boucle-agent.jar instrument [--class-path PATH] DIR...
 * </pre>
 * rewrites, in place, every class file under each {@code DIR} (see {@link ClassDirectory}); the
 * class path (entries separated by the platform's path separator) is where the super types of the
 * classes are read. Exit status 0 when every {@code @Async} method was rewritten, 1 when some were
 * refused (each diagnostic on standard error: the build must fail, those methods would throw), 2
 * for a usage error.
 */
public final class Main {
    private Main() {}

    static final String USAGE = "usage: java -jar boucle-agent.jar instrument [--class-path PATH] DIR...\n"
            + "  rewrites the @Async methods of the class files under each DIR, in place, so that they run\n"
            + "  without -javaagent. PATH: where the classes' super types are found (dirs and jars, separated by '"
            + File.pathSeparator + "').";

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("instrument")) {
            err.println(args.length == 0 ? USAGE : "Boucle: unknown command '" + args[0] + "'.\n" + USAGE);
            return 2;
        }
        List<Path> classPath = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--class-path") || args[i].equals("-cp")) {
                if (i + 1 == args.length) {
                    err.println("Boucle: " + args[i] + " needs a value.\n" + USAGE);
                    return 2;
                }
                for (String e : args[++i].split(File.pathSeparator)) {
                    if (!e.isEmpty()) {
                        classPath.add(Path.of(e));
                    }
                }
            } else {
                dirs.add(Path.of(args[i]));
            }
        }
        if (dirs.isEmpty()) {
            err.println("Boucle: no directory to instrument.\n" + USAGE);
            return 2;
        }
        int errors = 0;
        for (Path dir : dirs) {
            ClassDirectory.Report r;
            try {
                r = ClassDirectory.instrument(dir, classPath);
            } catch (IOException e) {
                err.println("Boucle: cannot instrument " + dir + ": " + e.getMessage());
                return 2;
            }
            r.notes.forEach(err::println);
            r.errors.forEach(err::println);
            errors += r.errors.size();
            out.println("Boucle: " + dir + ": " + r);
        }
        return errors == 0 ? 0 : 1;
    }
}

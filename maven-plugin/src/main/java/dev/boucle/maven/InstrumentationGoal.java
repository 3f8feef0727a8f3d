package dev.boucle.maven;

import dev.boucle.instrumenter.ClassDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What both goals do: rewrite, in place, the {@code @Async} methods of one directory of class files
 * ({@link ClassDirectory}), reading super types from the class path. Any refusal fails the build
 * with the instrumenter's diagnostic: a refused method would throw when called.
 */
abstract class InstrumentationGoal extends AbstractMojo {

    /** Skips the goal ({@code -Dboucle.skip}). */
    @Parameter(property = "boucle.skip", defaultValue = "false")
    boolean skip;

    abstract File classesDirectory();

    abstract List<String> classPath();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        File dir = classesDirectory();
        if (skip) {
            getLog().info("Boucle: skipped");
            return;
        }
        if (dir == null || !dir.isDirectory()) {
            getLog().info("Boucle: no class directory " + dir + ", nothing to instrument");
            return;
        }
        List<Path> path = new ArrayList<>();
        for (String e : classPath()) {
            Path p = Path.of(e);
            if (!p.equals(dir.toPath())) {
                path.add(p);
            }
        }
        ClassDirectory.Report r;
        try {
            r = ClassDirectory.instrument(dir.toPath(), path);
        } catch (IOException e) {
            throw new MojoExecutionException("Boucle: cannot instrument " + dir + ": " + e.getMessage(), e);
        }
        r.notes.forEach(getLog()::warn);
        r.errors.forEach(getLog()::error);
        if (!r.errors.isEmpty()) {
            throw new MojoFailureException(String.join("\n", r.errors));
        }
        getLog().info("Boucle: " + dir + ": " + r);
    }
}

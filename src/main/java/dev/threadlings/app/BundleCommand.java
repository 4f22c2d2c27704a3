package dev.threadlings.app;

import dev.threadlings.course.Course;
import dev.threadlings.course.GradingBundle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code threadlings bundle DIR}: what a teacher builds a grading container from — the app, the course without its
 * answers ({@link GradingBundle}) and a {@code Containerfile} that runs it as a user who cannot change it.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Make a grading bundle: the app and the course without reference solutions, wrong variants or "
                + "mutation reports, with a Containerfile to build a grading image from.")
final class BundleCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", descriptionKey = "dir", description = "an empty or new folder to make the bundle in")
    Path out;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var opened = CourseOpening.open(root.course, root.language(), System.err);
        if (opened.isEmpty()) {
            return 2;
        }
        Course course = opened.get();
        Path jar;
        try {
            jar = Path.of(BundleCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            err.println("threadlings: cannot tell where the app is: " + e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(jar) || !Files.isDirectory(jar.resolveSibling("lib"))) {
            err.println("threadlings: a bundle is made from the built app (target/threadlings.jar and target/lib): "
                    + "run it as ./threadlings bundle " + out);
            return 2;
        }
        try {
            GradingBundle.copy(course.root(), out);
            Files.copy(jar, out.resolve("threadlings.jar"));
            Path lib = Files.createDirectories(out.resolve("lib"));
            try (Stream<Path> jars = Files.list(jar.resolveSibling("lib"))) {
                for (Path j : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                    Files.copy(j, lib.resolve(j.getFileName().toString()));
                }
            }
            try (InputStream recipe = BundleCommand.class.getResourceAsStream("Containerfile")) {
                Files.copy(recipe, out.resolve("Containerfile"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            err.println("threadlings: could not make the bundle: " + e.getMessage());
            return 2;
        }
        var o = spec.commandLine().getOut();
        o.println("A grading bundle is in " + out + ": " + course.exercises().size()
                + " exercises without their solutions, the app, and a Containerfile.");
        o.println("Build the image:  docker build -t threadlings-grader " + out);
        o.println("Grade a class:    see the top of " + out.resolve("Containerfile"));
        return 0;
    }
}

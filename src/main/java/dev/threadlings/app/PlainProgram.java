package dev.threadlings.app;

import dev.threadlings.eval.TempFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A benchmark program run the ordinary way, for comparison with the sandbox: compiled once into a temp folder,
 * then run in a fresh JVM that prints its own elapsed nanoseconds on standard output.
 */
final class PlainProgram {
    private final Path dir;
    private final String mainClass;

    private PlainProgram(Path dir, String mainClass) {
        this.dir = dir;
        this.mainClass = mainClass;
    }

    /** Compiles {@code source} (class {@code mainClass}); empty, with the reason printed, when it does not compile. */
    static Optional<PlainProgram> compile(String mainClass, String source) throws IOException {
        Path dir = TempFolders.create("plain");
        Path file = dir.resolve(mainClass + ".java");
        Files.writeString(file, source);
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        if (javac == null || javac.run(null, null, null, "-d", dir.toString(), file.toString()) != 0) {
            System.out.println(mainClass + ": could not compile the program");
            return Optional.empty();
        }
        return Optional.of(new PlainProgram(dir, mainClass));
    }

    /** Runs it once; the seconds it reported, or empty (with what it printed) when it printed no number. */
    Optional<Double> seconds(String... jvmOptions) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", dir.toString(), mainClass));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        try {
            p.waitFor();
            return Optional.of(Long.parseLong(out) / 1e9);
        } catch (InterruptedException | NumberFormatException e) {
            System.out.println(mainClass + ": the plain run printed " + out);
            return Optional.empty();
        }
    }
}

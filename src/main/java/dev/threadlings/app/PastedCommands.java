package dev.threadlings.app;

import dev.threadlings.course.Language;
import dev.threadlings.report.Rerun;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a command printed for pasting ({@link Rerun}) must say beyond its own arguments to run where it is pasted:
 * the course folder unless it is the current one (which is where a pasted command looks first), the language when
 * {@code --lang} chose it (the shell's locale would pick the other).
 */
final class PastedCommands {
    private PastedCommands() {}

    static Rerun.Launch launch(Path course, Language explicit) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path root = course.toAbsolutePath().normalize();
        return new Rerun.Launch(root.equals(here) ? Optional.empty() : Optional.of(root),
                Optional.ofNullable(explicit).map(Language::tag));
    }

    /** For {@code threadlings sandbox} and {@code step} on a file: no course to find. */
    static Rerun.Launch launch(Language explicit) {
        return new Rerun.Launch(Optional.empty(), Optional.ofNullable(explicit).map(Language::tag));
    }
}

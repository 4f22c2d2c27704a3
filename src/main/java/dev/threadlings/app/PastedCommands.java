package dev.threadlings.app;

import dev.threadlings.course.Language;
import dev.threadlings.report.Rerun;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a command printed for pasting ({@link Rerun}) must say beyond its own arguments to run where it is pasted
 * ({@link Rerun.Launch#here}): the language only when {@code --lang} chose it (the shell's locale picks the same
 * one otherwise).
 */
final class PastedCommands {
    private PastedCommands() {}

    static Rerun.Launch launch(Path course, Language explicit) {
        return Rerun.Launch.here(Optional.of(course), Optional.ofNullable(explicit).map(Language::tag));
    }

    /** For {@code threadlings sandbox} and {@code step} on a file: no course to find. */
    static Rerun.Launch launch(Language explicit) {
        return Rerun.Launch.here(Optional.empty(), Optional.ofNullable(explicit).map(Language::tag));
    }
}

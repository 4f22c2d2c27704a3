package dev.threadlings.course;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Another correct solution kept with an exercise, {@code exercises/<id>/right/<name>/<file>}: written the way a
 * learner might (atomics instead of a monitor, an executor instead of raw threads, streams instead of loops), so the
 * course test can prove that the checks accept correct code and not only the one reference solution.
 *
 * @param name        the folder name: the other way in a few words ({@code long-adder}, {@code reentrant-lock})
 * @param file        the correct solution itself
 * @param explanation the Markdown of its {@code why.md} under the optional front matter: how it differs from the
 *                    reference and why it is still correct
 */
public record RightVariant(String name, Path file, String explanation) {

    public RightVariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String toString() {
        return name;
    }
}

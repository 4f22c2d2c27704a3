package dev.threadlings.course;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A plausible wrong solution kept with an exercise, {@code exercises/<id>/wrong/<name>/<file>}, and why it is wrong:
 * its {@code why.md} names the check that must reject it, so the course test can prove that it fails for that reason
 * and not by accident.
 *
 * @param name       the folder name: the mistake in a few words ({@code volatile-field}, {@code unlock-outside-finally})
 * @param file       the wrong solution itself
 * @param failsCheck the name of the check that must fail (a {@code ## } heading of checks.md); empty for a variant
 *                   without a {@code why.md}, which only has to fail somewhere
 * @param failsAs    the failure class that check must report ({@code data-race}, {@code deadlock}, {@code output} —
 *                   the {@code kind} of the failed check's result); empty when any failure of that check will do
 * @param explanation the Markdown under the front matter: what a learner who wrote this believed, and why it is wrong
 */
public record WrongVariant(String name, Path file, Optional<String> failsCheck, Optional<String> failsAs,
                           String explanation) {

    /** The file beside each wrong solution that says why it is wrong. */
    public static final String WHY_FILE = "why.md";

    public WrongVariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(failsCheck, "failsCheck");
        Objects.requireNonNull(failsAs, "failsAs");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String toString() {
        return name;
    }
}

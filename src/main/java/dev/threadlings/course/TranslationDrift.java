package dev.threadlings.course;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Translations whose English changed since they were translated: the hash a translation records
 * ({@code translated-from:}) against the {@link SourceHash} of its original today. A drifted translation still
 * loads (it is only out of date); the course's drift test fails on one, so an English edit cannot silently leave
 * the Chinese edition behind.
 */
public final class TranslationDrift {

    /**
     * One translation out of step with its original.
     *
     * @param translation the translated file, relative to the course root
     * @param original    its English original, relative to the course root
     * @param recorded    the hash the translation records; empty when it records none
     * @param current     the original's hash now; empty when the original does not exist
     */
    public record Drift(Path translation, Path original, Optional<String> recorded, Optional<String> current) {

        /** What happened and what to do about it, in one line. */
        public String explain() {
            String t = slashed(translation);
            String o = slashed(original);
            if (current.isEmpty()) {
                return t + ": its original " + o + " does not exist: delete the translation or rename it with its"
                        + " original";
            }
            return t + ": " + o + " changed since it was translated (recorded " + recorded.orElse("nothing")
                    + ", now " + current.get() + "): update the translation to the English, then mark it reviewed"
                    + " with `translated-from: " + current.get() + "` in its front matter";
        }
    }

    private TranslationDrift() {
    }

    /** Every translation into {@code language} under {@code root} that is out of step, sorted by path. */
    public static List<Drift> of(Path root, Language language) throws IOException {
        List<Drift> drifts = new ArrayList<>();
        for (Path translation : translations(root, language)) {
            Path original = translation.getParent().resolveSibling(translation.getFileName());
            Optional<String> recorded = recordedHash(translation);
            Optional<String> current = Files.isRegularFile(original)
                    ? Optional.of(SourceHash.of(Files.readString(original, StandardCharsets.UTF_8)))
                    : Optional.empty();
            if (current.isEmpty() || !current.equals(recorded)) {
                drifts.add(new Drift(root.relativize(translation), root.relativize(original), recorded, current));
            }
        }
        return drifts;
    }

    /** The translated files: lessons ({@code lessons/zh/NN-*.md}) and exercise files ({@code exercises/<id>/zh/*.md}). */
    public static List<Path> translations(Path root, Language language) throws IOException {
        List<Path> found = new ArrayList<>();
        Path lessons = root.resolve(CourseLoader.LESSONS).resolve(language.tag());
        if (Files.isDirectory(lessons)) {
            try (Stream<Path> files = Files.list(lessons)) {
                files.filter(LessonReader::isLessonFile).forEach(found::add);
            }
        }
        Path exercises = root.resolve(CourseLoader.EXERCISES);
        if (Files.isDirectory(exercises)) {
            try (Stream<Path> dirs = Files.list(exercises)) {
                for (Path dir : dirs.map(d -> d.resolve(language.tag())).filter(Files::isDirectory).toList()) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.filter(f -> f.getFileName().toString().endsWith(".md")).forEach(found::add);
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    // the key's value as written; a translation too broken to read records nothing (the loader reports why)
    private static Optional<String> recordedHash(Path translation) {
        Problems ignored = new Problems(translation.getParent());
        return SourceFile.read(translation, true, ignored).flatMap(s -> FrontMatter.read(s, ignored))
                .flatMap(fm -> fm.peek(TranslationFile.TRANSLATED_FROM));
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}

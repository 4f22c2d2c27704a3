package dev.threadlings.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.CourseProblem;
import dev.threadlings.course.Language;
import dev.threadlings.course.TranslationDrift;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The course's translations load without a problem in every language, and are in step with its English: an English lesson, statement, hints or checks file that
 * changed fails this until its translation is updated and re-marked ({@code translated-from:} the new hash, which
 * the failure prints).
 */
class TranslationContentTest {

    @Test
    void theCourseLoadsInEveryLanguageWithoutProblems() {
        Path root = Path.of("").toAbsolutePath();
        for (Language language : Language.values()) {
            List<String> problems = CourseLoader.load(root, language).problems().stream()
                    .map(CourseProblem::toString).toList();
            assertEquals(List.of(), problems, language.tag() + ":\n" + String.join("\n", problems));
        }
    }

    @Test
    void everyTranslationWasReviewedAgainstTheCurrentEnglish() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        for (Language language : Language.values()) {
            if (language.isOriginal()) {
                continue;
            }
            List<String> drifted = TranslationDrift.of(root, language).stream().map(TranslationDrift.Drift::explain)
                    .toList();
            assertEquals(List.of(), drifted, () -> drifted.size() + " translation(s) into " + language.tag()
                    + " out of step with their English:\n" + String.join("\n", drifted));
        }
    }
}

package dev.threadlings.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.checking.ExerciseChecker;
import dev.threadlings.course.Exercise;
import dev.threadlings.grade.Verdict;
import dev.threadlings.report.Styled;
import dev.threadlings.report.Rerun;
import dev.threadlings.report.VerdictText;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's tour quotes what {@code /check} prints for the starter of races-counter. Quoted by hand it drifted
 * from the tool; here the tool renders it, and the README must hold exactly that (up to the seconds a search took).
 */
class ReadmeTourTest {
    /** The width the tour is shown at: the README's code blocks are read on screens at least this wide. */
    static final int WIDTH = 112;
    static final String EXERCISE = "races-counter";

    @Test
    void theTourQuotesWhatCheckPrintsForTheStarter() throws IOException {
        Exercise exercise = CourseContentTest.COURSE.exercise(EXERCISE).orElseThrow();
        Verdict v;
        try (ExerciseChecker checker = new ExerciseChecker()) {
            v = checker.check(exercise, exercise.starterFile());
        }
        // as /check shows it: the failing schedule with the commands that replay it and step through it, on the
        // learner's work copy (a home folder of the README's)
        var reruns = Rerun.ofChecks(Rerun.Launch.PLAIN, EXERCISE, exercise.checks().stream().map(c -> c.name())
                .toList(), Path.of("/home/you/threadlings/work", EXERCISE, exercise.fileName()));
        String quote = String.join("\n", firstFailureInFull(Styled.fitted(VerdictText.describe(v, EXERCISE, WIDTH,
                Messages.ENGLISH, reruns), WIDTH)));
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(withoutSeconds(readme).contains(withoutSeconds(quote)), () -> "README.md's tour must quote what "
                + "/check prints for the starter of " + EXERCISE + " at " + WIDTH + " columns (the verdict down to the "
                + "first failing check's details), which is now:\n" + quote);
    }

    /** The verdict's lines up to the second failing check: the summary, the passes and one failure in full. */
    static List<String> firstFailureInFull(List<Styled> lines) {
        List<String> out = new ArrayList<>();
        int failures = 0;
        for (Styled l : lines) {
            if (l.text().startsWith("  ✘ ") && ++failures == 2) {
                break;
            }
            out.add(l.text());
        }
        return out;
    }

    private static String withoutSeconds(String text) {
        return text.replaceAll("\\(\\d+\\.\\d s\\)", "(… s)");
    }
}

package dev.threadlings.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.course.Exercise;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report keeps the author's equivalence section word for word, and counts its mutants as equivalent. */
class MutationReportTest {
    private static final String SOLUTION = "class C {\n    synchronized void a() {}\n    synchronized void b() {}\n}\n";

    private static final Exercise EXERCISE = new Exercise("ex", "Ex", "lesson", Path.of("/course/exercises/ex"),
            "C.java", "", List.of(), 3, List.of(), false, List.of(), List.of());

    private static ExerciseMutants run(MutantOutcome first, MutantOutcome second) {
        List<Mutant> mutants = Operators.mutants(SOLUTION);
        return new ExerciseMutants(EXERCISE, Optional.empty(),
                List.of(new Graded(mutants.get(0), first, 1.0), new Graded(mutants.get(1), second, 2.0)), 3.0);
    }

    @Test
    void aFreshReportHasAnEmptyEquivalenceSectionAndCountsTheSurvivor() {
        ExerciseMutants run = run(new MutantOutcome.Killed("check one", "data-race"), new MutantOutcome.Survived());
        String report = MutationReport.render(run, Equivalents.read(""), "commit `abc1234`, now", SOLUTION);
        assertTrue(report.contains("| 2 | 1 | 1 | 0 | 0 | 0 | 50 % |"), report);
        assertTrue(report.contains("killed by \"check one\" (data-race)"), report);
        assertTrue(report.contains("-    synchronized void b() {}\n+    void b() {}\n"), report);
        assertTrue(report.contains("commit `abc1234`, now"), report);
        assertEquals(Map.of(), Equivalents.read(report).reasons());
    }

    @Test
    void theAuthorsSectionSurvivesRegenerationWordForWord() {
        ExerciseMutants run = run(new MutantOutcome.Killed("check one", "data-race"), new MutantOutcome.Survived());
        String survivor = run.graded().get(1).mutant().id();
        String first = MutationReport.render(run, Equivalents.read(""), "then", SOLUTION);
        String authorSection = Equivalents.HEADING + "\n\nWhy these cannot be told apart:\n\n- `" + survivor
                + "`: b() is only called after join, which orders it.\n- `gone@9#000000`: an old entry, kept.\n";
        String edited = first.substring(0, first.indexOf(Equivalents.HEADING)) + authorSection;

        Equivalents read = Equivalents.read(edited);
        assertEquals(Map.of(survivor, "b() is only called after join, which orders it.",
                "gone@9#000000", "an old entry, kept."), read.reasons());
        String again = MutationReport.render(run, read, "later", SOLUTION);
        assertTrue(again.endsWith(authorSection), again);
        assertTrue(again.contains("| 2 | 1 | 0 | 1 | 0 | 0 | 100 % |"), again);
        assertEquals(read, Equivalents.read(again));
    }

    @Test
    void aMutantListedAsEquivalentThatIsKilledIsFlagged() {
        ExerciseMutants run = run(new MutantOutcome.Killed("check one", "assertion"), new MutantOutcome.Survived());
        String killed = run.graded().get(0).mutant().id();
        Equivalents listed = Equivalents.read(Equivalents.HEADING + "\n\n- `" + killed + "`: wrongly thought equal\n");
        String report = MutationReport.render(run, listed, "now", SOLUTION);
        assertTrue(report.contains("listed as equivalent, but a check kills it"), report);
        assertEquals(1, Score.of(run, listed).killed());
    }
}

package dev.threadlings.app;

import com.google.gson.GsonBuilder;
import dev.threadlings.course.Course;
import dev.threadlings.course.Language;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Suggestions;
import dev.threadlings.mutation.Equivalents;
import dev.threadlings.mutation.ExerciseMutants;
import dev.threadlings.mutation.Graded;
import dev.threadlings.mutation.MutantOutcome;
import dev.threadlings.mutation.MutationReport;
import dev.threadlings.mutation.MutationRun;
import dev.threadlings.text.Messages;
import dev.threadlings.mutation.Operators;
import dev.threadlings.mutation.Score;
import dev.threadlings.eval.TempFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code threadlings dev mutants}: concurrency mutation testing of exercises. Each reference solution is mutated
 * by every operator in {@link Operators}, each mutant is graded by the exercise's own checks, and the outcome is
 * written to {@code exercises/<id>/mutants.md} (keeping the author's equivalence section).
 */
@Command(name = "mutants", mixinStandardHelpOptions = true,
        description = {"Mutate reference solutions with concurrency mistakes and grade every mutant with the "
                + "exercise's checks; writes exercises/<id>/mutants.md.",
                "Exit code 0: every counted mutant killed or listed as equivalent; 1: a mutant survived; "
                        + "2: could not run (or a solution fails its checks)."})
final class MutantsCommand implements Callable<Integer> {
    @ParentCommand
    DevCommand dev;

    @Parameters(arity = "0..*", paramLabel = "ID", descriptionKey = "ids", description = "exercise ids")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "every exercise")
    boolean all;

    @Option(names = "--json", description = "machine-readable results on standard output")
    boolean json;

    @Option(names = "--jobs", defaultValue = "2", description = "mutants graded at once (default: ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--no-write", description = "do not write mutants.md files")
    boolean noWrite;

    @Option(names = "--quiet", description = "no line per mutant on standard error")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        // English whatever the locale: the mutants.md files it writes are the course's, committed beside the checks
        var opened = CourseOpening.open(dev.root.course, Language.EN, System.err);
        if (opened.isEmpty()) {
            return 2;
        }
        Course course = opened.get();
        // a challenge has no solution code to mutate: what is graded is a schedule
        List<Exercise> chosen = new ArrayList<>(all ? course.exercises().stream().filter(e -> !e.challenge()).toList()
                : List.of());
        for (String id : ids) {
            var e = course.exercise(id);
            if (e.isEmpty()) {
                System.err.println("threadlings: no exercise '" + id + "'" + Suggestions.didYouMean(id,
                        course.exercises().stream().map(Exercise::id).toList()) + "; `threadlings list` shows them.");
                return 2;
            }
            if (e.get().challenge()) {
                System.err.println("threadlings: " + id + " is a break-it challenge: it has no solution code to "
                        + "mutate (its proof is its stored schedule, in the course test)");
                return 2;
            }
            chosen.add(e.get());
        }
        if (chosen.isEmpty()) {
            System.err.println("threadlings: name an exercise, or --all; `threadlings list` shows them.");
            return 2;
        }
        Optional<GitOrigin> origin = GitOrigin.start(course.root());
        String outsideGit = "a course outside git, " + GitOrigin.now();
        Path scratch = TempFolders.create("mutants");
        long start = System.nanoTime();
        List<ExerciseMutants> runs;
        try {
            Messages text = dev.root.messages();
            MutantWords words = MutantWords.of(course, dev.root.language(), text);
            runs = new MutationRun(jobs, scratch, (exercise, graded) -> {
                if (!quiet) {
                    System.err.println(words.progress(exercise, graded));
                }
            }).run(chosen);
        } finally {
            TempFolders.delete(scratch); // what it cannot delete, the next run sweeps
        }
        double wall = (System.nanoTime() - start) / 1e9;
        origin.ifPresent(GitOrigin::finish);
        Map<ExerciseMutants, Score> scores = new LinkedHashMap<>();
        Map<ExerciseMutants, Equivalents> notes = new LinkedHashMap<>();
        for (ExerciseMutants run : runs) {
            Path reportFile = run.exercise().dir().resolve("mutants.md");
            Equivalents equivalents = Equivalents.read(Files.exists(reportFile) ? Files.readString(reportFile) : "");
            scores.put(run, Score.of(run, equivalents));
            notes.put(run, equivalents);
            if (!noWrite) {
                String from = origin.map(o -> o.describe(run.exercise().dir())).orElse(outsideGit);
                Files.writeString(reportFile, MutationReport.render(run, equivalents, from,
                        Files.readString(run.exercise().solutionFile())));
            }
        }
        int exit = scores.entrySet().stream().mapToInt(e -> e.getKey().notGraded().isPresent() ? 2
                : e.getValue().survived() > 0 ? 1 : 0).max().orElse(0);
        if (json) {
            System.out.println(json(scores, wall, exit));
        } else {
            MutantsTable.print(notes, wall, System.out, dev.root.messages()); // the table in the reader's language
        }
        return CourseOpening.exitCode(course, exit, System.err);
    }

    private static String json(Map<ExerciseMutants, Score> scores, double wall, int exit) {
        List<Map<String, Object>> exercises = new ArrayList<>();
        scores.forEach((run, score) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", run.exercise().id());
            run.notGraded().ifPresent(why -> e.put("notGraded", why));
            e.put("score", score);
            List<Map<String, Object>> mutants = new ArrayList<>();
            for (Graded g : run.graded()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", g.mutant().id());
                m.put("operator", g.mutant().operator());
                m.put("line", g.mutant().line());
                m.put("description", g.mutant().description());
                m.put("outcome", switch (g.outcome()) {
                    case MutantOutcome.Killed k -> "killed";
                    case MutantOutcome.Survived s -> "survived";
                    case MutantOutcome.Stillborn s -> "stillborn";
                    case MutantOutcome.CouldNotCheck c -> "could-not-check";
                });
                m.put("detail", g.outcome());
                m.put("seconds", g.seconds());
                mutants.add(m);
            }
            e.put("mutants", mutants);
            exercises.add(e);
        });
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("exercises", exercises);
        all.put("seconds", wall);
        all.put("exit", exit);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(all);
    }
}

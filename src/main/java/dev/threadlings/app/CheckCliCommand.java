package dev.threadlings.app;

import dev.threadlings.checking.ExerciseChecker;
import dev.threadlings.course.Course;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Suggestions;
import dev.threadlings.grade.Verdict;
import dev.threadlings.progress.WorkFiles;
import dev.threadlings.report.Styled;
import dev.threadlings.report.VerdictJson;
import dev.threadlings.report.VerdictText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code threadlings check}: grade exercises without the console, for scripts, teachers and CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check exercises. Exit code 0: all pass; 1: something failed; 2: could not run.")
final class CheckCliCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "exercise ids to check")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "check every exercise")
    boolean all;

    @Option(names = "--json", description = "machine-readable verdicts on standard output")
    boolean json;

    @Option(names = "--file", description = "check this file instead of your work copy (one exercise only)")
    Path file;

    @ArgGroup(exclusive = true)
    Variant variant;

    static final class Variant {
        @Option(names = "--solution", description = "check the reference solutions (for course authors)")
        boolean solution;

        @Option(names = "--starter", description = "check the starter files (for course authors)")
        boolean starter;
    }

    @Override
    public Integer call() {
        var opened = CourseOpening.open(root.course, System.err);
        if (opened.isEmpty()) {
            return 2;
        }
        Course course = opened.get();
        List<Exercise> chosen = new ArrayList<>();
        if (all) {
            chosen.addAll(course.exercises());
        }
        for (String id : ids) {
            var e = course.exercise(id);
            if (e.isEmpty()) {
                System.err.println("threadlings: no exercise '" + id + "'" + Suggestions.didYouMean(id,
                        course.exercises().stream().map(Exercise::id).toList()) + "; `threadlings list` shows them.");
                return 2;
            }
            chosen.add(e.get());
        }
        if (chosen.isEmpty()) {
            System.err.println("threadlings: name an exercise to check, or --all; `threadlings list` shows them.");
            return 2;
        }
        if (file != null && chosen.size() != 1) {
            System.err.println("threadlings: --file goes with exactly one exercise id.");
            return 2;
        }
        WorkFiles work = new WorkFiles(Places.workFolder(root.work, course.root()));
        List<Verdict> verdicts = new ArrayList<>();
        try (ExerciseChecker checker = new ExerciseChecker()) {
            for (Exercise e : chosen) {
                Path target = target(e, work);
                Verdict v = Files.exists(target) ? checker.check(e, target)
                        : new Verdict(e.id(), Verdict.Status.CANNOT_RUN, List.of(), List.of("no file to check at "
                        + target + " (open the exercise in the console first, or pass --file)"), e.checks().size(), 0);
                verdicts.add(v);
                if (!json) {
                    VerdictText.describe(v, e.id()).stream().map(Styled::text).forEach(System.out::println);
                }
            }
        }
        int exit = verdicts.stream().mapToInt(v -> v.status().exitCode).max().orElse(0);
        if (json) {
            System.out.println(VerdictJson.of(verdicts, exit));
        } else if (verdicts.size() > 1) {
            long passed = verdicts.stream().filter(Verdict::passed).count();
            long unchecked = verdicts.stream().filter(v -> v.status() == Verdict.Status.CANNOT_RUN).count();
            System.out.println(passed + " passed, " + (verdicts.size() - passed - unchecked) + " failed"
                    + (unchecked == 0 ? "" : ", " + unchecked + " could not be checked"));
        }
        return exit;
    }

    private Path target(Exercise e, WorkFiles work) {
        if (file != null) {
            return file;
        }
        if (variant != null && variant.solution) {
            return e.solutionFile();
        }
        if (variant != null && variant.starter) {
            return e.starterFile();
        }
        return work.fileOf(e);
    }
}

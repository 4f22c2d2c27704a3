package dev.threadlings.app;

import dev.threadlings.classroom.Grade;
import dev.threadlings.classroom.GradingJob;
import dev.threadlings.classroom.ParallelGrading;
import dev.threadlings.classroom.Submission;
import dev.threadlings.classroom.Submissions;
import dev.threadlings.checking.CheckPlan;
import dev.threadlings.course.Check;
import dev.threadlings.course.Course;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Suggestions;
import dev.threadlings.report.Rerun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code threadlings check}: grade exercises without the console, for scripts, teachers and CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check exercises. Exit code 0: all pass; 1: something failed; 2: could not run.")
final class CheckCliCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID", descriptionKey = "ids", description = "exercise ids to check")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "check every exercise")
    boolean all;

    @Option(names = "--json", description = "machine-readable verdicts on standard output")
    boolean json;

    @Option(names = "--file", description = "check this file instead of your work copy (one exercise only)")
    Path file;

    @Option(names = "--schedule", paramLabel = "TOKEN", description = "grade this schedule (the dotted numbers a step "
            + "session prints) for a break-it challenge (one challenge only)")
    String schedule;

    @Option(names = "--check", paramLabel = "N", description = "run check N only (from 1, in the exercise's order; "
            + "with the plain checks before it, which it may build on) (one exercise only)")
    Integer check;

    @Option(names = "--replay", paramLabel = "SCHEDULE", description = "with --check: replay this schedule of that "
            + "explored check (the one a failing report prints) instead of searching")
    String replay;

    @Option(names = "--submissions", paramLabel = "DIR", description = "grade a class: one sub-folder per "
            + "student, laid out like a work folder (<id>/<File>.java; <File>.java for a single exercise)")
    Path submissions;

    @Option(names = "--jobs", paramLabel = "N", description = "files graded at once (default: with --submissions "
            + "the number of processors, else 1)")
    Integer jobs;

    @Option(names = "--junit", paramLabel = "FILE", description = "also write JUnit XML: a testcase per check")
    Path junit;

    @Option(names = "--results", paramLabel = "DIR", description = "also write Exercism-style results.json files: "
            + "DIR/[student/]<id>/results.json")
    Path results;

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
        var opened = CourseOpening.open(root.course, root.language(), System.err);
        if (opened.isEmpty()) {
            return 2;
        }
        Course course = opened.get();
        Optional<List<Exercise>> chosen = chosen(course);
        if (chosen.isEmpty()) {
            return 2;
        }
        Optional<List<GradingJob>> work = jobs(course, chosen.get());
        if (work.isEmpty()) {
            return 2;
        }
        int workers = jobs != null ? jobs : submissions != null ? Runtime.getRuntime().availableProcessors() : 1;
        if (workers < 1) {
            System.err.println(root.messages().get("cli.jobs"));
            return 2;
        }
        Optional<OneCheck> one = OneCheck.of(check, replay, chosen.get(), submissions != null, root.messages(),
                System.err);
        if ((check != null || replay != null) && one.isEmpty()) {
            return 2;
        }
        var output = new GradeOutput(spec.commandLine().getOut(), spec.commandLine().getErr(), json, submissions != null, junit, results, work.get().size(),
                root.messages());
        if (submissions == null) { // one learner: a failed check's schedule comes with the commands that bring it back
            Rerun.Launch launch = PastedCommands.launch(course.root(), root.lang);
            java.util.Map<Exercise, Path> files = new java.util.HashMap<>();
            work.get().forEach(j -> files.put(j.exercise(), j.file()));
            output.withReruns(g -> g.exercise().challenge() ? f -> Optional.empty() : Rerun.ofChecks(launch,
                    g.exercise().id(), g.exercise().checks().stream().map(Check::name).toList(),
                    files.get(g.exercise())));
        }
        one.ifPresent(o -> output.showing(o::shown, id -> root.messages().get("cli.check.one", id, o.number())));
        List<Grade> grades;
        var grading = new ParallelGrading(workers, root.messages(), one.map(OneCheck::plan).orElse(CheckPlan.ALL));
        GraderSignals.install(System.err, root.messages());
        long start = System.nanoTime();
        try {
            grades = grading.grade(work.get(), output::graded);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println(root.messages().get("cli.interrupted"));
            return 2;
        }
        int exit = output.finish(grades, grading.mostAtOnce(), (System.nanoTime() - start) / 1e9);
        return GraderSignals.settle(CourseOpening.exitCode(course, exit, System.err));
    }

    private Optional<List<Exercise>> chosen(Course course) {
        List<Exercise> chosen = new ArrayList<>();
        if (all) {
            chosen.addAll(course.exercises());
        }
        for (String id : ids) {
            var e = course.exercise(id);
            if (e.isEmpty()) {
                System.err.println(root.messages().get("cli.no-exercise", id, Suggestions.closest(id,
                        course.exercises().stream().map(Exercise::id).toList())
                        .map(near -> root.messages().get("choice.did-you-mean", near)).orElse("")));
                return Optional.empty();
            }
            chosen.add(e.get());
        }
        if (chosen.isEmpty()) {
            System.err.println(root.messages().get("cli.name-one"));
            return Optional.empty();
        }
        if (file != null && chosen.size() != 1) {
            System.err.println(root.messages().get("cli.file-one"));
            return Optional.empty();
        }
        if (schedule != null && (chosen.size() != 1 || !chosen.getFirst().challenge() || file != null)) {
            System.err.println(root.messages().get("cli.schedule-one"));
            return Optional.empty();
        }
        return Optional.of(chosen);
    }

    private Optional<List<GradingJob>> jobs(Course course, List<Exercise> chosen) {
        if (submissions != null && (file != null || variant != null)) {
            System.err.println(root.messages().get("cli.submissions-alone"));
            return Optional.empty();
        }
        List<GradingJob> work = new ArrayList<>();
        if (submissions != null) {
            List<Submission> students;
            try {
                students = Submissions.in(submissions);
            } catch (IOException e) {
                System.err.println(root.messages().get("cli.submissions-unreadable", e.getMessage()));
                return Optional.empty();
            }
            if (students.isEmpty()) {
                System.err.println(root.messages().get("cli.no-submissions", submissions));
                return Optional.empty();
            }
            for (Submission s : students) {
                chosen.forEach(e -> work.add(new GradingJob(s, e, s.fileOf(e, chosen.size() == 1))));
            }
            return Optional.of(work);
        }
        Path workFolder = Places.workFolder(root.work, course.root());
        Submission you = new Submission(workFolder.getFileName().toString(), workFolder);
        for (Exercise e : chosen) {
            work.add(new GradingJob(you, e, target(e, you)));
        }
        return Optional.of(work);
    }

    private Path target(Exercise e, Submission you) {
        if (file != null) {
            return file;
        }
        if (schedule != null) {
            return handedIn(schedule);
        }
        if (variant != null && variant.solution) {
            return e.challenge() ? e.scheduleFile() : e.solutionFile();
        }
        if (variant != null && variant.starter) {
            // a challenge's starting point is the schedule that runs each thread to its end in turn: no choices
            return e.challenge() ? handedIn("") : e.starterFile();
        }
        return you.fileOf(e, false);
    }

    /** A schedule given on the command line, as the file a challenge is graded from. */
    private static Path handedIn(String token) {
        try {
            Path f = Files.createTempFile("threadlings-schedule", ".txt");
            f.toFile().deleteOnExit();
            return Files.writeString(f, token.strip() + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

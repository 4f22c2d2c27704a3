package dev.threadlings.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads one exercise folder: exercise.md, the starter and solution files, hints.md, checks.md and the wrong and
 * right variants. Whether its lesson exists is checked later by {@link CourseLinker}.
 */
final class ExerciseReader {

    static final String EXERCISE_FILE = "exercise.md";
    static final String CHECKS_FILE = "checks.md";
    static final String HINTS_FILE = "hints.md";

    private ExerciseReader() {
    }

    /** Whether a folder is an exercise: it holds an exercise.md. */
    static boolean isExerciseDir(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(EXERCISE_FILE));
    }

    /** Reads {@code dir}; {@code withSolution}: the reference solution must be there (all but a grading bundle). */
    static Parsed<Exercise> read(Path dir, boolean withSolution, Problems problems) {
        int before = problems.count();
        Path file = dir.resolve(EXERCISE_FILE);
        Optional<SourceFile> read = SourceFile.read(file, true, problems);
        Optional<FrontMatter> frontMatter = read.flatMap(source -> FrontMatter.read(source, problems));
        if (frontMatter.isEmpty()) {
            return new Parsed<>(file, Optional.empty(), Optional.empty(), Optional.empty());
        }
        FrontMatter fm = frontMatter.get();
        Optional<String> id = fm.id("id", problems);
        Optional<String> title = fm.required("title", "Join the threads", problems);
        Optional<String> lesson = fm.id("lesson", problems);
        Optional<String> fileName = javaFileName(fm, problems);
        OptionalInt solutionAfter = fm.integer("solution-after", 0, problems);
        boolean preview = fm.flag("preview", false, problems);
        String folder = dir.getFileName().toString();
        if (id.isPresent() && !id.get().equals(folder)) {
            problems.add(file, fm.line("id"), "id '" + id.get() + "' differs from its folder name '" + folder
                    + "': rename one so that exercises/<id>/ holds exercise <id>");
        }
        fileName.ifPresent(name -> requireFile(dir.resolve(name), "starter file", file, fm.line("file"), problems));
        List<String> hints = hints(dir, problems);
        List<Check> checks = checks(dir, file, fm, problems);
        List<WrongVariant> wrong = fileName.map(name -> WrongVariantReader.read(dir, name, checks, problems))
                .orElse(List.of());
        List<RightVariant> right = fileName.map(name -> RightVariantReader.read(dir, name, problems))
                .orElse(List.of());
        BreaksExpectation.checkChallenge(dir, checks, problems);
        if (preview) {
            noExploreChecks(dir, checks, problems);
        }
        Optional<Exercise> exercise = Optional.empty();
        if (problems.count() == before) {
            exercise = Optional.of(new Exercise(id.orElseThrow(), title.orElseThrow(), lesson.orElseThrow(), dir,
                    fileName.orElseThrow(), read.orElseThrow().textFrom(fm.bodyStartLine()), hints,
                    solutionAfter.orElse(Exercise.DEFAULT_SOLUTION_AFTER), checks, preview, wrong, right));
        }
        // reported, but not fatal: a learner can still do the exercise; only /solution (and the proof that the
        // checks accept a correct solution) is missing
        Optional<Path> solution = fileName.map(name -> dir.resolve("solution").resolve(name));
        boolean challenge = checks.stream().flatMap(c -> c.expectations().stream())
                .anyMatch(x -> x instanceof BreaksExpectation);
        if (withSolution && challenge) {
            BreaksExpectation.checkStoredSchedule(dir, file, fm.line("file"), problems);
        } else if (withSolution && solution.isPresent() && !Files.isRegularFile(solution.get())) {
            problems.add(file, fm.line("file"), "the solution file solution/" + fileName.get() + " is missing: the "
                    + "exercise can be done, but /solution has nothing to show and no test can prove its checks");
        }
        return new Parsed<>(file, frontMatter, fm.peek("id"), exercise);
    }

    // a plain file name, because it is resolved against the exercise folder and the learner's work folder
    private static Optional<String> javaFileName(FrontMatter fm, Problems problems) {
        Optional<String> name = fm.required("file", "Counter.java", problems);
        if (name.isPresent() && !name.get().matches("[A-Za-z_$][A-Za-z0-9_$]*\\.java")) {
            problems.add(fm.file(), fm.line("file"), "`file: " + name.get() + "` must be a plain Java file name"
                    + " like Counter.java (no folders)");
            return Optional.empty();
        }
        return name;
    }

    // the sandbox compiles and runs without preview features, so a preview exercise's checks are plain runs
    private static void noExploreChecks(Path dir, List<Check> checks, Problems problems) {
        for (Check check : checks) {
            for (Expectation e : check.expectations()) {
                if (e instanceof ExploreExpectation explore) {
                    problems.add(dir.resolve(CHECKS_FILE), explore.line(), "check '" + check.name() + "' has an"
                            + " `explore` block, but this exercise has `preview: true` and the sandbox runs without"
                            + " preview features: use `holds` or `output` here");
                }
            }
        }
    }

    private static void requireFile(Path path, String what, Path exerciseFile, int line, Problems problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(exerciseFile, line, what + " " + problems.show(path) + " does not exist");
        }
    }

    private static List<String> hints(Path dir, Problems problems) {
        Path hints = dir.resolve(HINTS_FILE);
        if (!Files.exists(hints)) {
            return List.of(); // hints are optional
        }
        return SourceFile.read(hints, false, problems).map(source -> HintsReader.read(source, problems)).orElse(List.of());
    }

    private static List<Check> checks(Path dir, Path exerciseFile, FrontMatter fm, Problems problems) {
        Path checks = dir.resolve(CHECKS_FILE);
        if (!Files.exists(checks)) {
            problems.add(exerciseFile, fm.startLine(), "no " + CHECKS_FILE + " next to it: every exercise needs checks in "
                    + problems.show(checks));
            return List.of();
        }
        return SourceFile.read(checks, false, problems).map(source -> ChecksReader.read(source, problems)).orElse(List.of());
    }
}

package dev.threadlings.mutation;

import dev.threadlings.checking.CheckPlan;
import dev.threadlings.checking.ExerciseChecker;
import dev.threadlings.course.Exercise;
import dev.threadlings.grade.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Grades every mutant of some exercises' reference solutions with the exercises' own checks, on {@code jobs}
 * threads that each own an {@link ExerciseChecker} (a JShell VM at a time). Each exercise's solution is checked
 * too: if it fails, its mutants say nothing and the exercise is reported as not graded.
 */
public final class MutationRun {
    private final int jobs;
    private final Path scratch;
    private final BiConsumer<Exercise, Graded> progress;

    /** {@code scratch}: a folder for the mutant files; {@code progress}: told of each graded mutant. */
    public MutationRun(int jobs, Path scratch, BiConsumer<Exercise, Graded> progress) {
        this.jobs = Math.max(1, jobs);
        this.scratch = scratch;
        this.progress = progress;
    }

    /** A solution (null mutant) or a mutant to grade. */
    private record Task(Exercise exercise, Mutant mutant, int index) {}

    public List<ExerciseMutants> run(List<Exercise> exercises) {
        List<Task> tasks = new ArrayList<>();
        var parseProblems = new ConcurrentHashMap<String, String>();
        for (Exercise e : exercises) {
            try {
                List<Mutant> mutants = Operators.mutants(Files.readString(e.solutionFile()));
                tasks.add(new Task(e, null, -1));
                for (int i = 0; i < mutants.size(); i++) {
                    tasks.add(new Task(e, mutants.get(i), i));
                }
            } catch (IOException | IllegalArgumentException x) {
                parseProblems.put(e.id(), "the solution could not be read or parsed: " + x.getMessage());
            }
        }
        var results = new ConcurrentHashMap<Task, Graded>();
        var solutionVerdicts = new ConcurrentHashMap<String, Verdict>();
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            workers.add(Thread.ofPlatform().name("mutants-" + j).start(() -> {
                try (ExerciseChecker checker = new ExerciseChecker()) {
                    for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                        Task t = tasks.get(i);
                        if (t.mutant() == null) {
                            solutionVerdicts.put(t.exercise().id(), checker.check(t.exercise(),
                                    t.exercise().solutionFile(), CheckPlan.UNTIL_FIRST_FAILURE));
                        } else {
                            Graded g = grade(checker, t);
                            results.put(t, g);
                            progress.accept(t.exercise(), g);
                        }
                    }
                }
            }));
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                workers.forEach(Thread::interrupt);
                break;
            }
        }
        List<ExerciseMutants> out = new ArrayList<>();
        for (Exercise e : exercises) {
            List<Graded> graded = tasks.stream().filter(t -> t.exercise() == e && t.mutant() != null)
                    .map(results::get).filter(g -> g != null).toList();
            Verdict solution = solutionVerdicts.get(e.id());
            double seconds = graded.stream().mapToDouble(Graded::seconds).sum()
                    + (solution == null ? 0 : solution.seconds());
            Optional<String> notGraded = Optional.ofNullable(parseProblems.get(e.id()))
                    .or(() -> solution == null || solution.passed() ? Optional.empty()
                            : Optional.of("the reference solution does not pass its own checks: "
                            + whyFailed(solution)));
            out.add(new ExerciseMutants(e, notGraded, graded, seconds));
        }
        return out;
    }

    private static String whyFailed(Verdict solution) {
        return switch (MutantOutcome.of(solution)) {
            case MutantOutcome.Killed k -> "\"" + k.check() + "\" fails it (" + k.kind() + ")";
            case MutantOutcome.Stillborn s -> "it does not compile: " + s.problem();
            case MutantOutcome.CouldNotCheck c -> c.reason();
            case MutantOutcome.Survived s -> solution.status().toString();
        };
    }

    private Graded grade(ExerciseChecker checker, Task t) {
        try {
            Path dir = scratch.resolve(t.exercise().id()).resolve(String.valueOf(t.index()));
            Files.createDirectories(dir);
            Path file = dir.resolve(t.exercise().fileName());
            Files.writeString(file, t.mutant().source());
            Verdict v = checker.check(t.exercise(), file, CheckPlan.UNTIL_FIRST_FAILURE);
            return new Graded(t.mutant(), MutantOutcome.of(v), v.seconds());
        } catch (IOException | RuntimeException x) {
            return new Graded(t.mutant(), new MutantOutcome.CouldNotCheck("could not grade it: " + x), 0);
        }
    }
}

package dev.threadlings.classroom;

import dev.threadlings.checking.CheckPlan;
import dev.threadlings.text.Messages;
import dev.threadlings.checking.ExerciseChecker;
import dev.threadlings.grade.Verdict;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Grades many files with {@code jobs} workers. Each worker has its own {@link ExerciseChecker}, so every file is
 * graded in VMs of its own, like a single {@code threadlings check}: one student's code never shares a VM, a heap
 * or a time limit with another's. Grades come back in the order of the jobs, whatever order they finished in.
 */
public final class ParallelGrading {
    private final int jobs;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Messages text;
    private final Supplier<Checker> checkers;

    public ParallelGrading(int jobs) {
        this(jobs, Messages.ENGLISH);
    }

    /** Grades {@code jobs} files at a time, the checks' reasons in {@code text}'s language. */
    public ParallelGrading(int jobs, Messages text) {
        this(jobs, text, CheckPlan.ALL);
    }

    /** Grades {@code jobs} files at a time, each as far as {@code plan} says (a replayed check: that one only). */
    public ParallelGrading(int jobs, Messages text, CheckPlan plan) {
        this(jobs, text, () -> {
            ExerciseChecker checker = new ExerciseChecker();
            return new Checker() {
                public Verdict check(GradingJob job, Messages words) {
                    return checker.check(job.exercise(), job.file(), plan, words);
                }

                public void close() {
                    checker.close();
                }
            };
        });
    }

    /** With {@code checkers} making each worker's checker (a stand-in that fails in tests). */
    ParallelGrading(int jobs, Messages text, Supplier<Checker> checkers) {
        this.text = text;
        this.checkers = checkers;
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
    }

    /** One worker's way of grading a file: an {@link ExerciseChecker} of its own. */
    interface Checker extends AutoCloseable {
        Verdict check(GradingJob job, Messages text);

        @Override
        void close();
    }

    /** Grades every job; {@code done} hears of each grade as it is made (from a worker thread, one at a time). */
    public List<Grade> grade(List<GradingJob> work, Consumer<Grade> done) throws InterruptedException {
        Grade[] grades = new Grade[work.size()];
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(jobs, work.size()); w++) {
            workers.add(Thread.ofPlatform().name("grader-" + (w + 1)).start(() -> {
                try (Checker checker = checkers.get()) {
                    for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                        grades[i] = gradeOne(checker, work.get(i));
                        synchronized (done) {
                            done.accept(grades[i]);
                        }
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        // a worker that died on its own (its checker would not start or close) left grades unmade: never a pass
        for (int i = 0; i < grades.length; i++) {
            if (grades[i] == null) {
                grades[i] = internalError(work.get(i), "a grading worker ended before it graded this file");
            }
        }
        return Arrays.asList(grades);
    }

    /** The most files that were being graded at the same moment so far (how many workers were really busy). */
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    private Grade gradeOne(Checker checker, GradingJob job) {
        if (!Files.isRegularFile(job.file())) {
            return new Grade.Missing(job.submission(), job.exercise(), job.file());
        }
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            return new Grade.Graded(job.submission(), job.exercise(), checker.check(job, text));
        } catch (RuntimeException | Error e) {
            // the grader's own failure (a StackOverflowError in the compiler, an OutOfMemoryError in this VM): never
            // the student's, never a pass
            return internalError(job, e.toString());
        } finally {
            running.decrementAndGet();
        }
    }

    private Grade internalError(GradingJob job, String why) {
        return new Grade.Graded(job.submission(), job.exercise(), new Verdict(job.exercise().id(),
                Verdict.Status.CANNOT_RUN, List.of(), List.of(text.get("class.internal-error", why)),
                job.exercise().checks().size(), 0));
    }
}

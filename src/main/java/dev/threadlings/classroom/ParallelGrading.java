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

    public ParallelGrading(int jobs) {
        this(jobs, Messages.ENGLISH);
    }

    /** Grades {@code jobs} files at a time, the checks' reasons in {@code text}'s language. */
    public ParallelGrading(int jobs, Messages text) {
        this.text = text;
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
    }

    /** Grades every job; {@code done} hears of each grade as it is made (from a worker thread, one at a time). */
    public List<Grade> grade(List<GradingJob> work, Consumer<Grade> done) throws InterruptedException {
        Grade[] grades = new Grade[work.size()];
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(jobs, work.size()); w++) {
            workers.add(Thread.ofPlatform().name("grader-" + (w + 1)).start(() -> {
                try (ExerciseChecker checker = new ExerciseChecker()) {
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
        return Arrays.asList(grades);
    }

    /** The most files that were being graded at the same moment so far (how many workers were really busy). */
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    private Grade gradeOne(ExerciseChecker checker, GradingJob job) {
        if (!Files.isRegularFile(job.file())) {
            return new Grade.Missing(job.submission(), job.exercise(), job.file());
        }
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Verdict verdict = checker.check(job.exercise(), job.file(), CheckPlan.ALL, text);
            return new Grade.Graded(job.submission(), job.exercise(), verdict);
        } catch (RuntimeException e) { // the grader's own failure: never the student's, never a pass
            return new Grade.Graded(job.submission(), job.exercise(), new Verdict(job.exercise().id(),
                    Verdict.Status.CANNOT_RUN, List.of(), List.of(text.get("class.internal-error", e)), job.exercise()
                    .checks().size(), 0));
        } finally {
            running.decrementAndGet();
        }
    }
}

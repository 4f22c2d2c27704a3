package dev.threadlings.repl;

import dev.threadlings.checking.ExerciseChecker;
import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.Language;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Lesson;
import dev.threadlings.eval.Outcome;
import dev.threadlings.eval.ShellSupervisor;
import dev.threadlings.progress.Progress;
import dev.threadlings.progress.ProgressStore;
import dev.threadlings.progress.WorkFiles;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What one console session knows and holds: the course, the learner's progress and files, the live JShell. */
public final class Session {
    private Course course;
    private Language language;
    private Messages messages;
    private final ProgressStore store;
    private final WorkFiles work;
    private final ShellSupervisor shell;
    private final ExerciseChecker checker;
    private final Screen screen;
    private Progress progress;
    private boolean exitRequested;
    private final java.util.Map<String, Integer> hintsShown = new java.util.HashMap<>();
    private java.util.function.Function<String, java.util.List<Outcome>> evaluator = code -> java.util.List.of();
    private java.util.function.Predicate<String> asker = question -> false;

    public Session(Course course, ProgressStore store, Progress progress, WorkFiles work, ShellSupervisor shell,
                   ExerciseChecker checker, Screen screen, Language language) {
        this.course = course;
        this.store = store;
        this.progress = progress;
        this.work = work;
        this.shell = shell;
        this.checker = checker;
        this.screen = screen;
        this.language = language;
        this.messages = new Messages(language.locale());
        screen.speak(messages);
        shell.speak(messages);
    }

    public Course course() {
        return course;
    }

    /** The language the course and the console are shown in. */
    public Language language() {
        return language;
    }

    /** The console's strings in {@link #language()}. */
    public Messages messages() {
        return messages;
    }

    /** Shorthand for {@code messages().get(key, args)}. */
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /**
     * Shows the course in {@code chosen} from now on: the console's strings, and the course loaded again from its
     * folder with that language's translations (its problems, the translation's own, are returned to be shown).
     * Progress and ids are the same in every language, so nothing else changes.
     */
    public java.util.List<dev.threadlings.course.CourseProblem> useLanguage(Language chosen) {
        java.util.List<dev.threadlings.course.CourseProblem> before = course.problems();
        if (chosen != language) {
            course = CourseLoader.load(course.root(), chosen);
        }
        language = chosen;
        messages = new Messages(chosen.locale());
        screen.speak(messages);
        shell.speak(messages);
        return course.problems().stream().filter(p -> !before.contains(p)).toList();
    }

    public Progress progress() {
        return progress;
    }

    /**
     * Changes progress and saves it at once, applied to what is on disk now, so what another console saved since
     * is kept; a failed save is reported, never silently lost.
     */
    public void update(UnaryOperator<Progress> change) {
        try {
            var saved = store.update(change);
            progress = saved.progress();
            saved.warning().ifPresent(w -> screen.println(w, Screen.WARN));
        } catch (IOException e) {
            progress = change.apply(progress);
            screen.println(text("console.not-saved", store.file(), e.getMessage()), Screen.WARN);
        }
    }

    public WorkFiles work() {
        return work;
    }

    public ShellSupervisor shell() {
        return shell;
    }

    public ExerciseChecker checker() {
        return checker;
    }

    public Screen screen() {
        return screen;
    }

    public Optional<Lesson> currentLesson() {
        return progress.currentLesson().flatMap(course::lesson);
    }

    public Optional<Exercise> currentExercise() {
        return progress.currentExercise().flatMap(course::exercise);
    }

    /**
     * Gives the console's JShell the preview setting {@code lesson}'s code needs ({@code preview: true}); when that
     * means a fresh JShell, says so.
     */
    public void useShellFor(Lesson lesson) {
        if (shell.usePreview(lesson.preview())) {
            screen.println(lesson.preview() ? text("console.preview", Runtime.version().feature())
                    : text("console.no-preview"), Screen.INFO);
        }
    }

    /** Runs Java as if typed at the prompt (the console sets how), and says how each snippet ended. */
    public java.util.List<Outcome> evaluate(String java) {
        return evaluator.apply(java);
    }

    void evaluator(java.util.function.Function<String, java.util.List<Outcome>> evaluator) {
        this.evaluator = evaluator;
    }

    /** Asks the learner a yes/no question (the console sets how); no answer, or anything but yes, is no. */
    public boolean confirm(String question) {
        return asker.test(question);
    }

    void asker(java.util.function.Predicate<String> asker) {
        this.asker = asker;
    }

    /** How many hints of this exercise the learner has seen in this session; {@code advance} counts one more. */
    public int hintsShown(String exerciseId, boolean advance) {
        return advance ? hintsShown.merge(exerciseId, 1, Integer::sum) : hintsShown.getOrDefault(exerciseId, 0);
    }

    /** The last /check's verdict (for /step: its failing schedule), if any this session. */
    private dev.threadlings.grade.Verdict lastVerdict;

    public java.util.Optional<dev.threadlings.grade.Verdict> lastVerdict() {
        return java.util.Optional.ofNullable(lastVerdict);
    }

    public void lastVerdict(dev.threadlings.grade.Verdict v) {
        lastVerdict = v;
    }

    public void requestExit() {
        exitRequested = true;
    }

    public boolean exitRequested() {
        return exitRequested;
    }

    /** The prompt: where the learner is. */
    public String promptLabel() {
        return currentExercise().map(e -> "threadlings:" + e.id())
                .or(() -> currentLesson().map(l -> "threadlings:" + l.id()))
                .orElse("threadlings");
    }
}

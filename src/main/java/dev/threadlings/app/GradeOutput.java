package dev.threadlings.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.threadlings.classroom.CheckOutcome;
import dev.threadlings.classroom.ClassSummary;
import dev.threadlings.classroom.ExercismResults;
import dev.threadlings.classroom.Grade;
import dev.threadlings.classroom.JUnitReport;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import dev.threadlings.report.Rerun;
import dev.threadlings.report.Styled;
import dev.threadlings.report.VerdictJson;
import dev.threadlings.report.FailureLines;
import dev.threadlings.report.VerdictText;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What {@code threadlings check} prints and writes. One learner: each verdict as it comes, then a count (or JSON);
 * a file that is not there is "could not run" (exit 2: open the exercise first). A class ({@code --submissions}):
 * a progress line per graded file on standard error, then the class table (or JSON); a file a student did not hand
 * in is that student's failure (exit 1). Either way, on request, JUnit XML and Exercism-style results.json files.
 */
final class GradeOutput {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean classroom;
    private final Path junit;
    private final Path results;
    private final int total;
    private final Messages text;
    /** Measured once, and only for text output to a screen. */
    private final int width;
    private int done;
    /** The commands that bring back a failed check's schedule, for each graded file (none for a class). */
    private Function<Grade, Function<CheckResult.Failed, Optional<Rerun>>> reruns = g -> f -> Optional.empty();
    /** What one learner's verdict shows: all of it, or only the check asked for (--check), and its title. */
    private UnaryOperator<Verdict> shown = UnaryOperator.identity();
    private UnaryOperator<String> titled = UnaryOperator.identity();

    GradeOutput(PrintWriter out, PrintWriter err, boolean json, boolean classroom, Path junit, Path results,
                int total, Messages text) {
        this.text = text;
        this.out = out;
        this.err = err;
        this.json = json;
        this.classroom = classroom;
        this.junit = junit;
        this.results = results;
        this.total = total;
        this.width = json || classroom ? FailureLines.FILE_WIDTH : OutputWidth.of();
    }

    /** Failed checks' schedules come with the commands that replay them and step through them. */
    GradeOutput withReruns(Function<Grade, Function<CheckResult.Failed, Optional<Rerun>>> reruns) {
        this.reruns = reruns;
        return this;
    }

    /** Each verdict as {@code shown} makes it before it is printed or written (one check of it: --check). */
    GradeOutput showing(UnaryOperator<Verdict> shown, UnaryOperator<String> titled) {
        this.shown = shown;
        this.titled = titled;
        return this;
    }

    /** Hears of each grade as it is made (one at a time). */
    void graded(Grade grade) {
        done++;
        if (classroom) {
            err.printf("[%d/%d] %s %s: %s%n", done, total, grade.submission().name(), grade.exercise().id(),
                    progress(grade));
        } else if (!json) {
            Styled.fitted(VerdictText.describe(verdict(grade), title(grade), width, text, reruns.apply(grade)),
                    width).stream().map(Styled::text).forEach(out::println);
        }
    }

    private String progress(Grade grade) {
        if (grade instanceof Grade.Missing m) {
            return text.get("class.progress.missing", m.submission().folder().relativize(m.expected()));
        }
        Verdict v = ((Grade.Graded) grade).verdict();
        String mark = v.status() == Verdict.Status.CANNOT_RUN ? "!" : "✘";
        if (v.passed()) {
            return text.get("class.progress.passed", v.totalChecks(), v.seconds());
        } else if (v.status() == Verdict.Status.COMPILE_ERROR) {
            return text.get("class.progress.compile-error", v.problems().stream().findFirst().orElse(""));
        }
        return CheckOutcome.of(grade, text).stream().filter(o -> o.state() != CheckOutcome.State.PASSED).findFirst()
                .map(o -> mark + " " + o.check().name() + ": " + o.why() + " (" + o.kind() + ")")
                .orElse(mark + " " + text.get("class.reason.failed"));
    }

    /**
     * Prints the summary, writes the reports; the exit code. {@code mostAtOnce} and {@code seconds} say how the
     * grading went (a class: how many files were graded at the same time, so a teacher sees the cores used).
     */
    int finish(List<Grade> grades, int mostAtOnce, double seconds) {
        if (classroom) {
            long graded = grades.stream().filter(g -> g instanceof Grade.Graded).count();
            err.println(text.get("class.graded", graded, seconds, mostAtOnce));
        }
        int exit = grades.stream().mapToInt(this::exitCode).max().orElse(0);
        if (json) {
            Map<Verdict, Grade> of = new java.util.IdentityHashMap<>();
            List<Verdict> verdicts = grades.stream().map(g -> {
                Verdict v = verdict(g);
                of.put(v, g);
                return v;
            }).toList();
            out.println(classroom ? classJson(grades, exit)
                    : VerdictJson.of(verdicts, exit, text, v -> reruns.apply(of.get(v))));
        } else if (classroom) {
            ClassSummary.of(grades, text).forEach(out::println);
        } else if (grades.size() > 1) {
            List<Verdict> verdicts = grades.stream().map(this::verdict).toList();
            long passed = verdicts.stream().filter(Verdict::passed).count();
            long unchecked = verdicts.stream().filter(v -> v.status() == Verdict.Status.CANNOT_RUN).count();
            out.println(text.get("cli.summary", passed, verdicts.size() - passed - unchecked, unchecked));
        }
        try {
            if (junit != null) {
                write(junit, JUnitReport.of(grades, text));
            }
            if (results != null) {
                for (Grade g : grades) {
                    Path folder = classroom ? results.resolve(g.submission().name()) : results;
                    write(folder.resolve(g.exercise().id()).resolve("results.json"), ExercismResults.of(g, text));
                }
            }
        } catch (IOException e) {
            err.println(text.get("cli.report-not-written", e.getMessage()));
            return 2;
        }
        return exit;
    }

    private int exitCode(Grade grade) {
        return classroom ? grade.exitCode() : verdict(grade).status().exitCode;
    }

    private String title(Grade grade) {
        return titled.apply(verdict(grade).exerciseId());
    }

    /** For one learner, a missing file is a verdict that could not run: the exercise was never opened. */
    private Verdict verdict(Grade grade) {
        return switch (grade) {
            case Grade.Graded g -> shown.apply(g.verdict());
            case Grade.Missing m -> new Verdict(m.exercise().id(), Verdict.Status.CANNOT_RUN, List.of(),
                    List.of(text.get("cli.no-file", m.expected())),
                    m.exercise().checks().size(), 0);
        };
    }

    private String classJson(List<Grade> grades, int exit) {
        Map<String, JsonArray> byStudent = new LinkedHashMap<>();
        for (Grade g : grades) {
            JsonObject e = switch (g) {
                case Grade.Graded d -> VerdictJson.exercise(d.verdict(), text);
                case Grade.Missing m -> {
                    JsonObject o = new JsonObject();
                    o.addProperty("id", m.exercise().id());
                    o.addProperty("status", "missing");
                    o.addProperty("exitCode", m.exitCode());
                    o.addProperty("file", m.expected().toString());
                    yield o;
                }
            };
            byStudent.computeIfAbsent(g.submission().name(), k -> new JsonArray()).add(e);
        }
        JsonArray submissions = new JsonArray();
        byStudent.forEach((name, exercises) -> {
            JsonObject s = new JsonObject();
            s.addProperty("name", name);
            s.add("exercises", exercises);
            submissions.add(s);
        });
        JsonObject root = new JsonObject();
        root.add("submissions", submissions);
        root.addProperty("exitCode", exit);
        return VerdictJson.text(root);
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".threadlings", ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}

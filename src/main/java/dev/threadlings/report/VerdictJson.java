package dev.threadlings.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import dev.threadlings.review.Finding;
import dev.threadlings.text.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Verdicts as JSON for scripts and CI: {@code {"exercises":[{"id","status","exitCode","checks":[{"name","passed",
 * "checked","kind",…,"replayCommand","stepCommand"}], "review":[{"rule","file","line","message","code"}], "problems":[...],"seconds"}], "passed", "failed", "couldNotCheck", "exitCode"}}. A check that could not say
 * pass or fail (status {@code cannot_run}) has {@code "passed":false, "checked":false} and its {@code kind}
 * ({@code not-modelled}, {@code error}).
 */
public final class VerdictJson {
    private VerdictJson() {}

    /**
     * {@code text}: the language of what people read (a sandbox report's message, details, steps); keys, ids and
     * kinds are the same in every language, for scripts. The verdicts' reasons are already in the grader's.
     */
    public static String of(List<Verdict> verdicts, int exitCode, Messages text) {
        return of(verdicts, exitCode, text, v -> f -> Optional.empty());
    }

    /**
     * As {@link #of(List, int, Messages)}; a failed check that {@code reruns} (for its verdict) gives commands for
     * has them as {@code replayCommand} and {@code stepCommand}, each one line for a shell.
     */
    public static String of(List<Verdict> verdicts, int exitCode, Messages text,
                            Function<Verdict, Function<CheckResult.Failed, Optional<Rerun>>> reruns) {
        JsonObject root = new JsonObject();
        JsonArray list = new JsonArray();
        verdicts.forEach(v -> list.add(exercise(v, text, reruns.apply(v))));
        root.add("exercises", list);
        root.addProperty("passed", verdicts.stream().filter(Verdict::passed).count());
        long unchecked = verdicts.stream().filter(v -> v.status() == Verdict.Status.CANNOT_RUN).count();
        root.addProperty("failed", verdicts.stream().filter(v -> !v.passed()).count() - unchecked);
        root.addProperty("couldNotCheck", unchecked);
        root.addProperty("exitCode", exitCode);
        return text(root);
    }

    /** JSON as this class writes it: indented, {@code <} and {@code &} left as they are. */
    public static String text(JsonObject root) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    /** One exercise's verdict, as an element of {@code "exercises"}. */
    public static JsonObject exercise(Verdict v, Messages text) {
        return exercise(v, text, f -> Optional.empty());
    }

    /** One exercise's verdict, its failed checks' rerun commands from {@code reruns}. */
    public static JsonObject exercise(Verdict v, Messages text, Function<CheckResult.Failed, Optional<Rerun>> reruns) {
        JsonObject o = new JsonObject();
        o.addProperty("id", v.exerciseId());
        o.addProperty("status", v.status().name().toLowerCase());
        o.addProperty("exitCode", v.status().exitCode);
        o.addProperty("checksTotal", v.totalChecks());
        o.addProperty("checksPassed", v.passedCount());
        o.addProperty("seconds", Math.round(v.seconds() * 1000) / 1000.0);
        JsonArray checks = new JsonArray();
        for (CheckResult r : v.results()) {
            JsonObject c = new JsonObject();
            c.addProperty("name", r.name());
            switch (r) {
                case CheckResult.Passed p -> {
                    c.addProperty("passed", true);
                    c.addProperty("checked", true);
                }
                case CheckResult.NotChecked n -> {
                    c.addProperty("passed", false);
                    c.addProperty("checked", false);
                    c.addProperty("kind", n.kind());
                    c.addProperty("reason", n.reason());
                    JsonArray details = new JsonArray();
                    n.details().forEach(details::add);
                    c.add("details", details);
                }
                case CheckResult.Failed f -> {
                    c.addProperty("passed", false);
                    c.addProperty("checked", true);
                    c.addProperty("kind", f.kind());
                    c.addProperty("reason", f.reason());
                    c.addProperty("message", f.message());
                    JsonArray details = new JsonArray();
                    FailureLines.text(f, FailureLines.FILE_WIDTH, text).forEach(details::add);
                    c.add("details", details);
                    f.explored().ifPresent(found -> c.add("sandbox", SandboxJson.tree(found, text)));
                    reruns.apply(f).ifPresent(cmd -> {
                        c.addProperty("replayCommand", cmd.replayCommand());
                        c.addProperty("stepCommand", cmd.stepCommand());
                    });
                }
            }
            checks.add(c);
        }
        o.add("checks", checks);
        JsonArray review = new JsonArray();
        for (Finding f : v.review()) {
            JsonObject r = new JsonObject();
            r.addProperty("rule", f.rule().id());
            r.addProperty("file", f.file());
            r.addProperty("line", f.line());
            r.addProperty("message", f.message());
            r.addProperty("code", f.code());
            review.add(r);
        }
        o.add("review", review);
        JsonArray problems = new JsonArray();
        v.problems().forEach(problems::add);
        o.add("problems", problems);
        return o;
    }
}

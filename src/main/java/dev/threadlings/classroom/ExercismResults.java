package dev.threadlings.classroom;

import dev.threadlings.text.Messages;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * One grade as the {@code results.json} of Exercism's test-runner interface, version 3 — the shape other course
 * platforms already read: {@code status} {@code pass} (every check held), {@code fail} (a check failed or could not
 * say), {@code error} (no check could run: nothing handed in, a compile error, a VM that did not start), with a
 * top-level {@code message} for an error; one test per check with {@code name}, {@code test_code} (the check's
 * code), {@code status}, {@code message} and {@code output} (what was seen, cut to the interface's 500 characters).
 */
public final class ExercismResults {
    /** The interface's limit on a test's {@code output}. */
    static final int OUTPUT_LIMIT = 500;

    private ExercismResults() {}

    public static String of(Grade grade, Messages text) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 3);
        var outcomes = CheckOutcome.of(grade, text);
        String error = switch (grade) {
            case Grade.Missing m -> text.get("class.results.missing", m.submission().folder().relativize(m.expected()));
            case Grade.Graded g -> switch (g.verdict().status()) {
                case COMPILE_ERROR -> text.get("class.compile-error") + ":\n" + String.join("\n", g.verdict().problems());
                case CANNOT_RUN -> g.verdict().results().isEmpty()
                        ? text.get("class.not-checked") + ":\n" + String.join("\n", g.verdict().problems()) : null;
                default -> null;
            };
        };
        boolean allPassed = outcomes.stream().allMatch(o -> o.state() == CheckOutcome.State.PASSED);
        root.addProperty("status", error != null ? "error" : allPassed ? "pass" : "fail");
        if (error != null) {
            root.addProperty("message", error);
        }
        JsonArray tests = new JsonArray();
        for (CheckOutcome o : outcomes) {
            JsonObject t = new JsonObject();
            t.addProperty("name", o.check().name());
            t.addProperty("test_code", o.check().code().map(s -> s.code()).orElse(""));
            t.addProperty("status", switch (o.state()) {
                case PASSED -> "pass";
                case FAILED -> "fail";
                case NOT_CHECKED, NOT_RUN -> "error";
            });
            if (o.state() != CheckOutcome.State.PASSED) {
                t.addProperty("message", o.text().isEmpty() ? o.why() : o.why() + "\n\n" + o.text());
            }
            if (!o.output().isEmpty()) {
                t.addProperty("output", cut(o.output()));
            }
            tests.add(t);
        }
        root.add("tests", tests);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    private static String cut(String output) {
        String marker = "\n… (cut to " + OUTPUT_LIMIT + " characters)";
        return output.length() <= OUTPUT_LIMIT ? output
                : output.substring(0, OUTPUT_LIMIT - marker.length()) + marker;
    }
}

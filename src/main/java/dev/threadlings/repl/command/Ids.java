package dev.threadlings.repl.command;

import dev.threadlings.course.Suggestions;
import java.util.List;

/** "did you mean" for a mistyped lesson or exercise id. */
final class Ids {
    private Ids() {}

    static String suggestion(String typed, List<String> known) {
        return Suggestions.closest(typed, known).map(id -> " (did you mean '" + id + "'?)").orElse("");
    }
}

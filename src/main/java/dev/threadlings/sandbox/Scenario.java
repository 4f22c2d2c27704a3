package dev.threadlings.sandbox;

import java.util.List;

/**
 * What to explore: pieces of Java source evaluated in order (the learner's file, then a check's code); their
 * statements, run one after another on the main thread, are the scenario.
 */
public record Scenario(List<Part> parts) {
    /** Source text that starts at line {@code firstLine} of {@code fileName}. */
    public record Part(String fileName, String text, int firstLine) {}

    public Scenario {
        parts = List.copyOf(parts);
    }
}

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

    /**
     * The source text at a trace location ({@code Counter.java:6}, {@code checks.md:29}), stripped; empty when no
     * part holds that line.
     */
    public String lineAt(String location) {
        int colon = location.lastIndexOf(':');
        if (colon < 0) {
            return "";
        }
        String file = location.substring(0, colon);
        int line;
        try {
            line = Integer.parseInt(location.substring(colon + 1));
        } catch (NumberFormatException e) {
            return "";
        }
        for (Part p : parts) {
            List<String> lines = p.text().lines().toList();
            int index = line - p.firstLine();
            if (p.fileName().equals(file) && index >= 0 && index < lines.size()) {
                return lines.get(index).strip();
            }
        }
        return "";
    }
}

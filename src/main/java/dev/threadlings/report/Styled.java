package dev.threadlings.report;

/** A line of a report with the look it should have; the console maps looks to colours, plain output ignores them. */
public record Styled(String text, Look look) {
    /** The looks a report uses. */
    public enum Look { PLAIN, TITLE, GOOD, BAD, INFO, DIM, ADDED, REMOVED, CODE }

    public static Styled plain(String text) {
        return new Styled(text, Look.PLAIN);
    }
}

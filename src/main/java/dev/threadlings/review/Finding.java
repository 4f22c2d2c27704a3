package dev.threadlings.review;

/**
 * One thing the review found, on the learner's own file and line.
 *
 * @param rule what was found
 * @param file the learner's file name, as the learner knows it ({@code Bank.java})
 * @param line 1-based line in that file
 * @param code that line of the learner's file, stripped (empty if it could not be read)
 */
public record Finding(ReviewRule rule, String file, int line, String code) {

    /** The sentence the learner reads. */
    public String message() {
        return rule.sentence();
    }

    /** {@code Bank.java:14} */
    public String where() {
        return file + ":" + line;
    }
}

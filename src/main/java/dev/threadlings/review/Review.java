package dev.threadlings.review;

import java.util.List;

/** What reviewing a file gave: its findings, or why it could not be reviewed. */
public sealed interface Review {

    /** The file was read; {@code findings} in line order (empty: nothing to say). */
    record Reviewed(List<Finding> findings) implements Review {
        public Reviewed {
            findings = List.copyOf(findings);
        }
    }

    /** The analyzer could not read the file (say, a statement at the top level, which JShell allows). */
    record NotReviewed(String why) implements Review {}

    /** The findings, none when the file was not reviewed. */
    default List<Finding> findings() {
        return this instanceof Reviewed r ? r.findings() : List.of();
    }
}

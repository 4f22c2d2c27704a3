package dev.threadlings.review;

import dev.threadlings.text.Messages;
import java.util.List;

/** What reviewing a file gave: its findings, or why it could not be reviewed. */
public sealed interface Review {

    /** The file was read; {@code findings} in line order (empty: nothing to say). */
    record Reviewed(List<Finding> findings) implements Review {
        public Reviewed {
            findings = List.copyOf(findings);
        }
    }

    /**
     * The analyzer could not read the file (say, a statement at the top level, which JShell allows): {@code reason}
     * is a bundle key ({@code review.could-not-read}, {@code review.failed}, {@code review.crashed}) with the file's
     * name and the analyzer's own words as its arguments.
     */
    record NotReviewed(String reason, String file, String cause) implements Review {
        /** Why, in English. */
        public String why() {
            return why(Messages.ENGLISH);
        }

        /** Why, in {@code text}'s language (the analyzer's own words stay as it wrote them). */
        public String why(Messages text) {
            return text.get(reason, file, cause);
        }
    }

    /** The findings, none when the file was not reviewed. */
    default List<Finding> findings() {
        return this instanceof Reviewed r ? r.findings() : List.of();
    }
}

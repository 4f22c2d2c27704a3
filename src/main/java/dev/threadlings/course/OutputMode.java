package dev.threadlings.course;

import java.util.Locale;
import java.util.Optional;

/** How captured output is compared with an {@code output} block. */
public enum OutputMode {
    /** Equal, ignoring trailing white space on each line and at the end. */
    EXACT,
    /** Equal after collapsing every run of white space. */
    NORMALIZED,
    /** The same lines, in any order. */
    UNORDERED,
    /** One regular expression per line; each output line matches its own; same number of lines. */
    REGEX;

    /** The word used in an info string, e.g. {@code normalized}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a word names, if any. */
    public static Optional<OutputMode> ofWord(String word) {
        for (OutputMode mode : values()) {
            if (mode.word().equals(word)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}

package dev.threadlings.course;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a reader made of one lesson file or exercise folder, kept even when it is broken: the id a broken item
 * claims still matters for duplicate ids and for not reporting "does not exist" when it exists but is broken.
 *
 * @param file        the lesson file or exercise.md
 * @param frontMatter its front matter, to point cross-reference problems at the right line
 * @param id          the id the front matter gives (possibly invalid), if any
 * @param value       the item, present only when it had no problems
 */
record Parsed<T>(Path file, Optional<FrontMatter> frontMatter, Optional<String> id, Optional<T> value) {

    /** The same, with its item (if any) replaced, e.g. by its translation. */
    Parsed<T> map(java.util.function.UnaryOperator<T> change) {
        return new Parsed<>(file, frontMatter, id, value.map(change));
    }

    /** Line of a front matter key (1 without front matter). */
    int line(String key) {
        return frontMatter.map(f -> f.line(key)).orElse(1);
    }

    /** Line of a list item under a key. */
    int line(String key, String item) {
        return frontMatter.map(f -> f.line(key, item)).orElse(1);
    }
}

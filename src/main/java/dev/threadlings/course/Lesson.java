package dev.threadlings.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One lesson file, {@code lessons/NN-slug.md}.
 *
 * @param id         unique lesson id from the front matter
 * @param title      the title from the front matter
 * @param order      the {@code order} key; when absent, the file's two-digit prefix
 * @param exercises  ids of this lesson's exercises, in the listed order (only ones that loaded)
 * @param requires   ids of lessons to read first (only ones that loaded)
 * @param file       the lesson file (absolute)
 * @param markdown   the body: the file's text after the closing {@code ---} of the front matter, unchanged
 * @param codeBlocks the runnable Java blocks, numbered from 1 in document order
 * @param preview    {@code preview: true}: the code blocks need the JDK's preview features (off when absent)
 */
public record Lesson(String id, String title, int order, List<String> exercises, List<String> requires,
                     Path file, String markdown, List<CodeBlock> codeBlocks, boolean preview) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(markdown, "markdown");
        exercises = List.copyOf(exercises);
        requires = List.copyOf(requires);
        codeBlocks = List.copyOf(codeBlocks);
    }
}

package dev.threadlings.markdown;

import java.util.Arrays;
import java.util.List;

/**
 * What a fenced block's info string says. The course format: a block whose info string's first word is {@code java}
 * is runnable unless one of its words is {@code norun}. The first word must be exactly {@code java}, so that
 * {@code javascript} is not mistaken for runnable Java.
 *
 * @param language the first word of the info string, empty when there is none
 * @param runnable whether the learner can {@code /run} it
 * @param explored whether {@code /run} explores it in the sandbox ({@code explore=<finding>}) instead of running it
 */
record CodeFence(String language, boolean runnable, boolean explored) {

    /** Reads an info string; {@code null} (indented code blocks) means no language. */
    static CodeFence parse(String info) {
        List<String> words = info == null || info.isBlank()
                ? List.of()
                : Arrays.asList(info.strip().split("\\s+"));
        String language = words.isEmpty() ? "" : words.getFirst();
        boolean java = language.equals("java");
        boolean runnable = java && !words.contains("norun");
        return new CodeFence(language, runnable,
                runnable && words.stream().anyMatch(w -> w.equals("explore") || w.startsWith("explore=")));
    }

    /** Whether the block should get Java colouring (runnable or not). */
    boolean isJava() {
        return language.equals("java");
    }
}

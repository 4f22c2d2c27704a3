package dev.threadlings.markdown;

/**
 * A runnable Java block of a rendered document: what {@code /run <number>} evaluates.
 *
 * @param number   1-based, in document order; shown in the block's label
 * @param language the first word of the info string (always {@code java} today)
 * @param code     the block's literal text without its trailing newline
 */
public record CodeBlock(int number, String language, String code) {
}

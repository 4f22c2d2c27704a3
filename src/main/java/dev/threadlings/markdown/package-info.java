/**
 * Markdown → terminal text. {@link dev.threadlings.markdown.MarkdownRenderer} parses lesson Markdown with
 * commonmark-java and lays it out as JLine {@link org.jline.utils.AttributedString} lines wrapped to the terminal
 * width; fenced {@code java} blocks are syntax-coloured by {@link dev.threadlings.markdown.JavaHighlighter} and
 * numbered so the learner can {@code /run} them. Knows nothing about JShell or the console.
 */
package dev.threadlings.markdown;

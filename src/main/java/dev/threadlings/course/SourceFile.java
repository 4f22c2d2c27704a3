package dev.threadlings.course;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown file read and parsed once: its text (line breaks normalized to {@code \n}), its lines, and its
 * commonmark tree with block source spans, so every block knows its line.
 */
record SourceFile(Path path, String text, List<String> lines, Node document) {

    // commonmark parsers are immutable and thread-safe, so one of each serves every load
    private static final Parser WITH_FRONT_MATTER = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private static final Parser PLAIN = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /**
     * Reads and parses a file; an unreadable file (or one that is not UTF-8) is a problem, not an exception.
     *
     * @param frontMatter whether a leading {@code ---} block is front matter (lessons, exercise.md) or plain
     *                    Markdown (checks.md, hints.md)
     */
    static Optional<SourceFile> read(Path path, boolean frontMatter, Problems problems) {
        String raw;
        try {
            raw = Files.readString(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(path, 0, "cannot read: the file is not UTF-8 text");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // RuntimeException too: a file system may fail in unchecked ways, and loading must never crash
            problems.add(path, 0, "cannot read: " + e);
            return Optional.empty();
        }
        return Optional.of(parse(path, raw, frontMatter));
    }

    static SourceFile parse(Path path, String raw, boolean frontMatter) {
        // one line-break convention for both commonmark's line indexes and ours; a BOM would hide the front matter
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Node document = (frontMatter ? WITH_FRONT_MATTER : PLAIN).parse(text);
        return new SourceFile(path, text, List.of(text.split("\n", -1)), document);
    }

    /** 1-based line where a block starts (0 if the parser gave it no position). */
    static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getFirst().getLineIndex() + 1;
    }

    /** 1-based line where a block ends (0 if the parser gave it no position). */
    static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getLast().getLineIndex() + 1;
    }

    /** The text of a 1-based line, or an empty string past the end. */
    String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    /** Lines {@code from..to} (1-based, inclusive) joined with {@code \n}. */
    String lines(int from, int to) {
        int start = Math.max(1, from);
        int end = Math.min(lines.size(), to);
        return start > end ? "" : String.join("\n", lines.subList(start - 1, end));
    }

    /** The source text of a block: its whole lines. */
    String source(Node block) {
        return lines(firstLine(block), lastLine(block));
    }

    /** Everything from the start of a 1-based line to the end of the file, unchanged. */
    String textFrom(int line) {
        int offset = 0;
        for (int i = 1; i < line && offset <= text.length(); i++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return "";
            }
            offset = next + 1;
        }
        return text.substring(Math.min(offset, text.length()));
    }

    /** Text with blank lines removed from both ends (inner lines, and indentation, untouched). */
    static String trimBlankLines(String text) {
        List<String> all = text.lines().toList();
        int from = 0;
        int to = all.size();
        while (from < to && all.get(from).isBlank()) {
            from++;
        }
        while (to > from && all.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", all.subList(from, to));
    }
}

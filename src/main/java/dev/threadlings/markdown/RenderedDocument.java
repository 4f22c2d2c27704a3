package dev.threadlings.markdown;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jline.utils.AttributedString;

/**
 * The terminal lines of a rendered Markdown document and its runnable code blocks.
 *
 * @param lines      one entry per terminal line, without line terminators and without trailing blank lines
 * @param codeBlocks the runnable Java blocks, numbered from 1 in document order
 */
public record RenderedDocument(List<AttributedString> lines, List<CodeBlock> codeBlocks) {

    public RenderedDocument {
        lines = List.copyOf(lines);
        codeBlocks = List.copyOf(codeBlocks);
    }

    /** The lines joined with {@code \n}, with ANSI escapes where lines carry styles (none when rendered without color). */
    public String toAnsi() {
        return lines.stream().map(Ansi::toAnsi).collect(Collectors.joining("\n"));
    }

    /** The lines joined with {@code \n}, without any escape sequence. */
    public String toPlain() {
        return lines.stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
    }

    /** The runnable block with this number, if there is one. */
    public Optional<CodeBlock> codeBlock(int number) {
        return codeBlocks.stream().filter(b -> b.number() == number).findFirst();
    }
}

package dev.threadlings.markdown;

import dev.threadlings.text.Messages;

import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;

/**
 * Lays out a code block: indented by two columns and never wrapped, because a wrapped line of code reads as two
 * statements. Runnable Java blocks are numbered in document order and get a dim label line naming the command.
 */
final class CodeBlockRenderer {

    static final String INDENT = "  ";
    private static final int TAB = 4;

    private final List<CodeBlock> runnable = new ArrayList<>();
    private final Messages text;

    CodeBlockRenderer(Messages text) {
        this.text = text;
    }

    /** The runnable blocks seen so far, in order. */
    List<CodeBlock> runnable() {
        return runnable;
    }

    /** The lines of one code block; {@code info} is {@code null} for indented blocks. */
    List<AttributedString> render(String info, String literal) {
        CodeFence fence = CodeFence.parse(info);
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        List<AttributedString> lines = new ArrayList<>();
        if (fence.runnable()) {
            int number = runnable.size() + 1;
            runnable.add(new CodeBlock(number, fence.language(), code));
            lines.add(new AttributedString(INDENT + "[" + number + "] ─ "
                    + text.get(fence.explored() ? "run.block-label.explored" : "run.block-label", number),
                    Theme.CODE_LABEL));
        }
        // tabs are expanded for display only; the runnable code keeps them
        String shown = expandTabs(code);
        AttributedString styled = fence.isJava() ? JavaHighlighter.highlight(shown) : new AttributedString(shown);
        lines.addAll(Lines.prefix(Lines.split(styled), new AttributedString(INDENT)));
        return lines;
    }

    /** Tabs to spaces at stops of four: a terminal's own tab stops would not respect the indent. */
    static String expandTabs(String code) {
        if (code.indexOf('\t') < 0) {
            return code;
        }
        StringBuilder out = new StringBuilder(code.length() + 16);
        int column = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\t') {
                int spaces = TAB - column % TAB;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}

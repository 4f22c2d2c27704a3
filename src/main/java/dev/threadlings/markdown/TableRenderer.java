package dev.threadlings.markdown;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draws a GFM table with box characters, columns as wide as their widest cell in terminal columns. A table wider
 * than the terminal gets narrower columns whose cells wrap (short columns keep their natural width); when even that
 * leaves under {@value #MIN_COLUMN} columns per cell, each row is listed as {@code header: value} lines instead.
 */
final class TableRenderer {

    static final int MIN_COLUMN = 4;

    private final int width;
    private final List<List<InlineText>> rows = new ArrayList<>();
    private final List<Integer> aligns = new ArrayList<>();
    private int columns;

    TableRenderer(TableBlock table, int width) {
        this.width = width;
        collectRows(table);
    }

    private void collectRows(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableRow row) {
                List<InlineText> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    boolean header = cell instanceof TableCell c && c.isHeader();
                    cells.add(InlineRenderer.render(cell, header ? AttributedStyle.BOLD : AttributedStyle.DEFAULT));
                    if (rows.isEmpty() && cell instanceof TableCell c) {
                        aligns.add(align(c.getAlignment()));
                    }
                }
                columns = Math.max(columns, cells.size());
                rows.add(cells);
            } else {
                collectRows(node); // TableHead, TableBody
            }
        }
    }

    private static int align(TableCell.Alignment alignment) {
        if (alignment == null) {
            return -1;
        }
        return switch (alignment) {
            case LEFT -> -1;
            case CENTER -> 0;
            case RIGHT -> 1;
        };
    }

    List<AttributedString> render() {
        if (rows.isEmpty() || columns == 0) {
            return List.of();
        }
        int available = width - (3 * columns + 1);
        if (available < MIN_COLUMN * columns) {
            return stacked();
        }
        int[] widths = ColumnWidths.fit(naturalWidths(), available);
        List<List<List<AttributedString>>> wrapped = new ArrayList<>();
        boolean multiLine = false;
        for (int r = 0; r < rows.size(); r++) {
            List<List<AttributedString>> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                List<AttributedString> lines = Wrapper.wrap(cell(r, c), widths[c]);
                multiLine |= r > 0 && lines.size() > 1;
                cells.add(lines);
            }
            wrapped.add(cells);
        }
        List<AttributedString> out = new ArrayList<>();
        out.add(rule(widths, '┌', '┬', '┐'));
        for (int r = 0; r < wrapped.size(); r++) {
            if (r == 1 || r > 1 && multiLine) {
                // body rows need separators only when wrapped cells would otherwise run together
                out.add(rule(widths, '├', '┼', '┤'));
            }
            out.addAll(rowLines(wrapped.get(r), widths));
        }
        out.add(rule(widths, '└', '┴', '┘'));
        return out;
    }

    private InlineText cell(int row, int column) {
        List<InlineText> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : InlineText.plain("");
    }

    private int[] naturalWidths() {
        int[] natural = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                natural[c] = Math.max(natural[c], Lines.maxWidth(Lines.split(cell(r, c).text())));
            }
        }
        return natural;
    }

    private List<AttributedString> rowLines(List<List<AttributedString>> cells, int[] widths) {
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        AttributedString bar = new AttributedString("│", Theme.TABLE_BORDER);
        List<AttributedString> out = new ArrayList<>();
        for (int k = 0; k < height; k++) {
            AttributedStringBuilder line = new AttributedStringBuilder().append(bar);
            for (int c = 0; c < columns; c++) {
                List<AttributedString> lines = cells.get(c);
                AttributedString text = k < lines.size() ? lines.get(k) : AttributedString.EMPTY;
                int align = c < aligns.size() ? aligns.get(c) : -1;
                line.append(" ").append(Lines.pad(text, widths[c], align)).append(" ").append(bar);
            }
            out.add(line.toAttributedString());
        }
        return out;
    }

    private AttributedString rule(int[] widths, char left, char middle, char right) {
        StringBuilder s = new StringBuilder().append(left);
        for (int c = 0; c < widths.length; c++) {
            s.append("─".repeat(widths[c] + 2)).append(c == widths.length - 1 ? right : middle);
        }
        return new AttributedString(s, Theme.TABLE_BORDER);
    }

    /** The fallback for very narrow terminals: one block of {@code header: value} lines per body row. */
    private List<AttributedString> stacked() {
        List<AttributedString> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            if (r > 1) {
                out.add(AttributedString.EMPTY);
            }
            for (int c = 0; c < columns; c++) {
                AttributedString label = cell(0, c).text();
                InlineText value = cell(r, c);
                AttributedString text = new AttributedStringBuilder()
                        .append(label).append(new AttributedString(": ", AttributedStyle.BOLD)).append(value.text())
                        .toAttributedString();
                BitSet glued = new BitSet();
                int offset = label.length() + 2;
                value.glued().stream().forEach(i -> glued.set(i + offset));
                out.addAll(Wrapper.wrap(new InlineText(text, glued), width));
            }
        }
        if (rows.size() == 1) {
            for (int c = 0; c < columns; c++) {
                out.addAll(Wrapper.wrap(cell(0, c), width)); // a table of headers only: one per line
            }
        }
        return out;
    }
}

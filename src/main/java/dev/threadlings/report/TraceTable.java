package dev.threadlings.report;

import dev.threadlings.markdown.Columns;
import dev.threadlings.markdown.TextWrap;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.text.Messages;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A failing schedule as people read it: one column per thread (as in The Deadlock Empire), each step with where it
 * happened, the source text of that line when there is room, and what the thread did; on a terminal too narrow for
 * the columns, a list with each step's source line and, under it, what happened. A text too long for its column is
 * cut at a word boundary (in Chinese, where a line may break), never mid-token; the list view cuts nothing but long
 * source lines, and wraps what happened at the screen's width.
 */
public final class TraceTable {
    private static final int MIN_COLUMN = 14;
    private static final int MAX_COLUMN = 48;
    private static final int MIN_CODE = 12;
    private static final int MAX_CODE = 40;

    private TraceTable() {}

    /** The trace in at most {@code width} columns. */
    public static List<String> render(SandboxReport r, int width) {
        return render(r, width, Messages.ENGLISH);
    }

    /** The trace in at most {@code width} columns, its headings in {@code text}'s language. */
    public static List<String> render(SandboxReport r, int width, Messages text) {
        int threads = r.threads().size();
        List<SandboxReport.Step> trace = r.trace().stream().map(s -> new SandboxReport.Step(s.thread(),
                PhraseText.say(s.location(), text), s.code(), PhraseText.say(s.what(), s.code(), text))).toList();
        List<SandboxReport.Step> steps = trace.stream().filter(s -> !s.gap()).toList();
        int where = Math.max(5, steps.stream().mapToInt(s -> Columns.width(s.location())).max().orElse(5)) + 2;
        int[] column = new int[threads];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            int widest = Math.max(Columns.width(r.threads().get(t)), steps.stream()
                    .filter(s -> s.thread() == thread).mapToInt(s -> Columns.width(s.what())).max().orElse(0));
            column[t] = Math.clamp(widest + 2, MIN_COLUMN, MAX_COLUMN);
        }
        while (6 + where + Arrays.stream(column).sum() > width && shrink(column)) {
            // the widest column gives up a character at a time, down to MIN_COLUMN
        }
        int fixed = 6 + where + Arrays.stream(column).sum();
        if (threads == 0 || fixed > width) {
            return list(r, trace, width);
        }
        int longestCode = steps.stream().mapToInt(s -> Columns.width(s.code())).max().orElse(0);
        int code = Math.min(Math.min(longestCode, MAX_CODE), width - fixed - 2);
        return columns(r, trace, where, code < MIN_CODE ? 0 : code, column, text);
    }

    private static boolean shrink(int[] column) {
        int widest = 0;
        for (int t = 1; t < column.length; t++) {
            widest = column[t] > column[widest] ? t : widest;
        }
        if (column.length == 0 || column[widest] <= MIN_COLUMN) {
            return false;
        }
        column[widest]--;
        return true;
    }

    private static List<String> columns(SandboxReport r, List<SandboxReport.Step> trace, int where, int code,
                                        int[] column, Messages text) {
        List<String> out = new ArrayList<>();
        StringBuilder head = new StringBuilder(pad(text.get("trace.step"), 6) + pad(text.get("trace.where"), where));
        StringBuilder rule = new StringBuilder("────  " + pad("─".repeat(where - 2), where));
        if (code > 0) {
            head.append(pad(text.get("trace.code"), code + 2));
            rule.append(pad("─".repeat(code), code + 2));
        }
        for (int t = 0; t < column.length; t++) {
            head.append(pad(fit(r.threads().get(t), column[t] - 2), column[t]));
            rule.append(pad("─".repeat(column[t] - 2), column[t]));
        }
        out.add(head.toString().stripTrailing());
        out.add(rule.toString().stripTrailing());
        int step = 0;
        for (SandboxReport.Step s : trace) {
            if (s.gap()) {
                out.add("      " + s.what());
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%4d  ", ++step)).append(pad(s.location(), where));
            if (code > 0) {
                line.append(pad(fit(s.code(), code), code + 2));
            }
            for (int t = 0; t < s.thread() && t < column.length; t++) {
                line.append(" ".repeat(column[t]));
            }
            int mine = s.thread() < column.length ? column[s.thread()] : MIN_COLUMN;
            line.append(fit(s.what(), mine - 2));
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    private static List<String> list(SandboxReport r, List<SandboxReport.Step> trace, int width) {
        List<String> out = new ArrayList<>();
        List<SandboxReport.Step> steps = trace.stream().filter(s -> !s.gap()).toList();
        int who = steps.stream().mapToInt(s -> Columns.width(name(r, s))).max().orElse(2);
        int where = steps.stream().mapToInt(s -> Columns.width(s.location())).max().orElse(5);
        int step = 0;
        for (SandboxReport.Step s : trace) {
            if (s.gap()) {
                out.add("      " + s.what());
                continue;
            }
            String head = String.format("%4d  %s  %s", ++step, pad(name(r, s), who), pad(s.location(), where));
            int room = width - Columns.width(head) - 2;
            out.add((s.code().isEmpty() || room < MIN_CODE ? head : head + "  " + fit(s.code(), room)).stripTrailing());
            out.addAll(TextWrap.lines("        " + s.what(), width)); // Chinese breaks between its characters
        }
        return out;
    }

    private static String name(SandboxReport r, SandboxReport.Step s) {
        return r.threadName(s.thread()).orElse("T" + s.thread());
    }

    /**
     * {@code s} in at most {@code width} columns: cut at the last clause boundary in the second half of the room (a
     * space; after {@code ( . , ;} or Chinese {@code ，：；。、}; before {@code （}), else where a line may break
     * ({@link BreakIterator}'s line rules: between two Chinese characters, never inside a Latin word or number nor
     * before closing punctuation), then "…", so that no value or name is shown half (a hard cut only when there is
     * neither). Columns, not chars: a thread named 工人 takes four.
     */
    static String fit(String s, int width) {
        if (Columns.width(s) <= width) {
            return s;
        }
        String cut = Columns.prefix(s, Math.max(0, width - 1));
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.CHINESE);
        breaks.setText(s);
        int lineBreak = -1;
        for (int i = cut.length(); i > 0 && Columns.width(cut.substring(0, i)) >= width / 2; i--) {
            char before = s.charAt(i - 1);
            if (s.charAt(i) == ' ' || s.charAt(i) == '（' || before == ' ' || "(.,;[，：；。、".indexOf(before) >= 0) {
                return cut.substring(0, i).stripTrailing() + "…";
            }
            if (lineBreak < 0 && breaks.isBoundary(i)) {
                lineBreak = i;
            }
        }
        return (lineBreak > 0 ? cut.substring(0, lineBreak) : cut).stripTrailing() + "…";
    }

    private static String pad(String s, int width) {
        return Columns.fill(s, width);
    }
}

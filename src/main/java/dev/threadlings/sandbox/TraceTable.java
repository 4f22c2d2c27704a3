package dev.threadlings.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A failing schedule as people read it: one column per thread (as in The Deadlock Empire), each step with what
 * happened and where; a numbered list instead when the columns would not fit.
 */
public final class TraceTable {
    private static final int MIN_COLUMN = 22;

    private TraceTable() {}

    public static List<String> render(SandboxReport r, int width) {
        int threads = r.threads().size();
        int where = 2 + r.trace().stream().mapToInt(s -> s.location().length()).max().orElse(4);
        int column = threads == 0 ? 0 : (width - 6 - where) / threads;
        return column >= MIN_COLUMN ? columns(r, where, column) : list(r);
    }

    private static List<String> columns(SandboxReport r, int where, int column) {
        List<String> out = new ArrayList<>();
        StringBuilder head = new StringBuilder("step  " + pad("where", where));
        StringBuilder rule = new StringBuilder("────  " + pad("─".repeat(where - 2), where));
        for (String t : r.threads()) {
            head.append(pad(fit(t, column - 2), column));
            rule.append(pad("─".repeat(column - 2), column));
        }
        out.add(head.toString().stripTrailing());
        out.add(rule.toString().stripTrailing());
        int step = 0;
        for (SandboxReport.Step s : r.trace()) {
            if (s.gap()) {
                out.add("      " + s.what());
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%4d  ", ++step));
            line.append(pad(s.location(), where));
            line.append(" ".repeat(column * s.thread()));
            line.append(fit(s.what(), column - 2));
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    private static List<String> list(SandboxReport r) {
        List<String> out = new ArrayList<>();
        int step = 0;
        for (SandboxReport.Step s : r.trace()) {
            if (s.gap()) {
                out.add("      " + s.what());
                continue;
            }
            String who = r.threadName(s.thread()).orElse("T" + s.thread());
            out.add(String.format("%4d  %-8s %-18s %s", ++step, fit(who, 8), s.location(), s.what()));
        }
        return out;
    }

    private static String fit(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}

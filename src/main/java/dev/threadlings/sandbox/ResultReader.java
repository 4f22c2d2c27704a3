package dev.threadlings.sandbox;

import dev.threadlings.eval.SourceMap;
import java.util.ArrayList;
import java.util.List;

/** Reads the explorer's result (result.txt, its seal checked), mapping snippet locations in frames ({@code #12:4}) to the learner's lines. */
final class ResultReader {
    private ResultReader() {}

    static SandboxReport read(String text, SourceMap sources) {
        SandboxOutcome outcome = SandboxOutcome.NONE;
        String kind = "none";
        String message = "";
        List<String> details = new ArrayList<>();
        List<SandboxReport.Step> trace = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        List<Integer> choices = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        int schedules = 0;
        int systematic = 0;
        int bound = 0;
        int unmanaged = 0;
        boolean exhaustive = false;
        String strategies = "";
        double seconds = 0;
        for (String line : text.lines().toList()) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "schedules" -> schedules = Integer.parseInt(f[1]);
                case "systematic" -> systematic = Integer.parseInt(f[1]);
                case "exhaustive" -> exhaustive = Boolean.parseBoolean(f[1]);
                case "bound" -> bound = Integer.parseInt(f[1]);
                case "strategies" -> strategies = unesc(f[1]);
                case "seconds" -> seconds = Double.parseDouble(f[1]);
                case "unmanaged" -> unmanaged = Integer.parseInt(f[1]);
                case "limit" -> limits.add(unesc(f[1]));
                case "kind" -> {
                    kind = f[1];
                    outcome = SandboxOutcome.fromExplorer(kind);
                }
                case "message" -> message = unesc(f[1]);
                case "detail" -> details.add(frame(unesc(f[1]), sources));
                case "thread" -> threads.add(unesc(f[1]));
                case "choices" -> {
                    for (String c : f[1].split("\\.")) {
                        if (!c.isBlank()) {
                            choices.add(Integer.parseInt(c));
                        }
                    }
                }
                case "event" -> trace.add(new SandboxReport.Step(Integer.parseInt(f[1]), unesc(f[2]), unesc(f[3])));
                default -> { }
            }
        }
        if (outcome == SandboxOutcome.ERROR) {
            message = "the explorer reported an outcome this version does not know ('" + kind + "'): " + message;
        }
        return new SandboxReport(outcome, message, details, trace, threads, choices, schedules, systematic,
                exhaustive, bound, strategies, seconds, unmanaged, List.copyOf(limits));
    }

    /** {@code frame|Counter.increment|REPL.$JShell$12$Counter|18} → {@code at Counter.increment (Counter.java:3)}. */
    private static String frame(String detail, SourceMap sources) {
        if (!detail.startsWith("frame|")) {
            return detail;
        }
        String[] p = detail.split("\\|");
        String at = sources.locateClassLine(p[2], Integer.parseInt(p[3]));
        return "  at " + (p[1].isEmpty() ? "" : p[1] + " ") + "(" + (at == null ? "line " + p[3] : at) + ")";
    }

    private static String unesc(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package dev.threadlings.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Describes outcomes the way jshell does ({@code x ==> 42}, {@code |  Error:} with a caret), as toned lines. */
public final class OutcomeText {
    /** How a line should look. */
    public enum Tone { VALUE, INFO, ERROR }

    /** One line of description. */
    public record Line(String text, Tone tone) {}

    private final Function<Outcome.Frame, String> frameLocation;

    /** {@code frameLocation} names where a learner frame is, e.g. {@code #12:3} or {@code Counter.java:7}. */
    public OutcomeText(Function<Outcome.Frame, String> frameLocation) {
        this.frameLocation = frameLocation;
    }

    /** jshell's own convention: {@code #id:line}. */
    public static OutcomeText jshellStyle() {
        return new OutcomeText(f -> f.snippetId().map(id -> "#" + id + ":" + f.line())
                .orElse(f.fileName() + (f.line() > 0 ? ":" + f.line() : "")));
    }

    public List<Line> describe(Outcome outcome) {
        List<Line> lines = new ArrayList<>();
        switch (outcome) {
            case Outcome.Value v -> {
                if (v.value() != null && !(v.declaration() && v.value().isEmpty())) {
                    lines.add(new Line(v.name() + " ==> " + v.value(), Tone.VALUE));
                }
            }
            case Outcome.Declared d -> {
                if (!d.kind().equals("import")) {
                    String verb = d.replaced() ? "replaced " : "created ";
                    String text = "|  " + verb + d.kind() + " " + d.name();
                    if (!d.unresolved().isEmpty()) {
                        text += ", however, it cannot be used until " + String.join(", ", d.unresolved())
                                + " is declared";
                    }
                    lines.add(new Line(text, Tone.INFO));
                }
            }
            case Outcome.Ran r -> { }
            case Outcome.CompileError c -> lines.addAll(compileError(c, "|  "));
            case Outcome.Thrown t -> lines.addAll(failure(t.failure(), "|  Exception "));
            case Outcome.Stopped s -> lines.add(new Line("|  Stopped.", Tone.INFO));
            case Outcome.VmLost l -> lines.add(new Line("|  " + l.reason() + ".", Tone.ERROR));
        }
        return lines;
    }

    /** The compiler's messages, each followed by the offending source line and a caret under the columns. */
    public static List<Line> compileError(Outcome.CompileError c, String prefix) {
        List<Line> lines = new ArrayList<>();
        for (Outcome.Diagnostic d : c.diagnostics()) {
            lines.add(new Line(prefix + (d.error() ? "Error:" : "Warning:"), Tone.ERROR));
            for (String m : d.message().split("\n")) {
                // javac names the enclosing class; for top-level snippets that is JShell's wrapper, shown as a
                // bare "location: class" — jshell drops it too
                if (!m.strip().equals("location: class")) {
                    lines.add(new Line(prefix + m, Tone.ERROR));
                }
            }
            lines.addAll(caret(c.source(), d, prefix));
        }
        return lines;
    }

    public static List<Line> caret(String source, Outcome.Diagnostic d, String prefix) {
        int start = (int) Math.max(0, Math.min(d.start(), source.length()));
        int lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start < lineStart) {
            lineStart = 0;
        }
        int lineEnd = source.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = source.length();
        }
        String line = source.substring(lineStart, lineEnd).replace('\t', ' ');
        int from = start - lineStart;
        int to = (int) Math.max(from + 1, Math.min(d.end(), lineEnd) - lineStart);
        String mark = to - from <= 1 ? "^" : "^" + "-".repeat(Math.max(0, to - from - 2)) + "^";
        return List.of(new Line(prefix + line, Tone.ERROR), new Line(prefix + " ".repeat(from) + mark, Tone.ERROR));
    }

    /** An exception and its learner-relevant frames, then its causes. */
    public List<Line> failure(Outcome.Failure f, String headPrefix) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(headPrefix + f.headline(), Tone.ERROR));
        for (Outcome.Frame fr : f.frames()) {
            String at = fr.where().isEmpty() ? "" : fr.where() + " ";
            lines.add(new Line("|        at " + at + "(" + frameLocation.apply(fr) + ")", Tone.ERROR));
        }
        f.cause().ifPresent(c -> lines.addAll(failure(c, "|  Caused by: ")));
        return lines;
    }
}

package dev.threadlings.eval;

import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Describes outcomes the way jshell does ({@code x ==> 42}, {@code |  Error:} with a caret), as toned lines. */
public final class OutcomeText {
    /** How a line should look. */
    public enum Tone { VALUE, INFO, ERROR }

    private static final java.util.regex.Pattern BARE_LOCATION = java.util.regex.Pattern.compile("location: class|位置: 类");

    /** One line of description. */
    public record Line(String text, Tone tone) {}

    private final Function<Outcome.Frame, String> frameLocation;
    private final Messages text;

    /** {@code frameLocation} names where a learner frame is, e.g. {@code #12:3} or {@code Counter.java:7}. */
    public OutcomeText(Function<Outcome.Frame, String> frameLocation) {
        this(frameLocation, Messages.ENGLISH);
    }

    /** As {@link #OutcomeText(Function)}, jshell's words ("created", "Error:" …) in {@code text}'s language. */
    public OutcomeText(Function<Outcome.Frame, String> frameLocation, Messages text) {
        this.frameLocation = frameLocation;
        this.text = text;
    }

    /** jshell's own convention: {@code #id:line}. */
    public static OutcomeText jshellStyle() {
        return jshellStyle(Messages.ENGLISH);
    }

    /** jshell's own convention, its words in {@code text}'s language (as the JDK's jshell says them in Chinese). */
    public static OutcomeText jshellStyle(Messages text) {
        return new OutcomeText(f -> f.snippetId().map(id -> "#" + id + ":" + f.line())
                .orElse(f.fileName() + (f.line() > 0 ? ":" + f.line() : "")), text);
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
                    String kind = text.get("jshell.kind." + d.kind().replace(' ', '-'));
                    String said = "|  " + text.get(d.replaced() ? "jshell.replaced" : "jshell.created", kind, d.name());
                    if (!d.unresolved().isEmpty()) {
                        said += text.get("jshell.until", String.join(", ", d.unresolved().stream()
                                .map(this::unresolved).toList()));
                    }
                    lines.add(new Line(said, Tone.INFO));
                }
            }
            case Outcome.Ran r -> { }
            case Outcome.CompileError c -> lines.addAll(compileError(c, "|  ", text));
            case Outcome.Thrown t -> lines.addAll(failure(t.failure(), "|  " + text.get("jshell.exception") + " "));
            case Outcome.Stopped s -> lines.add(new Line("|  " + text.get("jshell.stopped"), Tone.INFO));
            case Outcome.VmLost l -> lines.add(new Line("|  " + text.get(l.reason()), Tone.ERROR));
        }
        return lines;
    }

    private String unresolved(String name) {
        return unresolved(name, text);
    }

    /** JShell's "variable Missing" with its kind in the reader's language ("变量 Missing"). */
    public static String unresolved(String name, Messages text) {
        int space = name.indexOf(' ');
        String kind = space < 0 ? "" : name.substring(0, space);
        return text.find("jshell.kind." + kind).map(k -> k + name.substring(space)).orElse(name);
    }

    /** The compiler's messages, each followed by the offending source line and a caret under the columns. */
    public static List<Line> compileError(Outcome.CompileError c, String prefix) {
        return compileError(c, prefix, Messages.ENGLISH);
    }

    /** As {@link #compileError(Outcome.CompileError, String)}, its headings in {@code text}'s language. */
    public static List<Line> compileError(Outcome.CompileError c, String prefix, Messages text) {
        List<Line> lines = new ArrayList<>();
        for (Outcome.Diagnostic d : c.diagnostics()) {
            lines.add(new Line(prefix + text.get(d.error() ? "jshell.error" : "jshell.warning"), Tone.ERROR));
            for (String m : d.message().split("\n")) {
                // javac names the enclosing class; for top-level snippets that is JShell's wrapper, shown as a
                // bare "location: class" (in Chinese "位置: 类") — jshell drops it too
                if (!BARE_LOCATION.matcher(m.strip()).matches()) {
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
        f.cause().ifPresent(c -> lines.addAll(failure(c, "|  " + text.get("jshell.caused-by") + " ")));
        return lines;
    }
}

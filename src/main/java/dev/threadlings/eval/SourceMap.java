package dev.threadlings.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Which file and line each evaluated snippet came from, so a stack frame in snippet 12, line 3 can be shown as
 * {@code Counter.java:14} (the learner's file) or {@code checks.md:40} (a check).
 */
public final class SourceMap {
    private record Origin(String file, int firstLine) {}

    private final Map<String, Origin> origins = new HashMap<>();
    private final Map<String, RemoteShell.WrapperLines> wrappers = new HashMap<>();
    private static final java.util.regex.Pattern WRAPPER = java.util.regex.Pattern.compile(
            "^(REPL\\.\\$JShell\\$\\d+[A-Z]*)(\\$.*)?$");

    public void put(String snippetId, String file, int firstLine) {
        origins.put(snippetId, new Origin(file, firstLine));
    }

    /** Remembers how a snippet's wrapper class lines map back to the snippet. */
    public void putWrapper(RemoteShell.WrapperLines lines) {
        wrappers.put(lines.className(), lines);
    }

    /**
     * {@code File.java:N} for line {@code line} of a class file JShell compiled ({@code REPL.$JShell$12$Counter});
     * null when the class or line is not the learner's.
     */
    public String locateClassLine(String className, int line) {
        var m = WRAPPER.matcher(className.replace('/', '.'));
        if (!m.matches()) {
            return null;
        }
        RemoteShell.WrapperLines w = wrappers.get(m.group(1));
        if (w == null || line <= 0 || line >= w.snippetLineOfWrapperLine().length
                || w.snippetLineOfWrapperLine()[line] == 0) {
            return null;
        }
        return locate(w.snippetId(), w.snippetLineOfWrapperLine()[line]);
    }

    public boolean contains(String snippetId, String file) {
        Origin o = origins.get(snippetId);
        return o != null && o.file.equals(file);
    }

    /** {@code File.java:N} for line {@code line} of snippet {@code snippetId}, or null if unknown. */
    public String locate(String snippetId, int line) {
        Origin o = origins.get(snippetId);
        return o == null ? null : o.file + ":" + (o.firstLine + Math.max(line, 1) - 1);
    }

    /**
     * A stack trace as text (a learner thread's uncaught exception on System.err) with each frame of the learner's
     * code named as the learner wrote it: {@code at REPL.$JShell$18$Server.accept($JShell$18.java:49)} becomes
     * {@code at Server.accept(Server.java:50)} — the class without JShell's wrapper, the line in the learner's own
     * file (or the check's). A frame whose line is not known keeps JShell's line, without the wrapper's name.
     */
    public String cleanStackText(String text) {
        if (!text.contains("$JShell$")) {
            return text;
        }
        return rewriteFrames(text, f -> {
            String located = locateClassLine(f.className(), f.line());
            String file = located != null ? located
                    : (f.file().startsWith("$JShell$") ? "line " : f.file() + ":") + f.line();
            return "at " + (f.inner().isEmpty() ? f.method() : f.inner() + "." + f.method()) + "(" + file + ")";
        });
    }

    /** One frame of a class JShell compiled, as a stack trace prints it; {@code inner} empty for the wrapper's own. */
    record CompiledFrame(String wrapper, String inner, String method, String file, int line) {
        String className() {
            return inner.isEmpty() ? wrapper : wrapper + "$" + inner;
        }
    }

    /** {@code text} with each compiled frame's {@code at …} replaced by {@code shown}, and wrapper names cleaned. */
    static String rewriteFrames(String text, java.util.function.Function<CompiledFrame, String> shown) {
        return FRAME.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(shown.apply(
                new CompiledFrame(m.group(1), m.group(2) == null ? "" : m.group(2).substring(1), m.group(3),
                        m.group(4), Integer.parseInt(m.group(5)))))).transform(StackCleaner::cleanText);
    }

    /** A stack frame of a class JShell compiled: wrapper, inner class, method, file, line. */
    private static final java.util.regex.Pattern FRAME = java.util.regex.Pattern.compile(
            "at (?:[\\w.]+/)?(REPL\\.\\$JShell\\$\\d+[A-Z]*)(\\$[\\w$]+)?\\.([\\w$<>]+)\\(([^():]*):(\\d+)\\)");

    /** {@code File.java:N} for a frame in a known snippet; the JDK's own file and line otherwise. */
    public String locate(Outcome.Frame frame) {
        Origin o = frame.snippetId().map(origins::get).orElse(null);
        if (o == null) {
            return frame.fileName() + (frame.line() > 0 ? ":" + frame.line() : "");
        }
        return o.file + ":" + (o.firstLine + Math.max(frame.line(), 1) - 1);
    }
}

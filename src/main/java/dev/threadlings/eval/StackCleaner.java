package dev.threadlings.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;

/**
 * Removes JShell's plumbing from stack traces: wrapper class names ({@code REPL.$JShell$12$Counter} → {@code Counter})
 * and the reflective frames below the snippet.
 */
public final class StackCleaner {
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$(\\d+)[A-Z]?(\\$)?");

    private StackCleaner() {}

    static Outcome.Failure failure(EvalException e) {
        List<Outcome.Frame> frames = new ArrayList<>();
        for (StackTraceElement el : e.getStackTrace()) {
            Matcher m = WRAPPER.matcher(el.getClassName());
            boolean learner = m.lookingAt();
            String cls = learner ? el.getClassName().substring(m.end()) : el.getClassName();
            // JShell names a snippet's source file "#<snippet id>"; the number in the class name is another counter
            String file = el.getFileName() == null ? "" : el.getFileName();
            String id = file.startsWith("#") ? file.substring(1) : null;
            boolean topLevel = learner && cls.isEmpty() && el.getMethodName().equals("do_it$");
            String where = topLevel ? "" : (cls.isEmpty() ? el.getMethodName() : cls + "." + el.getMethodName());
            frames.add(new Outcome.Frame(where, Optional.ofNullable(id), el.getLineNumber(), file));
            if (topLevel) {
                break; // below this are JShell's reflective calls
            }
        }
        JShellException cause = e.getCause();
        Optional<Outcome.Failure> c = cause instanceof EvalException ce ? Optional.of(failure(ce)) : Optional.empty();
        return new Outcome.Failure(e.getExceptionClassName(), e.getMessage(), List.copyOf(frames), c);
    }

    /** Cleans wrapper names out of free text, such as a stack trace a learner thread printed on System.err. */
    public static String cleanText(String text) {
        return WRAPPER.matcher(text).replaceAll("");
    }
}

package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;

/** Turns a throwable that escaped a managed thread into a failure, with the frames of learner code only. */
final class Failures {
    private Failures() {}

    static Failure uncaught(Slot slot, Throwable t) {
        return uncaught(slot.name(), t);
    }

    /** {@code who}: how the thread is called in the message ({@code main}, {@code T1}). */
    static Failure uncaught(String who, Throwable t) {
        if (t instanceof ExitCalled exit) {
            return new Failure(FailureKind.EXIT, who + " called System.exit(" + exit.status + ")",
                    frames(t));
        }
        FailureKind kind = t instanceof AssertionError ? FailureKind.ASSERTION : FailureKind.EXCEPTION;
        String message = t.getMessage() == null ? null : t.getMessage().replaceAll(
                "the return value of \"dev\\.threadlings\\.sandbox\\.runtime\\.Sched\\.read.\\([^)]*\\)\"",
                "the value read from a field");
        String text = Names.clean(t.getClass().getName()) + (message == null ? "" : ": " + message);
        if (t instanceof AssertionError && t.getMessage() != null) {
            text = "assertion failed: " + t.getMessage();
        } else if (t instanceof AssertionError) {
            text = "assertion failed";
        }
        return new Failure(kind, who + " threw " + text, frames(t));
    }

    static List<String> frames(Throwable t) {
        return frames(t.getStackTrace(), Integer.MAX_VALUE);
    }

    /**
     * The innermost {@code most} frames in learner code (classes of the sandbox loader) as
     * {@code frame|where|class|line} ({@code frame|Counter.increment|REPL.$JShell$12$Counter|18}); the console maps
     * class and line to the learner's file and line.
     */
    static List<String> frames(StackTraceElement[] stack, int most) {
        List<String> out = new ArrayList<>();
        for (StackTraceElement e : stack) {
            if ("sandbox".equals(e.getClassLoaderName()) && out.size() < most) {
                String cls = Names.clean(e.getClassName());
                String method = e.getMethodName().startsWith("lambda$") ? "lambda" : e.getMethodName();
                String where = cls.equals("script") ? (method.equals("do_it$") ? "" : method) : cls + "." + method;
                out.add("frame|" + where + "|" + e.getClassName() + "|" + e.getLineNumber());
            }
        }
        return out;
    }
}

package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.Cause;
import dev.threadlings.sandbox.runtime.schedule.ExitCalled;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.Frame;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import dev.threadlings.sandbox.runtime.schedule.Turns;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a throwable that escaped a managed thread into a finding, with the frames of learner code only. */
public final class Failures {
    private static final Pattern STAND_IN =
            Pattern.compile("the return value of \"dev\\.threadlings\\.sandbox\\.[\\w.$]*\\.(\\w+)\\([^)]*\\)\"");

    private Failures() {}

    public static Finding uncaught(ManagedThread slot, Throwable t) {
        return uncaught(slot.name(), t);
    }

    /** {@code who}: how the thread is called in the report ({@code main}, {@code T1}). */
    public static Finding uncaught(String who, Throwable t) {
        if (t instanceof ExitCalled exit) {
            return new Finding.Exited(who, exit.status, frames(t));
        }
        String message = t.getMessage() == null ? null : learnersWords(t.getMessage());
        return new Finding.Thrown(who, t instanceof AssertionError, Names.clean(t.getClass().getName()), message,
                frames(t), new Cause.Unknown());
    }

    /**
     * A helpful NullPointerException names the method that returned null; in instrumented code a field read is a
     * call of the sandbox's own ({@code MemoryAccesses.readL}) and a blocking poll is a model's. The learner reads
     * what they wrote instead: "the value read from a field", "the return value of poll(…)".
     */
    static String learnersWords(String message) {
        return STAND_IN.matcher(message).replaceAll(m -> {
            String method = m.group(1);
            return Matcher.quoteReplacement(method.startsWith("read") ? "the value read from a field"
                    : "the return value of \"" + method.replaceAll("(Timed|Now)$", "") + "(…)\"");
        });
    }

    public static List<Frame> frames(Throwable t) {
        return frames(t.getStackTrace(), Integer.MAX_VALUE);
    }

    /**
     * The innermost {@code most} frames in learner code (classes of the sandbox loader): the host maps class and
     * line to the learner's file and line.
     */
    public static List<Frame> frames(StackTraceElement[] stack, int most) {
        List<Frame> out = new ArrayList<>();
        for (StackTraceElement e : stack) {
            if ("sandbox".equals(e.getClassLoaderName()) && out.size() < most) {
                String cls = Names.clean(e.getClassName());
                String method = e.getMethodName().startsWith("lambda$") ? "lambda" : e.getMethodName();
                String where = cls.equals("script") ? (method.equals("do_it$") ? "" : method) : cls + "." + method;
                out.add(new Frame(where, e.getClassName(), e.getLineNumber(), ""));
            }
        }
        return out;
    }
}

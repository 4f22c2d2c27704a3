package dev.threadlings.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs in the learner's VM (JDK classes only): the default handler for exceptions no thread caught. It prints what
 * the JDK prints ({@code Exception in thread "…"} and the trace) and remembers each death, so that a check whose
 * results look right still learns that a thread of the learner's died on the way — a loop thread that crashed
 * after the replies went out, a consumer that died on the last item. A learner's own handler replaces it.
 */
public final class ThreadDeaths implements Thread.UncaughtExceptionHandler {
    /** The extension command that hands over the deaths since the last one ({@link #drain()}). */
    public static final String COMMAND = "threadlings.threadDeaths";
    private static final int KEPT = 16;
    private static final int CAUSES_KEPT = 4;
    private static final ThreadDeaths HANDLER = new ThreadDeaths();
    private static final List<String[]> deaths = new ArrayList<>();

    private ThreadDeaths() {}

    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(HANDLER);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        synchronized (deaths) {
            if (deaths.size() < KEPT) {
                deaths.add(describe(thread, e));
            }
        }
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        e.printStackTrace(System.err);
    }

    /**
     * {@code [thread, exception's toString() and a "Caused by: " line per cause, "interrupted" or "", frame…]}, a
     * frame as {@code class|method|file|line}: plain strings, since the answer travels over JShell's object stream.
     * Causes are followed a bounded number of steps: a learner's exceptions may cause each other in a cycle.
     */
    private static String[] describe(Thread thread, Throwable e) {
        boolean interrupted = false;
        Throwable c = e;
        for (int depth = 0; c != null && !interrupted && depth < 16; c = c.getCause(), depth++) {
            interrupted = c instanceof InterruptedException || c instanceof java.nio.channels.ClosedByInterruptException;
        }
        StackTraceElement[] frames = e.getStackTrace();
        String[] out = new String[3 + frames.length];
        out[0] = thread.getName();
        StringBuilder exception = new StringBuilder(String.valueOf(e));
        int causes = 0;
        for (Throwable c2 = e.getCause(); c2 != null && causes < CAUSES_KEPT; c2 = c2.getCause(), causes++) {
            exception.append("\nCaused by: ").append(c2); // "Socket closed" says why the reader's rethrow happened
        }
        out[1] = exception.toString();
        out[2] = interrupted ? "interrupted" : "";
        for (int i = 0; i < frames.length; i++) {
            StackTraceElement f = frames[i];
            out[3 + i] = f.getClassName() + "|" + f.getMethodName() + "|" + f.getFileName() + "|" + f.getLineNumber();
        }
        return out;
    }

    /** The deaths since the last call, oldest first. */
    static ArrayList<String[]> drain() {
        synchronized (deaths) {
            ArrayList<String[]> all = new ArrayList<>(deaths);
            deaths.clear();
            return all;
        }
    }
}

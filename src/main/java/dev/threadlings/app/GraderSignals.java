package dev.threadlings.app;

import dev.threadlings.eval.LearnerVms;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * The answer of the commands that run learner code ({@code check}, {@code sandbox}, {@code step}) to a signal that ends a process. Where
 * learner VMs cannot run in a PID namespace of their own, the code under check can signal the grader
 * ({@code ProcessHandle.current().parent().get().destroy()}, {@code kill} of its process group); it ended the
 * command with the JVM's exit 143 and no word. No API says who sent a signal, so one that comes while learner code
 * runs or has just run is taken as its doing: the learner VMs are stopped and the command says so in one line and
 * exits 2, "could not check" — never a pass, never a verdict the code forced. Other such signals end the command as
 * the JVM would (128 + the signal's number). SIGKILL cannot be caught: against {@code destroyForcibly()} of its
 * parent only the namespace (or a user of its own) helps; the command then dies with 137, which is not a pass
 * either.
 */
final class GraderSignals {
    /**
     * How long a command that ran learner code outside a namespace waits before it exits, so that a signal that
     * code sent just before its last result is answered first: the JVM hands a signal to its handler on a thread
     * of its own, which may start after the command has its exit code.
     */
    private static final long SETTLE_MILLIS = 300;
    private static final Object LOCK = new Object();
    /** When the answer was installed: learner code that ran before it belongs to no check of this command. */
    private static volatile long since = System.nanoTime();
    /** The signal taken as learner code's, or null; guarded by LOCK. */
    private static Signal taken;
    /** Set once the command has its exit code: a signal after that is too late to change it; guarded by LOCK. */
    private static boolean settled;

    private GraderSignals() {}

    /** Runs before the one line is said (a full-screen view puts the terminal back first); guarded by LOCK. */
    private static Runnable beforeSaying = () -> {};

    /**
     * Answers the ending signals from now on; {@code err} gets the one line, in {@code text}'s language (the line
     * that says a signal was taken as the checked code's).
     */
    static void install(PrintStream err, dev.threadlings.text.Messages text) {
        install(err, text, () -> {});
    }

    /** As {@link #install(PrintStream, dev.threadlings.text.Messages)}; {@code before} runs before the line. */
    static void install(PrintStream err, dev.threadlings.text.Messages text, Runnable before) {
        synchronized (LOCK) {
            beforeSaying = before;
        }
        since = System.nanoTime();
        for (String name : TerminationSignals.ENDING) {
            try {
                Signal.handle(new Signal(name), signal -> answer(signal, err, text));
            } catch (IllegalArgumentException e) {
                // not a signal of this system, or one the JVM keeps for itself
            }
        }
    }

    private static void answer(Signal signal, PrintStream err, dev.threadlings.text.Messages text) {
        boolean learners;
        synchronized (LOCK) {
            if (settled || taken != null) {
                return; // the exit is under way, with the code it will have
            }
            learners = LearnerVms.mayHaveSignalled(since);
            if (learners) {
                taken = signal;
                LearnerVms.stopRunning(); // code that signals in a loop is stopped before the exit
            } else {
                settled = true;
            }
        }
        if (!learners) {
            Runtime.getRuntime().exit(128 + signal.getNumber());
            return;
        }
        Runnable before;
        synchronized (LOCK) {
            before = beforeSaying;
        }
        before.run();
        err.println(text.get("cli.signal", signal.getName()));
        err.flush();
        Runtime.getRuntime().exit(2);
    }

    /**
     * The command's exit code, {@code code} unless a signal was taken as learner code's (then 2, its line said);
     * waits first for a signal that learner code may have sent in its last moments.
     */
    static int settle(int code) {
        if (LearnerVms.mayHaveSignalled(since)) {
            try {
                TimeUnit.MILLISECONDS.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (LOCK) {
            settled = true;
            return taken != null ? 2 : code;
        }
    }
}

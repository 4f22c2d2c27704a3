package dev.threadlings.app;

import dev.threadlings.eval.LearnerVms;
import java.util.List;
import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * The console's answer to the signals that end a process. Where learner VMs cannot run in a PID namespace of their
 * own, learner code can signal the console ({@code ProcessHandle.current().parent().get().destroy()}, or
 * {@code kill -TERM} of any process of the user); no API says who sent a signal, so one that comes while learner
 * code runs or has just run is taken as its doing: the VMs running learner code are ended with what they started,
 * the learner is told in one line, and the console stays. Any other such signal ends the console as the JVM would
 * (exit 128 + the signal's number, through the shutdown hooks: the terminal is restored, history and progress are
 * saved as they are after every line), so a second one from outside, once the learner's code is stopped, ends it.
 * SIGKILL and SIGSTOP cannot be caught: against those only the namespace (or a user of its own) helps.
 */
final class TerminationSignals {
    /** Signals whose default ends a process and that the JVM lets a program handle (HUP: a closed terminal). */
    static final List<String> ENDING = List.of("TERM", "HUP", "USR1", "ALRM", "VTALRM", "PROF", "POLL", "PWR",
            "STKFLT", "XCPU");
    /**
     * Signals that come this soon after learner code was stopped, or after another such signal, while no learner
     * code runs, were sent before it died: a loop sending them, whose signals the JVM hands over one by one, each
     * on a thread of its own, for seconds on a busy machine. They change nothing.
     */
    private static final long BURST_NANOS = 2_000_000_000L;

    /** When a signal was last taken as learner code's and answered (what ran before is answered). */
    private static long answeredAt = System.nanoTime() - 2 * BURST_NANOS;
    /** When the last signal came that was taken as learner code's. */
    private static long lastTaken = answeredAt;

    private TerminationSignals() {}

    /** Answers these signals from now on; {@code say} prints one line to the learner. */
    static void install(Consumer<String> say) {
        for (String name : ENDING) {
            try {
                Signal.handle(new Signal(name), signal -> answer(signal, say));
            } catch (IllegalArgumentException e) {
                // not a signal of this system (PWR, STKFLT on macOS), or one the JVM keeps for itself
            }
        }
    }

    private static synchronized void answer(Signal signal, Consumer<String> say) {
        long now = System.nanoTime();
        if (now - lastTaken < BURST_NANOS && !LearnerVms.runsLearnerCode()) {
            lastTaken = now;
            return;
        }
        if (!LearnerVms.mayHaveSignalled(answeredAt)) {
            Runtime.getRuntime().exit(128 + signal.getNumber());
            return;
        }
        int stopped = LearnerVms.stopRunning();
        answeredAt = System.nanoTime();
        lastTaken = answeredAt;
        say.accept("Your code tried to end the console (SIG" + signal.getName() + ")"
                + (stopped > 0 ? ": the Java VM running it was stopped" : "") + "; the console stays. (Not your code? "
                + "Send it again in a few seconds to end the console.)");
    }
}

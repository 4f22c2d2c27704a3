package dev.threadlings.sandbox.runtime;

import dev.threadlings.sandbox.runtime.schedule.Names;
import java.util.List;

/**
 * What went wrong, as data: made in the explorer VM (or, for the last three, by the host), sent across by
 * {@link FindingCodec} and put into words only by the host's report, in the learner's language. Names of threads,
 * variables, calls and locations are the program's own; everything said about them is the report's.
 */
public sealed interface Finding {
    /** The class of finding; the host maps it to its outcome by an exhaustive switch. */
    FailureKind kind();

    /**
     * An exception or a failed assertion that no handler took. {@code message}: the throwable's own (null when it
     * had none); {@code cause}: what made it happen, when the schedule says (a race, a liberty, an interleaving).
     */
    record Thrown(String thread, boolean assertion, String type, String message, List<Frame> frames, Cause cause)
            implements Finding {
        public Thrown {
            frames = List.copyOf(frames);
        }

        public FailureKind kind() {
            return assertion ? FailureKind.ASSERTION : FailureKind.EXCEPTION;
        }
    }

    /** A thread called {@code System.exit(status)}. */
    record Exited(String thread, int status, List<Frame> frames) implements Finding {
        public Exited {
            frames = List.copyOf(frames);
        }

        public FailureKind kind() {
            return FailureKind.EXIT;
        }
    }

    /** No thread can run and none waits for a signal that was sent: the wait-for graph, and why no one is coming. */
    record Deadlock(Reason reason, List<Waiter> waiters, List<Waiter.Leak> leaks) implements Finding {
        /** What the waiting threads wait for, beyond each other. */
        public enum Reason { EACH_OTHER, NO_SIGNAL_SENT, NOTHING_LEFT_TO_RELEASE }

        public Deadlock {
            waiters = List.copyOf(waiters);
            leaks = List.copyOf(leaks);
        }

        public FailureKind kind() {
            return FailureKind.DEADLOCK;
        }
    }

    /** No thread can run, and a wake-up was sent but missed ({@code missed}: the first such). */
    record LostWakeup(Missed missed, List<Waiter> waiters, List<Waiter.Leak> leaks) implements Finding {
        public LostWakeup {
            waiters = List.copyOf(waiters);
            leaks = List.copyOf(leaks);
        }

        public FailureKind kind() {
            return FailureKind.LOST_WAKEUP;
        }
    }

    /** Two accesses with no happens-before between them, and {@code others} found too ({@code more} not listed). */
    record DataRace(RacingAccesses race, List<RacingAccesses> others, int more) implements Finding {
        public DataRace {
            others = List.copyOf(others);
        }

        public FailureKind kind() {
            return FailureKind.DATA_RACE;
        }
    }

    /**
     * A schedule still running after {@code steps} steps, where no state was seen to repeat ({@link SpinProof}): a
     * long program, or a loop the sandbox cannot tell from one. Not the program's failure: it could not be checked.
     */
    record StepLimit(int steps) implements Finding {
        public FailureKind kind() {
            return FailureKind.STUCK;
        }
    }

    /**
     * A state that came back after every thread that could run took a step: repeating those {@code steps} steps
     * for ever is a run the JVM may make, and it never ends — a spin or a livelock. {@code threads}: who took them.
     */
    record Spin(List<Spinner> threads, int steps) implements Finding {
        public Spin {
            threads = List.copyOf(threads);
        }

        public FailureKind kind() {
            return FailureKind.HANG;
        }

        /** A thread of the cycle and where it was when the state came back. */
        public record Spinner(String thread, String location) {}
    }

    /** A thread runs in learner code without reaching a scheduling point. */
    record Spinning(List<Stalled> threads) implements Finding {
        public Spinning {
            threads = List.copyOf(threads);
        }

        public FailureKind kind() {
            return FailureKind.HANG;
        }
    }

    /** A free run still running after {@code seconds} (as the run printed it: "2.0"). */
    record StillRunning(String seconds, List<Running> threads) implements Finding {
        public StillRunning {
            threads = List.copyOf(threads);
        }

        public FailureKind kind() {
            return FailureKind.HANG;
        }

        /** A thread still alive at the end of a free run, and where. */
        public record Running(String thread, List<Frame> frames) {
            public Running {
                frames = List.copyOf(frames);
            }
        }
    }

    /** A thread blocked inside a JDK call the sandbox does not control ({@code call}; null when none was seen). */
    record Blocked(String call, List<Stalled> threads) implements Finding {
        public Blocked {
            threads = List.copyOf(threads);
        }

        public FailureKind kind() {
            return FailureKind.STUCK;
        }
    }

    /** A call the sandbox refuses to run under its scheduler, at {@code at}, with what to use instead. */
    record NotModelled(String call, String at, Advice advice) implements Finding {
        /** What the learner can do instead. */
        public enum Advice { USE_EXECUTORS_FACTORIES, ASK_A_MODELLED_PRIMITIVE, START_FROM_MAIN, KEEP_THE_INTERFACE }

        public FailureKind kind() {
            return FailureKind.STUCK;
        }
    }

    /** Platform threads the JDK started ran outside the schedule; {@code names}: the first few of them. */
    record ForeignThreads(List<String> names, boolean more) implements Finding {
        public ForeignThreads {
            names = List.copyOf(names);
        }

        public FailureKind kind() {
            return FailureKind.STUCK;
        }
    }

    /** A free run could not load the program's classes ({@code error}: what the JVM said). */
    record NotLoaded(String error) implements Finding {
        public FailureKind kind() {
            return FailureKind.EXCEPTION;
        }
    }

    /**
     * The sandbox itself failed, in the explorer VM or on the host: never a verdict on the program. {@code detail}:
     * the error or the number the reason needs; {@code lines}: what the explorer printed or where it failed.
     */
    record SandboxFailed(Reason reason, String detail, List<String> lines) implements Finding {
        public enum Reason { EXPLORER, TIMED_OUT, NO_RESULT, NOT_STARTED, INTERRUPTED, UNREADABLE, INTERNAL }

        public SandboxFailed {
            lines = List.copyOf(lines);
        }

        public FailureKind kind() {
            return FailureKind.ERROR;
        }
    }

    /** The VM stopped (exit code {@code exitCode}) before the sandbox could report: found by the host. */
    record EndedEarly(int exitCode) implements Finding {
        public FailureKind kind() {
            return FailureKind.EXIT;
        }
    }

    /** The scenario does not compile: found by the host, {@code problems} as the compiler said them. */
    record NotCompiled(List<String> problems) implements Finding {
        public NotCompiled {
            problems = List.copyOf(problems);
        }

        public FailureKind kind() {
            return FailureKind.COMPILE_ERROR;
        }
    }
}

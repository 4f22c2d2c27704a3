package dev.threadlings.sandbox.runtime.step;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.Liberties;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.StepView;
import dev.threadlings.sandbox.runtime.explore.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a stepped schedule (threadlings step), as a {@link Strategy.Stepped}: it follows the host's choices
 * so far, then, when a step is asked for, runs that choice's thread at every decision until the thread has done
 * something a learner can see (a read, a write, a lock, blocking), and halts at the next decision, where the host
 * must choose again, keeping the threads' state there. The run is the explorer's own (the real scheduler, the
 * learner's instrumented code); halting ends it as a failure would, without one.
 */
public final class StepProbe {
    /** Decisions a step may run through without a trace of its thread before it halts anyway (a silent spin). */
    private static final int MOST_SILENT = 200;

    private final List<Integer> prefix;
    private final int lead;
    private final int leadThread;
    private final List<Integer> taken = new ArrayList<>();
    private int stepFrom = -1;
    private boolean halted;
    private boolean diverged;
    private int traceAtHalt = -1;
    private int[] options = new int[0];
    private List<StepView.ThreadState> states = List.of();

    /** {@code lead}: the choice to step after the prefix, or -1 to halt right after it. */
    StepProbe(List<Integer> prefix, int lead) {
        this.prefix = List.copyOf(prefix);
        this.lead = lead;
        this.leadThread = lead >= 0 && Liberties.is(lead) ? Liberties.thread(lead) : lead;
    }

    public int pick(int[] runnable, int current, int decision) {
        Scheduler s = RunningSchedule.scheduler();
        if (decision < prefix.size()) {
            int wanted = prefix.get(decision);
            if (!offered(runnable, wanted)) {
                diverged = true;
                return halt(s, runnable, current);
            }
            taken.add(wanted);
            return wanted;
        }
        if (lead < 0) {
            return halt(s, runnable, current);
        }
        if (decision == prefix.size()) {
            if (!offered(runnable, lead)) {
                diverged = true;
                return halt(s, runnable, current);
            }
            stepFrom = s.trace.size();
            taken.add(lead);
            return lead;
        }
        if (acted(s) || !offered(runnable, leadThread) || decision - prefix.size() > MOST_SILENT) {
            return halt(s, runnable, current);
        }
        taken.add(leadThread);
        return leadThread;
    }

    /** Whether the stepped thread left a trace since its step began. */
    private boolean acted(Scheduler s) {
        for (int i = stepFrom; i < s.trace.size(); i++) {
            if (s.trace.get(i).thread() == leadThread) {
                return true;
            }
        }
        return false;
    }

    private static boolean offered(int[] runnable, int choice) {
        for (int c : runnable) {
            if (c == choice) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the state at this decision and ends the run; the returned choice only lets the caller unwind. */
    private int halt(Scheduler s, int[] runnable, int current) {
        halted = true;
        traceAtHalt = s.trace.size();
        options = runnable.clone();
        List<StepView.ThreadState> all = new ArrayList<>();
        for (ManagedThread slot : s.slots()) {
            List<String> holds = s.locks().heldBy(slot).stream().map(Names::of).toList();
            StepView.Status status = slot.finished() ? StepView.Status.FINISHED
                    : slot.runnable(s) ? StepView.Status.RUNS : StepView.Status.BLOCKED;
            all.add(new StepView.ThreadState(slot.id, status, status == StepView.Status.BLOCKED
                    ? StepWaits.describe(s, slot.wait) : "", holds));
        }
        states = all;
        s.fail(null); // no failure: every thread wakes and unwinds, and the explorer sees the run end
        for (int c : runnable) {
            if (c != current && !Liberties.is(c)) {
                return c; // another thread: the caller parks, finds the run over and unwinds at once
            }
        }
        return runnable[0];
    }

    boolean halted() {
        return halted;
    }

    boolean diverged() {
        return diverged;
    }

    /** The decisions taken: the prefix (up to where it diverged) and the step's. */
    List<Integer> taken() {
        return List.copyOf(taken);
    }

    /** The prefix's part of {@link #taken()}. */
    List<Integer> prefixTaken() {
        return taken.subList(0, Math.min(taken.size(), prefix.size()));
    }

    /** Where the step began in the trace; -1 when it never began. */
    int stepFrom() {
        return stepFrom;
    }

    /** The trace's length when the run halted (a thread unwinding afterwards may still add to it). */
    int traceAtHalt() {
        return traceAtHalt;
    }

    int[] options() {
        return options;
    }

    List<StepView.ThreadState> states() {
        return states;
    }
}

package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A schedule that stopped making progress although a thread holds the baton: it is blocked or spinning in code
 * the sandbox does not model (a JDK class that blocks inside itself). Reported honestly, with where it is.
 */
final class Stuck {
    private static final String RUNTIME = Stuck.class.getPackageName() + ".";

    private Stuck() {}

    static Failure describe(Scheduler s) {
        List<String> lines = new ArrayList<>();
        boolean spinning = false;
        String blockedIn = null;
        for (Slot slot : s.slots()) {
            if (slot.finished || !slot.thread.isAlive() || waitingForTurn(slot.thread)) {
                continue;
            }
            StackTraceElement[] stack = slot.thread.getStackTrace();
            String jdkCall = "";
            for (StackTraceElement e : stack) {
                if ("sandbox".equals(e.getClassLoaderName())) {
                    break;
                }
                if (!e.getClassName().startsWith(RUNTIME)) {
                    // the JDK method the learner called; the sandbox's stand-in for it (Sched…) is no name to show
                    jdkCall = Names.clean(e.getClassName()) + "." + e.getMethodName();
                }
            }
            boolean inLearnerCode = stack.length > 0 && "sandbox".equals(stack[0].getClassLoaderName());
            spinning |= inLearnerCode;
            if (!inLearnerCode && blockedIn == null && !jdkCall.isEmpty()) {
                blockedIn = jdkCall;
            }
            lines.add(slot.name() + (inLearnerCode ? " runs without reaching a scheduling point"
                    : " is " + slot.thread.getState().name().toLowerCase() + (jdkCall.isEmpty()
                    ? " in a call the sandbox does not model yet" : " inside " + jdkCall
                    + ", which the sandbox does not model yet")));
            lines.addAll(Failures.frames(stack, 2));
        }
        if (spinning) {
            return new Failure(FailureKind.HANG, "a thread loops forever (it never reaches a point where another thread could "
                    + "run)", lines);
        }
        // the host reads "stuck" as "could not check": the message names the call, as every "stuck" message must
        return new Failure(FailureKind.STUCK, blockedIn == null ? "a thread blocked in code the sandbox does not control"
                : blockedIn + " is not modelled (a thread blocked inside it, where the sandbox cannot schedule)",
                lines);
    }

    /**
     * True when a thread that holds the baton is running (not blocked or waiting): a long JDK call, or a VM
     * collecting garbage under memory pressure, rather than a wait the sandbox does not model.
     */
    static boolean running(Scheduler s) {
        for (Slot slot : s.slots()) {
            if (!slot.finished && slot.thread.isAlive() && slot.thread.getState() == Thread.State.RUNNABLE
                    && !waitingForTurn(slot.thread)) {
                return true;
            }
        }
        return false;
    }

    /** True for a thread parked by the scheduler itself, waiting for its turn. */
    private static boolean waitingForTurn(Thread t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals(Scheduler.class.getName())) {
                return true;
            }
        }
        return false;
    }
}

package dev.threadlings.sandbox.runtime.explore;

import java.util.function.LongSupplier;

/**
 * A thread of a schedule that has ended unwinds (the scheduler throws at its next scheduling point) and ends; one
 * that does not end is left behind: counted as unmanaged, and the next schedule gets classes of its own. Whether it
 * ends is judged by what it does, as {@link Silence} judges a silent schedule, never by wall-clock time: on a loaded
 * machine a thread that unwinds may wait seconds for a core, and a fixed wait called it left behind.
 * <ul>
 * <li>running (or runnable): unwinding takes microseconds of CPU, so it is left behind only once the VM's threads
 * spent {@link Silence#HANDING_OVER_CPU_NANOS} of CPU meanwhile (learner code that swallows the end and goes on);
 * a starved VM spends none;</li>
 * <li>blocked or waiting in code the sandbox does not model: after {@link Silence#BLOCKED_LOOKS} looks in a row.</li>
 * </ul>
 */
final class Unwinding {
    /** Looks are this far apart, as the explorer's looks at a silent schedule. */
    private static final long LOOK_MILLIS = 100;

    private Silence.Activity last;
    private int blockedLooks;
    private long cpuAtStart = -1;

    /** Waits for {@code t} to end; false when it ended, true when it is left behind. */
    static boolean leftBehind(Thread t) throws InterruptedException {
        Unwinding judge = new Unwinding();
        while (true) {
            t.join(LOOK_MILLIS);
            if (!t.isAlive()) {
                return false;
            }
            if (judge.stuck(activity(t), Stuck::cpuNanos)) {
                return true;
            }
        }
    }

    /** One look at a thread still alive: true when it is left behind. */
    boolean stuck(Silence.Activity activity, LongSupplier cpuNanos) {
        if (activity != last) {
            last = activity;
            blockedLooks = 0;
            cpuAtStart = -1;
        }
        if (activity == Silence.Activity.BLOCKED) {
            return ++blockedLooks >= Silence.BLOCKED_LOOKS;
        }
        long now = cpuNanos.getAsLong();
        if (cpuAtStart < 0) {
            cpuAtStart = now;
        }
        return now - cpuAtStart >= Silence.HANDING_OVER_CPU_NANOS;
    }

    /** Runnable outside a native method is running (or waiting for a core); anything else is blocked. */
    private static Silence.Activity activity(Thread t) {
        if (t.getState() != Thread.State.RUNNABLE) {
            return Silence.Activity.BLOCKED;
        }
        StackTraceElement[] stack = t.getStackTrace();
        return stack.length > 0 && stack[0].isNativeMethod() ? Silence.Activity.BLOCKED : Silence.Activity.RUNNING;
    }
}

package dev.threadlings.sandbox.runtime.explore;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Decides when a schedule that takes no step is stuck, from what its threads are doing — never from how much wall
 * time went by. On a loaded machine (CI, two cores, niced) a correct schedule can be silent for seconds only because
 * the operating system ran other processes: a verdict must not depend on that. So:
 * <ul>
 * <li>a baton handed over and not yet taken (or a thread running the scheduler's own code) waits for the operating
 * system, which runs it in the end — unless the VM's threads spend {@link #HANDING_OVER_CPU_NANOS} of CPU meanwhile:
 * then another thread holds the core it needs (learner code that swallowed the end of an earlier schedule and
 * spins);</li>
 * <li>a thread running (learner code without a scheduling point, or a long JDK call) is stuck only once the VM's
 * threads spent {@link #RUNNING_CPU_NANOS} of CPU since the last step: a starved VM spends none;</li>
 * <li>a thread blocked inside a JDK call the sandbox does not model is stuck after {@link #BLOCKED_LOOKS} looks in a
 * row that all saw it blocked. That verdict is only ever "could not check" ({@link Stuck}), never an accusation.</li>
 * </ul>
 */
final class Silence {
    /** What the threads of a schedule that took no step are doing, as the explorer's look saw them. */
    enum Activity {
        /** A baton given and not taken yet, or the scheduler's own code running: the operating system's turn. */
        HANDING_OVER,
        /** A thread runs outside the scheduler: learner code that reaches no scheduling point, or a long JDK call. */
        RUNNING,
        /** Every thread outside the scheduler is blocked (waiting, parked) inside code the sandbox does not model. */
        BLOCKED
    }

    static final long RUNNING_CPU_NANOS = 10_000_000_000L;
    /** A hand-over takes microseconds of CPU: a second spent meanwhile was spent by a thread that is not the schedule's. */
    static final long HANDING_OVER_CPU_NANOS = 1_000_000_000L;
    /** Looks are 100 ms of the explorer's own time apart: twenty are two seconds on a quiet machine, more if slow. */
    static final int BLOCKED_LOOKS = 20;

    private int lastSteps = -1;
    private Activity last;
    private int blockedLooks;
    /** CPU time of the VM's threads when the current activity began, or -1. */
    private long cpuAtStart = -1;

    /**
     * One look: {@code steps} taken so far, what the threads do, and the CPU time the VM's threads spent so far
     * (asked only while a thread runs or a baton is handed over). True when the schedule is to end as stuck.
     */
    boolean stuck(int steps, Supplier<Activity> look, LongSupplier cpuNanos) {
        if (steps != lastSteps) {
            lastSteps = steps; // progress: the threads are not looked at (a look walks their stacks, which costs)
            last = null;
            return false;
        }
        Activity activity = look.get();
        if (activity != last) {
            last = activity;
            blockedLooks = 0;
            cpuAtStart = -1;
        }
        return switch (activity) {
            case HANDING_OVER -> spent(cpuNanos, HANDING_OVER_CPU_NANOS);
            case RUNNING -> spent(cpuNanos, RUNNING_CPU_NANOS);
            case BLOCKED -> ++blockedLooks >= BLOCKED_LOOKS;
        };
    }

    /** True once the VM's threads spent {@code limit} of CPU since the first look at this activity. */
    private boolean spent(LongSupplier cpuNanos, long limit) {
        long now = cpuNanos.getAsLong();
        if (cpuAtStart < 0) {
            cpuAtStart = now;
        }
        return now - cpuAtStart >= limit;
    }
}

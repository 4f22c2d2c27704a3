package dev.threadlings.checking;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides when learner code has run past its time limit from what the learner VM did — never from wall time
 * alone. On a busy machine (CI: two cores, seven builds) a correct snippet that needs half a second of CPU can wait
 * for the cores for many seconds, and the host VM can take as long compiling the snippet before it runs: neither
 * is the learner's doing. So time is charged to the learner only
 * <ul>
 * <li>while learner code runs (a snippet has been sent to the VM and has not answered; the host compiling it does
 * not count);</li>
 * <li>as the CPU time the VM spent (code that spins), at most the wall time that went by (a program that keeps two
 * cores busy does not run out of time twice as fast); or</li>
 * <li>as wall time, between two looks that both saw every thread of the VM sleeping or waiting (a deadlock, a wait
 * nobody ends), at most {@link #LOOK_GAP_NANOS} per pair of looks: looks that came late were late because the
 * host was starved, which is not the learner's time.</li>
 * </ul>
 * Wall time in which the VM's threads could run but got no core is charged to nobody. On a busy machine a spinning
 * VM still times out, later: with a tenth of a core, after ten times the limit. But once the learner's code has
 * been running for {@link #HARD_CAP} times the limit of wall time and was charged less than one
 * {@link #LEAST_SHARE}th of it (it would need more than that many times the limit to spend it: a VM that gets no
 * core), or the whole evaluation with the host's own compiling took {@link #HARD_CAP} times the limit plus
 * {@link #HOST_SLACK}, the machine is too busy to say either way: {@link State#MACHINE_BUSY}, "could not check".
 * Without readings of the VM (no /proc) time is wall time, as it was before.
 */
final class TimeLimit {
    /** How far apart the watchdog means its looks to be; a longer gap is the host's lateness. */
    static final long LOOK_NANOS = 200_000_000L;
    /** The most wall time one pair of waiting looks charges. */
    static final long LOOK_GAP_NANOS = 2 * LOOK_NANOS;
    static final int HARD_CAP = 4;
    /** Past the hard cap, a VM charged less than this share of the wall time (1/20) is starved beyond measure. */
    static final int LEAST_SHARE = 20;
    /** Time the host may spend on its own (compiling the snippets, sending the classes) beyond the hard cap. */
    static final long HOST_SLACK = Duration.ofSeconds(60).toNanos();

    /** Where a limited evaluation stands. */
    enum State {
        /** Within the limit, or not known to be past it. */
        RUNS,
        /** The learner's code spent the limit: spinning, or waiting for ever. The learner's failure. */
        TIMED_OUT,
        /** The wall time ran far past the limit without the learner's code spending it: could not check. */
        MACHINE_BUSY
    }

    /**
     * One look at the learner VM: when ({@link System#nanoTime()}), whether a snippet was under way in it, and what
     * /proc said (empty when it could not be read).
     */
    record Look(long wallNanos, boolean learnerCodeRuns, Optional<VmLoad> vm) {}

    /** The VM's CPU time so far (all its threads, the dead ones too), and whether every thread sleeps or waits. */
    record VmLoad(long cpuNanos, boolean waiting) {}

    private final long limitNanos;
    private final boolean byActivity;
    private final long startNanos;
    private Look last;
    private long charged;
    private long learnerWall;
    private State state = State.RUNS;

    private TimeLimit(Duration limit, boolean byActivity, long startNanos) {
        this.limitNanos = limit.toNanos();
        this.byActivity = byActivity;
        this.startNanos = startNanos;
    }

    /** A limit judged by what the VM does, its clock started at {@code startNanos}. */
    static TimeLimit byActivity(Duration limit, long startNanos) {
        return new TimeLimit(limit, true, startNanos);
    }

    /** A limit of plain wall time: where the VM cannot be looked at. */
    static TimeLimit wallClock(Duration limit, long startNanos) {
        return new TimeLimit(limit, false, startNanos);
    }

    /** Takes one look into account; the state after it (once past RUNS, it stays). */
    State look(Look now) {
        if (state != State.RUNS) {
            return state;
        }
        if (!byActivity) {
            return state = now.wallNanos() - startNanos >= limitNanos ? State.TIMED_OUT : State.RUNS;
        }
        if (last != null) {
            long wall = Math.max(0, now.wallNanos() - last.wallNanos());
            if (last.learnerCodeRuns() || now.learnerCodeRuns()) {
                learnerWall += wall;
                charged += charge(last, now, wall, LOOK_GAP_NANOS);
            }
        }
        last = now;
        if (charged >= limitNanos) {
            state = State.TIMED_OUT;
        } else if (learnerWall >= HARD_CAP * limitNanos && charged * LEAST_SHARE < learnerWall
                || now.wallNanos() - startNanos >= HARD_CAP * limitNanos + HOST_SLACK) {
            state = State.MACHINE_BUSY;
        }
        return state;
    }

    /**
     * What the time between two looks ({@code wall} of it) charges the learner: the VM's CPU time, at most the wall
     * time; or, when both looks saw every thread waiting while learner code ran, the wall time, at most {@code
     * gapNanos} (a later look was late because its looker was starved). {@link Within}'s clock charges the same.
     */
    static long charge(Look from, Look to, long wall, long gapNanos) {
        if (from.vm().isEmpty() || to.vm().isEmpty()) {
            return 0; // the VM could not be read (it is ending): nothing is known of this time
        }
        VmLoad a = from.vm().get();
        VmLoad b = to.vm().get();
        long cpu = Math.min(wall, Math.max(0, b.cpuNanos() - a.cpuNanos()));
        boolean waitedThroughout = a.waiting() && b.waiting() && from.learnerCodeRuns() && to.learnerCodeRuns();
        return waitedThroughout ? Math.max(cpu, Math.min(wall, gapNanos)) : cpu;
    }

    /** Wall time of learner code so far, for the message that says the machine was busy. */
    Duration learnerWall() {
        return Duration.ofNanos(learnerWall);
    }

    /** Time charged to the learner so far. */
    Duration charged() {
        return Duration.ofNanos(charged);
    }
}

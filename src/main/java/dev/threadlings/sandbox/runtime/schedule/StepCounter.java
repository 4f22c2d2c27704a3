package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.Finding;

/**
 * A schedule's steps and its step limit. Past the limit a schedule is only long, not hung, until {@link SpinProof}
 * shows a state that repeats; without that proof within {@link SpinProof#STEPS} more steps it could not be checked
 * ({@link Finding.StepLimit}), never the program's failure. Kept apart from the hand-over of turns so that the
 * hang evidence has one owner: {@link Turns} and {@link Scheduler} only tell it what happened.
 */
final class StepCounter {
    private final Scheduler scheduler;
    private final int limit;
    private volatile int steps;
    /** Null until the limit is passed: looking for a repeated state costs a stack walk per step. */
    private SpinProof proof;

    StepCounter(Scheduler scheduler, int limit) {
        this.scheduler = scheduler;
        this.limit = limit;
    }

    int steps() {
        return steps;
    }

    /** One more step by {@code self}; ends the schedule (throws) when it is over, proved a spin or cannot be checked. */
    void step(ManagedThread self, String location, boolean pure) {
        if (++steps <= limit) {
            return;
        }
        if (scheduler.slots().stream().allMatch(ManagedThread::ended)) {
            scheduler.done.countDown(); // only daemons still run: the JVM would have exited, no hang
            throw new SandboxAbort();
        }
        if (proof == null) {
            proof = new SpinProof(scheduler); // a long schedule is not a hang until a state repeats
        } else if (steps > limit + SpinProof.STEPS) {
            scheduler.fail(new Finding.StepLimit(steps - 1));
            throw new SandboxAbort();
        }
        Finding spin = proof.step(self, location, pure);
        if (spin != null) {
            scheduler.fail(spin);
            throw new SandboxAbort();
        }
    }

    /** {@code self} blocks ({@code timed}: on a lock or a sleep, which time or a release ends) or ends. */
    void blocked(ManagedThread self, boolean timed) {
        if (proof != null) {
            proof.blocked(self, timed);
        }
    }

    /** The threads that could run at a decision: a spin must have let each of them run. */
    void couldRun(int[] runnable) {
        if (proof != null) {
            proof.couldRun(runnable);
        }
    }

    /** {@code self} hands the baton to another thread. */
    void leaving(ManagedThread self) {
        if (proof != null) {
            proof.leaving(self);
        }
    }
}

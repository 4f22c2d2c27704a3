package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/**
 * Phaser in learner code. The real Phaser keeps the state (phase, parties, arrivals): registering and arriving never
 * block in the JDK, so they run for real, and an {@code onAdvance} the learner overrides runs inside the real
 * arrive, on the thread that arrives last, as in the JDK. Only waiting for the phase to advance is modelled: the
 * thread waits in the scheduler until the real phase number changes (or the phaser terminates).
 *
 * <p>An arrival runs atomically (no switch inside it), so no other thread ever sees the real phaser half-way through
 * an advance, where the JDK's own register() would block. Tiered phasers (a parent) are not modelled.
 */
public final class PhaserModel {
    private PhaserModel() {}

    public static int register(Phaser p, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return p.register();
        }
        RunningSchedule.scheduler().point(self, Phrase.PHASER_REGISTER.with(Names.of(p), p.getRegisteredParties() + 1), loc);
        return p.register();
    }

    public static int bulkRegister(Phaser p, int parties, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return p.bulkRegister(parties);
        }
        RunningSchedule.scheduler().point(self, Phrase.PHASER_BULK_REGISTER.with(parties, Names.of(p),
                p.getRegisteredParties() + parties), loc);
        return p.bulkRegister(parties);
    }

    public static int arrive(Phaser p, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return p.arrive();
        }
        RunningSchedule.scheduler().point(self, Phrase.PHASER_ARRIVE.with(describe(p)), loc);
        return arriving(self, p, p::arrive);
    }

    public static int arriveAndDeregister(Phaser p, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return p.arriveAndDeregister();
        }
        RunningSchedule.scheduler().point(self, Phrase.PHASER_ARRIVE_DEREGISTER.with(describe(p)), loc);
        return arriving(self, p, p::arriveAndDeregister);
    }

    /** Arrives, then waits for the others; returns the new phase (negative once terminated), like the JDK. */
    public static int arriveAndAwaitAdvance(Phaser p, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return p.arriveAndAwaitAdvance();
        }
        RunningSchedule.scheduler().point(self, Phrase.PHASER_ARRIVE_AWAIT.with(describe(p)), loc);
        int phase = arriving(self, p, p::arrive);
        return phase < 0 ? phase : awaitUninterruptibly(self, p, phase, "Phaser.arriveAndAwaitAdvance()", loc);
    }

    public static int awaitAdvance(Phaser p, int phase, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return p.awaitAdvance(phase);
        }
        RunningSchedule.scheduler().point(self, Phrase.PHASER_AWAIT_ADVANCE.with(phase, describe(p)), loc);
        return phase < 0 ? phase : awaitUninterruptibly(self, p, phase, "Phaser.awaitAdvance()", loc);
    }

    public static int awaitAdvanceInterruptibly(Phaser p, int phase, String loc) throws InterruptedException {
        try {
            return awaitAdvanceInterruptiblyTimed(p, phase, Long.MAX_VALUE, TimeUnit.MILLISECONDS, loc);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no deadline, no timeout", e);
        }
    }

    public static int awaitAdvanceInterruptiblyTimed(Phaser p, int phase, long time, TimeUnit unit, String loc)
            throws InterruptedException, TimeoutException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return time == Long.MAX_VALUE ? p.awaitAdvanceInterruptibly(phase)
                    : p.awaitAdvanceInterruptibly(phase, time, unit);
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, Phrase.PHASER_AWAIT_INTERRUPTIBLY.with(phase, describe(p)), loc);
        if (phase < 0) {
            return phase;
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        if (p.getPhase() != phase) {
            return advanced(s, self, p, loc); // advanced before the call: its arrivals still happen-before the return
        }
        String kind = "Phaser.awaitAdvanceInterruptibly()";
        if (time == Long.MAX_VALUE) {
            s.block(self, new Wait.ForCount(p, kind, () -> p.getPhase() != phase));
        } else {
            long deadline = s.deadlineIn(time, unit);
            s.block(self, new Wait.Until(p, kind, deadline, () -> p.getPhase() != phase));
        }
        if (p.getPhase() != phase) {
            return advanced(s, self, p, loc);
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.note(self, Phrase.PHASER_TIMED_OUT.with(phase), loc);
        throw new TimeoutException();
    }

    /**
     * Waits until the phase is no longer {@code phase}. Interrupts do not end the wait (as in the JDK): the flag is
     * taken off while waiting, so an interrupted waiter does not spin, and put back afterwards.
     */
    private static int awaitUninterruptibly(ManagedThread self, Phaser p, int phase, String kind, String loc) {
        Scheduler s = RunningSchedule.scheduler();
        boolean interrupted = false;
        while (p.getPhase() == phase) {
            s.note(self, Phrase.PHASER_WAITS.with(phase, Names.of(p), p.getArrivedParties(), p.getRegisteredParties()),
                    loc);
            s.block(self, new Wait.ForCount(p, Phrase.PHASER_PHASE.with(kind, phase), () -> p.getPhase() != phase));
            interrupted |= InterruptModel.seen();
        }
        if (interrupted) {
            self.thread.interrupt();
        }
        return advanced(s, self, p, loc);
    }

    private static int advanced(Scheduler s, ManagedThread self, Phaser p, String loc) {
        s.acquired(self, p); // every arrival of the phase happens before anything after its advance
        int now = p.getPhase();
        s.note(self, now < 0 ? Phrase.PHASER_TERMINATED.with(Names.of(p)) : Phrase.PHASER_BEGINS.with(now, Names.of(p)), loc);
        return now;
    }

    /**
     * An arrival, for the race detector: what the thread did is handed over through the phaser; the arrival that
     * completes the phase first takes in every other arrival of it, because the JDK runs onAdvance in that thread
     * and promises that everything before any arrival happens-before onAdvance. Released again afterwards, so what
     * onAdvance did happens-before everything after the advance. Only the last arrival acquires: an earlier one
     * is promised no ordering with the arrivals before it.
     */
    private static int arriving(ManagedThread self, Phaser p, IntSupplier arrival) {
        Scheduler s = RunningSchedule.scheduler();
        s.released(self, p);
        if (p.getPhase() >= 0 && p.getUnarrivedParties() == 1) {
            s.acquired(self, p);
        }
        int phase = atomically(self, arrival);
        s.released(self, p);
        return phase;
    }

    /** A real arrival, which may run the learner's onAdvance: no thread switch may happen inside it. */
    private static int atomically(ManagedThread self, IntSupplier arrival) {
        self.atomic++;
        try {
            return arrival.getAsInt();
        } finally {
            self.atomic--;
        }
    }

    private static String describe(Phaser p) {
        return Phrase.PHASER_STATE.with(Names.of(p), p.getPhase(), p.getArrivedParties(), p.getRegisteredParties());
    }
}

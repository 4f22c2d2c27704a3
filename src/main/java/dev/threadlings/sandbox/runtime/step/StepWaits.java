package dev.threadlings.sandbox.runtime.step;

import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;

/** What a blocked thread waits for, as a phrase for the step view ("waits for monitor Lock#1 held by T1"). */
final class StepWaits {
    private StepWaits() {}

    static String describe(Scheduler s, Wait wait) {
        return switch (wait) {
            case null -> "";
            case Wait.ForLock w -> {
                ManagedThread owner = s.locks().ownerOf(w.lock());
                yield owner == null ? Phrase.WAITS_FOR_LOCK.with(w.kind(), Names.of(w.lock()))
                        : Phrase.WAITS_FOR_HELD_LOCK.with(w.kind(), Names.of(w.lock()), owner.name());
            }
            case Wait.ForThread w -> Phrase.JOINS.with(w.target().name());
            case Wait.ForSignal w -> w.deadline == Long.MAX_VALUE ? Phrase.WAITS_IN.with(w.kind, Names.of(w.on))
                    : Phrase.WAITS_IN_UNTIL.with(w.kind, Names.of(w.on), w.deadline);
            case Wait.Until w -> Phrase.WAITS_IN_UNTIL.with(w.kind(), Names.of(w.on()), w.deadline());
            case Wait.ForCount w -> Phrase.WAITS_IN.with(w.kind(), Names.of(w.on()));
            case Wait.ForShared w -> Phrase.WAITS_FOR_SIDE.with(w.kind(), Names.of(w.on()));
            case Wait.IdleWorker w -> Phrase.IDLE_POOL_THREAD.with();
            case Wait.Parked w -> w.deadline == Long.MAX_VALUE ? Phrase.PARKED.with()
                    : Phrase.PARKED_UNTIL.with(w.deadline);
            case Wait.Sleeping w -> Phrase.SLEEPS_UNTIL.with(w.until());
        };
    }
}

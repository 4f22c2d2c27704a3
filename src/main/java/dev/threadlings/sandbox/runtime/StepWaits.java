package dev.threadlings.sandbox.runtime;

/** What a blocked thread waits for, in a few words for the step view ("waits for monitor Lock#1 held by T1"). */
final class StepWaits {
    private StepWaits() {}

    static String describe(Scheduler s, Wait wait) {
        return switch (wait) {
            case null -> "";
            case Wait.ForLock w -> {
                Slot owner = s.locks().ownerOf(w.lock());
                yield "waits for " + w.kind() + " " + Names.of(w.lock()) + (owner == null ? "" : " held by "
                        + owner.name());
            }
            case Wait.ForThread w -> "joins " + w.target().name() + " (waits for it to finish)";
            case Wait.ForSignal w -> "waits in " + w.kind + " on " + Names.of(w.on)
                    + (w.deadline == Long.MAX_VALUE ? "" : " until " + w.deadline + " ms");
            case Wait.Until w -> "waits in " + w.kind() + " on " + Names.of(w.on()) + " until " + w.deadline() + " ms";
            case Wait.ForCount w -> "waits in " + w.kind() + " on " + Names.of(w.on());
            case Wait.ForShared w -> "waits for the " + w.kind() + " of " + Names.of(w.on());
            case Wait.IdleWorker w -> "idle pool thread";
            case Wait.Parked w -> "parked (LockSupport.park)"
                    + (w.deadline == Long.MAX_VALUE ? "" : " until " + w.deadline + " ms");
            case Wait.Sleeping w -> "sleeps until " + w.until() + " ms";
        };
    }
}

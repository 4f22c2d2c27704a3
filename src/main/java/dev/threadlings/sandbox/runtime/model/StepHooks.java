package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.StableNames;

/**
 * What code instrumented for stepping (threadlings step) calls besides the explorer's stand-ins: only that. Public
 * because learner classes live in another class loader.
 */
public final class StepHooks {
    private StepHooks() {}

    /** The learner's code has made {@code o} (its constructor returned): it gets its number now. */
    public static void allocated(Object o) {
        StableNames.saw(o, null);
    }
}

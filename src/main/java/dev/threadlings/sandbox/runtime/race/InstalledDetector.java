package dev.threadlings.sandbox.runtime.race;

/**
 * The detector of the free run in progress, or null. Not volatile: it is set before the run's first thread starts
 * (so every thread of the run sees it) and read at every hook, where a volatile read would keep the JIT from
 * merging and hoisting around the learner's locks. Here, not beside the hooks, because the hooks' package is open
 * to learner code and this one is not.
 */
public final class InstalledDetector {
    private static ConcurrentDetector installed;

    private InstalledDetector() {}

    public static void install(ConcurrentDetector d) {
        installed = d;
    }

    public static ConcurrentDetector current() {
        return installed;
    }
}

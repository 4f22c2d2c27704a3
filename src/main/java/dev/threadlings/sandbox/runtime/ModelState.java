package dev.threadlings.sandbox.runtime;

/** Per-schedule state of the models kept outside Sched (Exchanger offers, CompletableFuture timers): cleared together. */
final class ModelState {
    private ModelState() {}

    static void reset() {
        SchedExchanger.reset();
        SchedAsyncStages.reset();
        SchedCompletion.reset();
    }
}

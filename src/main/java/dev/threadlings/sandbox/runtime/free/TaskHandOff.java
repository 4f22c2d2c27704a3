package dev.threadlings.sandbox.runtime.free;

import dev.threadlings.sandbox.runtime.race.VectorClock;
import dev.threadlings.sandbox.runtime.race.ConcurrentDetector;
import dev.threadlings.sandbox.runtime.race.ObservedThread;
import dev.threadlings.sandbox.runtime.race.InstalledDetector;

/**
 * The hand-over of a task in a free run: where it is handed over, the submitter's clock is taken (what the task
 * will start from); when it runs, on whatever thread, it acquires that first, and its end is released to whoever
 * collects results ({@link ConcurrentDetector#ENDS}) and through the thread that ran it. {@link TaskWrappers} wraps tasks
 * of every functional type around these three steps.
 */
final class TaskHandOff {
    private TaskHandOff() {}

    /** A task run by a pool or a thread, a CompletableFuture's dependent stage, a function run inside the call. */
    static final int TASK = 0;
    static final int STAGE = 1;
    static final int INLINE = 2;
    private static final VectorClock NOTHING = new VectorClock();

    /** The submitter's side: what the task will start from, or null outside a free run. */
    static VectorClock handOver(int mode) {
        ConcurrentDetector d = InstalledDetector.current();
        return d == null || d.gaveUp() ? null : mode == INLINE ? NOTHING : d.snapshot(d.me());
    }

    /**
     * {@code stage}: a CompletableFuture's dependent stage (thenApply's function…), which runs after the stage it
     * depends on — on whichever thread completed it — so it acquires the ends of the tasks finished so far.
     */
    static void begin(VectorClock from, int mode) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            ObservedThread m = d.me();
            d.acquire(m, from);
            if (mode == STAGE) {
                d.acquire(m, ConcurrentDetector.ENDS);
            }
            if (m.inCall() != null) {            // run inside a JDK call (a barrier's action): through its object
                d.acquire(m, m.inCall());
            }
        }
    }

    static void end(int mode) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            ObservedThread m = d.me();
            if (mode != INLINE) {
                d.release(m, Thread.currentThread());
                d.release(m, ConcurrentDetector.ENDS);
            }
            if (m.inCall() != null) {
                d.release(m, m.inCall());
            }
        }
    }
}

package dev.threadlings.sandbox.runtime.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The threads one schedule manages, by id (their order of start), by the thread that really runs each one, and by
 * the Thread object learner code holds (never started for a platform thread: a virtual thread runs its run()).
 * Threads are added only by the thread holding the baton; the maps are concurrent because any thread, managed or
 * not, asks who it is.
 */
final class ManagedThreads {
    private final List<ManagedThread> all = new ArrayList<>();
    private final Map<Thread, ManagedThread> byRunner = new ConcurrentHashMap<>();
    private final Map<Thread, ManagedThread> byHandle = new ConcurrentHashMap<>();

    List<ManagedThread> all() {
        return all;
    }

    ManagedThread add(Thread handle, Thread runner) {
        ManagedThread s = new ManagedThread(all.size(), handle, runner);
        all.add(s);
        byRunner.put(runner, s);
        byHandle.put(handle, s);
        return s;
    }

    /** The slot of the calling thread, or null for a thread the schedule does not manage. */
    ManagedThread self() {
        return byRunner.get(Thread.currentThread());
    }

    /** The slot of a thread learner code holds, or of a running thread. */
    ManagedThread of(Thread t) {
        ManagedThread s = byHandle.get(t);
        return s != null ? s : byRunner.get(t);
    }
}

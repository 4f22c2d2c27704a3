package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.explore.Deadlock;
import dev.threadlings.sandbox.runtime.explore.Strategy;
import java.util.Arrays;
import java.util.List;

/**
 * Taking turns: at each scheduling point, who may run and who does — the threads that can run, the liberties on
 * offer ({@link Liberties}), fairness, the strategy's pick (recorded as a {@link Decision}) — and the
 * hand-over of the baton. When no thread can run, time passes to the next deadline; when none is left, the
 * schedule ends: the program is over, or deadlocked.
 */
public final class Turns {
    /** How many steps a thread may take in a row while others could run, before it must let them (fairness). */
    static final int FAIR_STREAK = 500;

    private final Scheduler scheduler;
    private final Strategy strategy;
    private final List<Decision> decisions;
    private final VirtualClock clock;
    /** Liberties taken in this schedule (timed waits ended early, spurious wake-ups): see {@link Liberties}. */
    private int liberties;
    /** Set by {@link #runnable}: some thread that cannot run could be offered a liberty. */
    private boolean libertyCandidates;

    Turns(Scheduler scheduler, Strategy strategy, List<Decision> decisions, VirtualClock clock) {
        this.scheduler = scheduler;
        this.strategy = strategy;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * Lets the strategy choose who runs next. {@code yielded}: the thread called Thread.yield — a hint, not an
     * order (JLS 17.9): it may go on, but the first schedule lets the others go first, as it always did.
     */
    void reschedule(ManagedThread self, boolean yielded) {
        boolean fair = ++self.streak > FAIR_STREAK;
        while (true) {
            int[] runnable = runnable();
            if ((fair || yielded) && runnable.length == 1 && runnable[0] == self.id
                    && !ClockReads.watching(scheduler, self) && clock.toNextDeadline(scheduler.slots())) {
                runnable = runnable(); // time passes while a thread spins: sleepers wake up (a clock watcher's reads pass it)
            }
            if (fair && runnable.length > 1) {
                // a thread that ran too long in a row goes last: others that can run, run (the sandbox is fair)
                runnable = java.util.Arrays.stream(runnable).filter(id -> id != self.id).toArray();
                fair = false;
            }
            scheduler.stepCounter.couldRun(runnable);
            if (runnable.length > 1) {
                runnable = notStarved(runnable);
            }
            if (runnable.length == 0) {
                if (clock.toNextDeadline(scheduler.slots())) {
                    continue;
                }
                noneCanRun();
                throw new SandboxAbort();
            }
            int current = self.runnable(scheduler) ? self.id : -1;
            int yielder = yielded && current >= 0 && runnable.length > 1 ? current : -1;
            yielded = false;
            int chosen = choose(runnable, yielder >= 0 ? -1 : current, yielder);
            passedOver(runnable, chosen);
            if (chosen != self.id) {
                scheduler.stepCounter.leaving(self);
                ManagedThread next = scheduler.slots().get(chosen);
                self.streak = 0;
                next.baton.give();
                self.baton.take();
                scheduler.checkAborted();
            }
            if (self.runnable(scheduler)) {
                return;
            }
        }
    }

    /** No thread can run and no time is left to pass: the program is over, or deadlocked. */
    private void noneCanRun() {
        if (scheduler.slots().stream().allMatch(ManagedThread::done)) {
            scheduler.done.countDown(); // only idle pool threads (or daemons) are left: the program is over
        } else {
            scheduler.fail(Deadlock.describe(scheduler));
        }
    }

    /** A thread has ended: the next one runs, or, when none can, the schedule ends. */
    void handOn() {
        int[] runnable = runnable();
        while (runnable.length == 0 && clock.toNextDeadline(scheduler.slots())) {
            runnable = runnable();
        }
        if (runnable.length == 0) {
            noneCanRun();
            return;
        }
        scheduler.stepCounter.couldRun(runnable);
        scheduler.slots().get(choose(runnable, -1, -1)).baton.give();
    }

    /** The ids of the threads that can run now. */
    private int[] runnable() {
        List<ManagedThread> slots = scheduler.slots();
        int n = 0;
        int[] ids = new int[slots.size()];
        boolean candidates = false;
        for (ManagedThread s : slots) {
            if (s.runnable(scheduler)) {
                ids[n++] = s.id;
            } else if (!candidates && s.wait != null) {
                candidates = s.wait.deadline() != Long.MAX_VALUE || s.wait.spuriousWakeUp();
            }
        }
        libertyCandidates = candidates;
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }

    /**
     * Threads that could run but were passed over more than FAIR_STREAK decisions in a row, if any: they run
     * first. Two threads that spin and yield to each other would otherwise keep a third that could end their spin
     * (the one that sets the flag) out for ever, and "hang" would accuse a program that any real scheduler ends.
     */
    private int[] notStarved(int[] runnable) {
        List<ManagedThread> slots = scheduler.slots();
        for (int id : runnable) {
            if (slots.get(id).passedOver > FAIR_STREAK) { // rare: look for the others only then (every decision asks)
                return Arrays.stream(runnable).filter(t -> slots.get(t).passedOver > FAIR_STREAK).toArray();
            }
        }
        return runnable;
    }

    private void passedOver(int[] runnable, int chosen) {
        List<ManagedThread> slots = scheduler.slots();
        for (int id : runnable) {
            ManagedThread s = slots.get(id);
            s.passedOver = id == chosen ? 0 : s.passedOver + 1;
        }
    }

    /** One decision: the strategy picks among the threads that can run and the liberties on offer. */
    private int choose(int[] runnable, int current, int yielder) {
        int[] options = libertyCandidates ? Liberties.offer(scheduler, runnable, liberties) : runnable;
        if (options.length == 1) {
            return options[0];
        }
        int chosen = strategy.pick(options, current, yielder, decisions.size());
        decisions.add(new Decision(options, chosen, current, yielder));
        if (Liberties.is(chosen)) {
            liberties++;
            return Liberties.take(scheduler, chosen);
        }
        return chosen;
    }
}

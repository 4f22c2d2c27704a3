package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Whether a schedule that passed the step limit is a hang, told by a repeated state: a schedule is "long" until it
 * is shown to come back to a state it was in, after every thread that could run (or that waits on time) took a
 * step. Repeating those steps for ever is then an execution the JVM may run, fair to every thread, that never ends
 * — the only evidence of a hang the sandbox accepts (ARCHITECTURE.md, "Hangs"). Without it the schedule ends as
 * "could not check" ({@link Finding.StepLimit}), never as the program's failure.
 *
 * <p>The state compared: each thread's frames ({@link LiveFrames}), what it waits for (deadlines relative to now),
 * its interrupt flag, who holds which lock. The heap is not compared: it is the same because nothing in between may
 * have changed it — a window holds only pure steps (reads, yields, sleeps, monitors, read-only calls); any write,
 * any other JDK call ({@code SchedulingPoints.opaque}), any other model operation or thread end starts it afresh. The anchor
 * moves on in growing windows (Brent's cycle finding), so a loop that is long to come round is still met.
 */
final class SpinProof {
    /** How many steps past the limit the proof keeps looking before the schedule could not be checked. */
    static final int STEPS = 20_000;
    /** Full comparisons per anchor: the first ones where every thread is back where it was settle a spin. */
    private static final int COMPARES = 16;

    /** The state at the start of a window. */
    private record Anchor(int at, LiveFrames.State[] states, String[] places, Wait[] waits, boolean[] interrupted,
                          boolean[] finished, Map<Object, Object> locks, long now, BitSet timed) {}

    private final Scheduler scheduler;
    private LiveFrames.State[] latest = new LiveFrames.State[4];
    private String[] places = new String[4];
    private boolean[] dirty = new boolean[4];
    private int opaqueSeen;
    private int foreignSeen;
    private int events;
    private Anchor anchor;
    private int window = 16;
    private int compares;
    /** Since the anchor: threads that took a step, and threads that could have (or waited on time). */
    private final BitSet ran = new BitSet();
    private final BitSet owed = new BitSet();

    SpinProof(Scheduler scheduler) {
        this.scheduler = scheduler;
        this.opaqueSeen = scheduler.opaque;
        this.foreignSeen = scheduler.foreign;
    }

    /** Whether a call nobody sees into, or learner code outside the schedule, ran since the last look. */
    private boolean unseenChange() {
        int opaque = scheduler.opaque;
        int foreign = scheduler.foreign;
        boolean changed = opaque != opaqueSeen || foreign != foreignSeen;
        opaqueSeen = opaque;
        foreignSeen = foreign;
        return changed;
    }

    /**
     * {@code self} is at a step ({@code pure}: one that changes nothing but its own frames, the lock table or the
     * clock). Returns the finding when this state was seen before, fairly.
     */
    Finding step(ManagedThread self, String place, boolean pure) {
        events++;
        grow(self.id);
        if (unseenChange()) {
            pure = false;
        }
        places[self.id] = place;
        dirty[self.id] = !pure;
        if (!pure) {
            latest[self.id] = null;
            anchor = null;
            return null;
        }
        ran.set(self.id);
        if (anchor == null || events - anchor.at() >= window) {
            if (anchor != null) {
                window *= 2;
            }
            anchor(self);
            return null;
        }
        if (compares >= COMPARES || !back(self)) {
            return null;
        }
        compares++;
        LiveFrames.State now = LiveFrames.capture();
        latest[self.id] = now;
        for (int id = ran.nextSetBit(0); id >= 0; id = ran.nextSetBit(id + 1)) {
            if (latest[id] == null || anchor.states()[id] == null || !latest[id].same(anchor.states()[id])) {
                return null;
            }
        }
        return spin();
    }

    /** {@code self} blocks ({@code pure}: on a lock or in a sleep) or ends (never pure). */
    void blocked(ManagedThread self, boolean pure) {
        grow(self.id);
        if (unseenChange()) {
            pure = false;
        }
        dirty[self.id] = !pure;
        if (pure) {
            ran.set(self.id);
        } else {
            latest[self.id] = null;
            anchor = null;
        }
    }

    /** {@code self} hands the baton on and waits: its state now is what it will be until it runs again. */
    void leaving(ManagedThread self) {
        grow(self.id);
        latest[self.id] = dirty[self.id] ? null : LiveFrames.capture();
    }

    /** These threads could run at a decision: each owes a step before the window may close. */
    void couldRun(int[] ids) {
        for (int id : ids) {
            owed.set(id);
        }
    }

    private void anchor(ManagedThread self) {
        latest[self.id] = LiveFrames.capture();
        List<ManagedThread> slots = scheduler.slots();
        int n = slots.size();
        Wait[] waits = new Wait[n];
        boolean[] interrupted = new boolean[n];
        boolean[] finished = new boolean[n];
        BitSet timed = new BitSet();
        for (ManagedThread s : slots) {
            waits[s.id] = s.wait;
            interrupted[s.id] = s.interrupted();
            finished[s.id] = s.finished;
            if (!s.finished && s.wait != null && s.wait.deadline() != Long.MAX_VALUE) {
                timed.set(s.id);
            }
        }
        anchor = new Anchor(events, Arrays.copyOf(latest, n), Arrays.copyOf(places, n), waits, interrupted, finished,
                scheduler.locks().state(), scheduler.virtualTime(), timed);
        ran.clear();
        owed.clear();
        compares = 0;
    }

    /** Every thread where it was at the anchor, owing no step, waiting and holding as then: worth a full look. */
    private boolean back(ManagedThread self) {
        List<ManagedThread> slots = scheduler.slots();
        if (slots.size() != anchor.waits().length) {
            return false;
        }
        BitSet due = (BitSet) owed.clone();
        due.or(anchor.timed());
        long now = scheduler.virtualTime();
        for (ManagedThread s : slots) {
            if (!s.finished && s.wait != null && s.wait.deadline() != Long.MAX_VALUE) {
                due.set(s.id);
            }
            if (s.finished != anchor.finished()[s.id] || s.interrupted() != anchor.interrupted()[s.id]
                    || !ran.get(s.id) && due.get(s.id)
                    || ran.get(s.id) && !java.util.Objects.equals(places[s.id], anchor.places()[s.id])
                    || !sameWait(anchor.waits()[s.id], anchor.now(), s.wait, now)) {
                return false;
            }
        }
        return scheduler.locks().state().equals(anchor.locks());
    }

    /** The same wait, its deadline as far from now as it was; only the waits a pure step makes are compared. */
    private static boolean sameWait(Wait a, long thenA, Wait b, long nowB) {
        if (a == b) {
            return true;
        }
        return switch (a) {
            case Wait.ForLock x when b instanceof Wait.ForLock y -> x.lock() == y.lock() && x.kind().equals(y.kind());
            case Wait.Sleeping x when b instanceof Wait.Sleeping y -> x.until() - thenA == y.until() - nowB;
            case null, default -> false;
        };
    }

    private Finding spin() {
        List<Finding.Spin.Spinner> spinners = new ArrayList<>();
        for (int id = ran.nextSetBit(0); id >= 0; id = ran.nextSetBit(id + 1)) {
            spinners.add(new Finding.Spin.Spinner(scheduler.slots().get(id).label(), places[id]));
        }
        return new Finding.Spin(spinners, events - anchor.at());
    }

    private void grow(int id) {
        if (id >= latest.length) {
            int n = Math.max(id + 1, latest.length * 2);
            latest = Arrays.copyOf(latest, n);
            places = Arrays.copyOf(places, n);
            dirty = Arrays.copyOf(dirty, n);
        }
    }
}

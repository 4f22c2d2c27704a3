package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.Liberties;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.explore.Signals;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.locks.LockSupport;

/**
 * LockSupport in learner code: each managed thread has one permit. unpark() makes it available; park() takes it,
 * or waits (in the scheduler) until it is made available, the thread is interrupted (park returns and the flag
 * stays set) or — untimed — it wakes spuriously ({@link Liberties}). A park that no thread is left to unpark is a
 * deadlock (a lost wake-up when an unpark was wasted, see {@link Signals}), not a call that returns by itself.
 * unpark → the park it ends is a happens-before edge for the race detector (the JDK's implementation orders them;
 * code that hands data over this way is not accused).
 */
public final class LockSupportModel {
    private LockSupportModel() {}

    public static void park(String loc) {
        parkFor(null, Long.MAX_VALUE, loc);
    }

    public static void parkOn(Object blocker, String loc) {
        parkFor(blocker, Long.MAX_VALUE, loc);
    }

    public static void parkNanos(long nanos, String loc) {
        parkNanosOn(null, nanos, loc);
    }

    public static void parkNanosOn(Object blocker, long nanos, String loc) {
        if (nanos > 0) {
            parkFor(blocker, nanos >= Long.MAX_VALUE - 999_999 ? Long.MAX_VALUE - 1 : (nanos + 999_999) / 1_000_000,
                    loc);
        } else if (RunningSchedule.slot() == null) {
            LockSupport.parkNanos(blocker, nanos);
        }
    }

    /** An absolute deadline on the wall clock: parks for the time left until then, in virtual time. */
    public static void parkUntil(long deadline, String loc) {
        parkUntilOn(null, deadline, loc);
    }

    public static void parkUntilOn(Object blocker, long deadline, String loc) {
        long millis = deadline - ClockModel.wallMillis();
        if (millis > 0) {
            parkFor(blocker, millis, loc);
        } else if (RunningSchedule.slot() == null) {
            LockSupport.parkUntil(blocker, deadline);
        }
    }

    private static void parkFor(Object blocker, long millis, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            if (millis == Long.MAX_VALUE) {
                LockSupport.park(blocker);
            } else {
                LockSupport.parkNanos(blocker, java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(millis));
            }
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, millis == Long.MAX_VALUE ? "park" : Phrase.PARK_TIMED.with(millis), loc);
        if (!self.permit && !self.interrupted()) {
            Wait.Parked w = new Wait.Parked(self, s.deadlineIn(millis));
            s.block(self, w);
        }
        if (self.permit) {
            self.permit = false;
            s.acquired(self, self);
            s.note(self, Phrase.PARK_RETURNS.with(), loc);
        }
    }

    public static void unpark(Thread t, String loc) {
        ManagedThread self = RunningSchedule.slot();
        ManagedThread target = t == null ? null : RunningSchedule.slotOf(t);
        if (self == null || target == null) {
            if (self != null && t != null) {
                Signals.unparkWasted(t, loc, self, true);
            }
            LockSupport.unpark(t); // no effect on a thread not started yet, as in the JDK
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        s.released(self, target);
        if (target.permit && !target.finished()) {
            Signals.unparkWasted(target.handle, loc, self, false);
        }
        target.permit = true;
        s.point(self, "unpark " + target.label(), loc);
    }
}

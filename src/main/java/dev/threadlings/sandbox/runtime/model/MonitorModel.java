package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.Locks;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.schedule.WaitSets;
import dev.threadlings.sandbox.runtime.Phrase;

/**
 * Object's wait and notify in learner code, modelled: a waiter gives up the monitor and waits in the scheduler
 * ({@link WaitSets}) until notified, interrupted or (timed) its virtual deadline, then takes the monitor back.
 * wait(long) and wait(long, int) check their arguments first: a negative timeout is an IllegalArgumentException
 * (not "wait forever"), and as in the JDK any nanoseconds round the timeout up by one millisecond (virtual time
 * counts milliseconds).
 */
public final class MonitorModel {
    private MonitorModel() {}

    public static void waitMillis(Object o, long millis, String loc) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        waitTimed(o, millis, loc);
    }

    public static void waitNanos(Object o, long millis, int nanos, String loc) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999_999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        waitTimed(o, millis, loc);
    }

    public static void waitOn(Object o, String loc) throws InterruptedException {
        waitTimed(o, 0, loc);
    }

    static void waitTimed(Object o, long millis, String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            o.wait(millis);
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        if (s.locks().ownerOf(o) != self) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.note(self, Phrase.WAIT_ON.with(Names.of(o)), loc);
        int count = s.locks().releaseAll(o);
        Wait.ForSignal w = new Wait.ForSignal(o, "wait()",
                millis <= 0 ? Long.MAX_VALUE : s.deadlineIn(millis));
        WaitSets.add(o, w);
        try {
            s.block(self, w);
        } finally {
            WaitSets.remove(o, w);
        }
        Locks.take(s, self, o, Phrase.MONITOR.with(), count, loc);
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
    }

    public static void notifyOne(Object o, String loc) {
        signal(o, false, loc, "notify");
    }

    public static void notifyEvery(Object o, String loc) {
        signal(o, true, loc, "notifyAll");
    }

    private static void signal(Object o, boolean all, String loc, String what) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            if (all) {
                o.notifyAll();
            } else {
                o.notify();
            }
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        if (s.locks().ownerOf(o) != self) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        WaitSets.wake(o, all, what + "()", loc, self);
        s.point(self, what + " " + Names.of(o), loc);
    }
}

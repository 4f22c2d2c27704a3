package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.Locks;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.Liberties;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.ScheduleLocal;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.schedule.WaitSets;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A Condition of a modelled lock ({@link LockModel}) in learner code: await releases the lock in the model and
 * waits in the scheduler ({@link WaitSets}) for a signal, then takes the lock back; signal and signalAll wake the
 * waiters in order. The timed waits (await(time, unit), awaitNanos, awaitUntil) and awaitUninterruptibly go the
 * same way ({@link #awaitFor}). Left to the JDK they would find the lock not held (the model never takes the real
 * one) and throw IllegalMonitorStateException, which no JVM does.
 * Their time is virtual: like every timed wait it may end while other threads could still run ({@link Liberties}).
 */
public final class ConditionModel {
    /** Each Condition's lock, recorded by newCondition. */
    private static final ScheduleLocal<Map<Object, Object>> CONDITION_LOCK = new ScheduleLocal<>(IdentityHashMap::new);

    private ConditionModel() {}

    public static boolean awaitTimed(Object condition, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        if (!modelledCondition(condition)) {
            return ((Condition) condition).await(time, unit);
        }
        long start = RunningSchedule.scheduler().virtualTime();
        boolean signalled = awaitFor(condition, millis(unit.toNanos(time)), true, loc);
        return signalled || RunningSchedule.scheduler().virtualTime() - start < millis(unit.toNanos(time));
    }

    /** The time left (an estimate, as in the JDK): positive when woken in time, at most zero when it ran out. */
    public static long awaitNanos(Object condition, long nanos, String loc) throws InterruptedException {
        if (!modelledCondition(condition)) {
            return ((Condition) condition).awaitNanos(nanos);
        }
        long start = RunningSchedule.scheduler().virtualTime();
        awaitFor(condition, millis(nanos), true, loc);
        long elapsed = TimeUnit.MILLISECONDS.toNanos(RunningSchedule.scheduler().virtualTime() - start);
        return nanos - elapsed;
    }

    /** A deadline on the wall clock: the wait lasts until then, measured from now, in virtual time. */
    public static boolean awaitUntil(Object condition, Date deadline, String loc) throws InterruptedException {
        if (!modelledCondition(condition)) {
            return ((Condition) condition).awaitUntil(deadline);
        }
        long millis = Math.max(0, deadline.getTime() - ClockModel.wallMillis());
        long start = RunningSchedule.scheduler().virtualTime();
        boolean signalled = awaitFor(condition, millis, true, loc);
        return signalled || RunningSchedule.scheduler().virtualTime() - start < millis;
    }

    public static void awaitUninterruptibly(Object condition, String loc) {
        if (!modelledCondition(condition)) {
            ((Condition) condition).awaitUninterruptibly();
            return;
        }
        boolean interrupted = InterruptModel.seen(); // the flag stays set, as in the JDK, but does not end the wait
        try {
            awaitFor(condition, Long.MAX_VALUE, false, loc);
        } catch (InterruptedException e) {
            throw new IllegalStateException("an uninterruptible await was interrupted", e);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Virtual time counts milliseconds: a wait of a few nanoseconds still lasts one (zero or less: none). */
    private static long millis(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        return nanos >= Long.MAX_VALUE - 999_999 ? Long.MAX_VALUE - 1 : (nanos + 999_999) / 1_000_000;
    }

    public static Condition newCondition(Object lock) {
        Condition c = ((Lock) lock).newCondition();
        CONDITION_LOCK.get().put(c, lock);
        return c;
    }

    public static void await(Object condition, String loc) throws InterruptedException {
        Object lock = CONDITION_LOCK.get().get(condition);
        if (lock == null || RunningSchedule.slot() == null) {
            ((Condition) condition).await();
            return;
        }
        awaitFor(condition, Long.MAX_VALUE, true, loc);
    }

    /**
     * The modelled await: releases the condition's lock, waits for a signal (or {@code millis} of virtual time;
     * MAX_VALUE: no limit), takes the lock back. Returns whether it was signalled (false: it timed out, or woke
     * spuriously or by an interrupt). {@code interruptible}: an interrupt throws (after the lock is taken back).
     */
    static boolean awaitFor(Object condition, long millis, boolean interruptible, String loc)
            throws InterruptedException {
        Object lock = CONDITION_LOCK.get().get(condition);
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        if (s.locks().ownerOf(lock) != self) {
            throw new IllegalMonitorStateException();
        }
        if (interruptible && InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.note(self, millis == Long.MAX_VALUE ? Phrase.AWAIT_ON.with(Names.of(condition))
                : Phrase.AWAIT_ON_TIMED.with(Names.of(condition), millis), loc);
        int count = s.locks().releaseAll(lock);
        long deadline = s.deadlineIn(millis);
        Wait.ForSignal w = new Wait.ForSignal(condition, millis == Long.MAX_VALUE ? "await()" : "await(timeout)",
                deadline);
        WaitSets.add(condition, w);
        try {
            s.block(self, w);
        } finally {
            WaitSets.remove(condition, w);
        }
        Locks.take(s, self, lock, Phrase.LOCK_KIND.with(), count, loc);
        if (interruptible && InterruptModel.seen()) {
            throw new InterruptedException();
        }
        return w.signalled;
    }

    /** Whether {@code condition} is a Condition of a lock the sandbox models, on a managed thread. */
    static boolean modelledCondition(Object condition) {
        return CONDITION_LOCK.get().get(condition) != null && RunningSchedule.slot() != null;
    }

    public static void signal(Object condition, String loc) {
        signalling(condition, false, loc);
    }

    public static void signalAll(Object condition, String loc) {
        signalling(condition, true, loc);
    }

    private static void signalling(Object condition, boolean all, String loc) {
        Object lock = CONDITION_LOCK.get().get(condition);
        ManagedThread self = RunningSchedule.slot();
        if (lock == null || self == null) {
            if (all) {
                ((Condition) condition).signalAll();
            } else {
                ((Condition) condition).signal();
            }
            return;
        }
        if (RunningSchedule.scheduler().locks().ownerOf(lock) != self) {
            throw new IllegalMonitorStateException();
        }
        WaitSets.wake(condition, all, all ? "signalAll()" : "signal()", loc, self);
        RunningSchedule.scheduler().point(self, (all ? "signalAll " : "signal ") + Names.of(condition), loc);
    }
}

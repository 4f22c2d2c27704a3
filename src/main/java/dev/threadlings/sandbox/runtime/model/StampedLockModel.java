package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * StampedLock in learner code. The real lock keeps the state: every non-blocking operation (tryWriteLock,
 * tryReadLock, the unlocks, tryOptimisticRead, validate, the conversions) runs for real, with a scheduling point and
 * a trace note, so a write can fall between an optimistic read and its validate. Only the blocking acquisitions are
 * modelled: the thread waits in the scheduler until a try would succeed. Like the JDK's, the lock is not reentrant:
 * asking for the write lock while holding it (or a read lock) waits forever. Readers do not queue behind a waiting
 * writer here (the JDK may make them), so a schedule the JDK could stall in is not explored.
 */
public final class StampedLockModel {
    private StampedLockModel() {}

    public static long writeLock(StampedLock l, String loc) {
        ManagedThread self = RunningSchedule.slot();
        return self == null ? l.writeLock() : acquire(self, l, true, Long.MAX_VALUE, false, loc);
    }

    public static long readLock(StampedLock l, String loc) {
        ManagedThread self = RunningSchedule.slot();
        return self == null ? l.readLock() : acquire(self, l, false, Long.MAX_VALUE, false, loc);
    }

    public static long writeLockInterruptibly(StampedLock l, String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        return self == null ? l.writeLockInterruptibly() : interruptible(self, l, true, Long.MAX_VALUE, loc);
    }

    public static long readLockInterruptibly(StampedLock l, String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        return self == null ? l.readLockInterruptibly() : interruptible(self, l, false, Long.MAX_VALUE, loc);
    }

    public static long tryWriteLockTimed(StampedLock l, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        return self == null ? l.tryWriteLock(time, unit) : interruptible(self, l, true, millis(time, unit), loc);
    }

    public static long tryReadLockTimed(StampedLock l, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        return self == null ? l.tryReadLock(time, unit) : interruptible(self, l, false, millis(time, unit), loc);
    }

    public static long tryWriteLock(StampedLock l, String loc) {
        return step(l, "tryWriteLock", l::tryWriteLock, loc);
    }

    public static long tryReadLock(StampedLock l, String loc) {
        return step(l, "tryReadLock", l::tryReadLock, loc);
    }

    /**
     * Reads between tryOptimisticRead and validate are racy by design — validate tells whether they may be used —
     * so the race detector checks them only if the stamp is never validated (writes always are).
     */
    public static long tryOptimisticRead(StampedLock l, String loc) {
        long stamp = step(l, "tryOptimisticRead", l::tryOptimisticRead, loc);
        optimistic(true); // even a zero stamp: the reads that follow are thrown away when validate fails
        return stamp;
    }

    public static boolean validate(StampedLock l, long stamp, String loc) {
        boolean valid = step(l, "validate " + stamp, () -> l.validate(stamp) ? 1 : 0, loc) != 0;
        optimistic(false);
        return valid;
    }

    private static void optimistic(boolean on) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null && RunningSchedule.scheduler().detector != null) {
            RunningSchedule.scheduler().detector.optimistic(self.id, on);
        }
    }

    public static long tryConvertToWriteLock(StampedLock l, long stamp, String loc) {
        return converted(step(l, "tryConvertToWriteLock " + stamp, () -> l.tryConvertToWriteLock(stamp), loc));
    }

    public static long tryConvertToReadLock(StampedLock l, long stamp, String loc) {
        return converted(step(l, "tryConvertToReadLock " + stamp, () -> l.tryConvertToReadLock(stamp), loc));
    }

    /** A conversion that succeeds validates an optimistic stamp, as validate() does. */
    private static long converted(long stamp) {
        if (stamp != 0) {
            optimistic(false);
        }
        return stamp;
    }

    public static long tryConvertToOptimisticRead(StampedLock l, long stamp, String loc) {
        return step(l, "tryConvertToOptimisticRead " + stamp, () -> l.tryConvertToOptimisticRead(stamp), loc);
    }

    // The point comes before the release: while the stamp is still held, another thread's tryConvertToWriteLock or
    // tryWriteLock fails (two readers that both fail to convert before either lets go); after it, the releaser's
    // next step is a point of its own.

    public static void unlockWrite(StampedLock l, long stamp, String loc) {
        releasing(l, "unlockWrite", loc);
        l.unlockWrite(stamp);
        released(l);
    }

    public static void unlockRead(StampedLock l, long stamp, String loc) {
        releasing(l, "unlockRead", loc);
        l.unlockRead(stamp);
        released(l);
    }

    public static void unlock(StampedLock l, long stamp, String loc) {
        releasing(l, "unlock", loc);
        l.unlock(stamp);
        released(l);
    }

    public static boolean tryUnlockWrite(StampedLock l, String loc) {
        releasing(l, null, loc);
        boolean done = l.tryUnlockWrite();
        noteOutcome(l, "tryUnlockWrite → " + done, loc);
        released(l);
        return done;
    }

    public static boolean tryUnlockRead(StampedLock l, String loc) {
        releasing(l, null, loc);
        boolean done = l.tryUnlockRead();
        noteOutcome(l, "tryUnlockRead → " + done, loc);
        released(l);
        return done;
    }

    static long millis(long time, TimeUnit unit) {
        return Scheduler.timeoutMillis(time, unit);
    }

    private static long step(StampedLock l, String what, LongSupplier op, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return op.getAsLong();
        }
        RunningSchedule.scheduler().point(self, null, loc);
        long r = op.getAsLong();
        if (r != 0) {
            RunningSchedule.scheduler().acquired(self, l); // a stamp (even an optimistic one) sees the writes unlocked before
        }
        RunningSchedule.scheduler().note(self, Phrase.STAMPED_CALL.with(what, Names.of(l), r), loc);
        return r;
    }

    /** The scheduling point before a release of {@code l} ({@code what} null: the caller notes the outcome). */
    static void releasing(StampedLock l, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, what == null ? null : what + " " + Names.of(l), loc);
        }
    }

    /** For the race detector, once {@code l} is released: what this thread did happens before its next holder. */
    static void released(StampedLock l) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().released(self, l);
        }
    }

    private static void noteOutcome(StampedLock l, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().note(self, what + " " + Names.of(l), loc);
        }
    }

    static long interruptible(ManagedThread self, StampedLock l, boolean write, long millis, String loc)
            throws InterruptedException {
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        long stamp = acquire(self, l, write, millis, true, loc);
        if (stamp == 0 && InterruptModel.seen()) {
            throw new InterruptedException();
        }
        return stamp;
    }

    /**
     * Takes one side of the lock, waiting in the scheduler while a try would fail; {@code millis} bounds the wait
     * (MAX_VALUE: none). Returns the stamp, or 0 when the time ran out or (interruptible) an interrupt came.
     */
    static long acquire(ManagedThread self, StampedLock l, boolean write, long millis, boolean interruptible,
                                String loc) {
        Scheduler s = RunningSchedule.scheduler();
        String side = (write ? Phrase.WRITE_LOCK : Phrase.READ_LOCK).with();
        s.point(self, null, loc);
        long deadline = s.deadlineIn(millis);
        BooleanSupplier free = write ? () -> !l.isWriteLocked() && !l.isReadLocked() : () -> !l.isWriteLocked();
        long stamp;
        while ((stamp = write ? l.tryWriteLock() : l.tryReadLock()) == 0) {
            if (s.virtualTime() >= deadline) {
                s.note(self, Phrase.STAMPED_NOT_IN_TIME.with(side, Names.of(l)), loc);
                return 0;
            }
            s.note(self, Phrase.BLOCKED_SIDE.with(side, Names.of(l)), loc);
            // the JDK's lock is not reentrant and has no owner: a holder asking again waits for itself
            s.block(self, interruptible || deadline != Long.MAX_VALUE
                    ? new Wait.Until(l, Phrase.STAMPED_LOCK_KIND.with(side), deadline, free)
                    : new Wait.ForShared(l, side, free));
            if (interruptible && self.thread.isInterrupted() && !free.getAsBoolean()) {
                return 0;
            }
        }
        s.acquired(self, l);
        s.note(self, (write ? Phrase.WRITE_LOCKED_STAMP : Phrase.READ_LOCKED_STAMP).with(Names.of(l), stamp), loc);
        return stamp;
    }
}

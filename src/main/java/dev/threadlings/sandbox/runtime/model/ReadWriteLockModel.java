package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.ScheduleLocal;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * ReentrantReadWriteLock in learner code, modelled: many readers or one writer, reentrant on each side, no
 * upgrade from read to write (asking for it while holding a read lock waits forever, as in the JDK). The read and
 * write views are paired with their lock when learner code asks for them.
 */
public final class ReadWriteLockModel {
    private static final class State {
        ManagedThread writer;
        int writes;
        final Map<ManagedThread, Integer> readers = new HashMap<>();
    }

    private static final ScheduleLocal<Map<Object, ReentrantReadWriteLock>> OWNER =
            new ScheduleLocal<>(IdentityHashMap::new);
    private static final ScheduleLocal<Map<ReentrantReadWriteLock, State>> STATES =
            new ScheduleLocal<>(IdentityHashMap::new);

    private ReadWriteLockModel() {}

    public static ReentrantReadWriteLock.ReadLock readLock(ReentrantReadWriteLock rw) {
        ReentrantReadWriteLock.ReadLock l = rw.readLock();
        OWNER.get().put(l, rw);
        return l;
    }

    public static ReentrantReadWriteLock.WriteLock writeLock(ReentrantReadWriteLock rw) {
        ReentrantReadWriteLock.WriteLock l = rw.writeLock();
        OWNER.get().put(l, rw);
        return l;
    }

    /** {@code ReadWriteLock.readLock()} through the interface. */
    public static Lock readView(java.util.concurrent.locks.ReadWriteLock rw) {
        return rw instanceof ReentrantReadWriteLock r ? readLock(r) : rw.readLock();
    }

    public static Lock writeView(java.util.concurrent.locks.ReadWriteLock rw) {
        return rw instanceof ReentrantReadWriteLock r ? writeLock(r) : rw.writeLock();
    }

    // The queries answer from the model: under it the JDK's own lock is never taken (a thread that is not managed
    // asks the JDK). Like ReentrantLock's isLocked, they are no scheduling point and order nothing.

    public static boolean isHeldByCurrentThread(ReentrantReadWriteLock.WriteLock lock) {
        State st = state(OWNER.get().get(lock));
        return st == null ? lock.isHeldByCurrentThread() : st.writer == RunningSchedule.slot();
    }

    public static int getHoldCount(ReentrantReadWriteLock.WriteLock lock) {
        State st = state(OWNER.get().get(lock));
        return st == null ? lock.getHoldCount() : st.writer == RunningSchedule.slot() ? st.writes : 0;
    }

    public static boolean isWriteLocked(ReentrantReadWriteLock rw) {
        State st = state(rw);
        return st == null ? rw.isWriteLocked() : st.writer != null;
    }

    public static boolean isWriteLockedByCurrentThread(ReentrantReadWriteLock rw) {
        State st = state(rw);
        return st == null ? rw.isWriteLockedByCurrentThread() : st.writer == RunningSchedule.slot();
    }

    public static int getWriteHoldCount(ReentrantReadWriteLock rw) {
        State st = state(rw);
        return st == null ? rw.getWriteHoldCount() : st.writer == RunningSchedule.slot() ? st.writes : 0;
    }

    public static int getReadLockCount(ReentrantReadWriteLock rw) {
        State st = state(rw);
        return st == null ? rw.getReadLockCount() : st.readers.values().stream().mapToInt(Integer::intValue).sum();
    }

    public static int getReadHoldCount(ReentrantReadWriteLock rw) {
        State st = state(rw);
        return st == null ? rw.getReadHoldCount() : st.readers.getOrDefault(RunningSchedule.slot(), 0);
    }

    /** The model's state of {@code rw} (a fresh one if never locked), or null outside the model. */
    private static State state(ReentrantReadWriteLock rw) {
        return rw == null || RunningSchedule.slot() == null ? null : STATES.get().computeIfAbsent(rw, k -> new State());
    }

    /** True if {@code lock} is one side of a read-write lock this model knows. */
    static boolean modelled(Object lock) {
        return OWNER.get().containsKey(lock) && RunningSchedule.slot() != null;
    }

    static void lock(Object lock, String loc) {
        ReentrantReadWriteLock rw = OWNER.get().get(lock);
        State st = STATES.get().computeIfAbsent(rw, k -> new State());
        boolean read = lock instanceof ReentrantReadWriteLock.ReadLock;
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, null, loc);
        if (!free(st, self, read)) {
            s.note(self, Phrase.BLOCKED_SIDE.with((read ? Phrase.READ_LOCK : Phrase.WRITE_LOCK).with(), Names.of(rw)), loc);
            s.block(self, new Wait.ForShared(rw, (read ? Phrase.READ_LOCK : Phrase.WRITE_LOCK).with(), () -> free(st, self, read)));
        }
        take(st, self, read);
        ordered(s, self, rw, st, read);
        s.note(self, (read ? Phrase.READ_LOCKED : Phrase.WRITE_LOCKED).with(Names.of(rw)), loc);
    }

    /**
     * lockInterruptibly ({@code millis} MAX_VALUE) and tryLock(time, unit) on a side: as {@link #lock}, but an
     * interrupt (pending on entry, or while it waits) throws and, for the timed one, a deadline passed gives false.
     */
    static boolean lockInterruptibly(Object lock, long millis, String loc) throws InterruptedException {
        ReentrantReadWriteLock rw = OWNER.get().get(lock);
        State st = STATES.get().computeIfAbsent(rw, k -> new State());
        boolean read = lock instanceof ReentrantReadWriteLock.ReadLock;
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.point(self, null, loc);
        if (!free(st, self, read)) {
            String side = (read ? Phrase.READ_LOCK : Phrase.WRITE_LOCK).with();
            if (millis <= 0) {
                s.note(self, Phrase.TRY_LOCK_TIMED_OUT.with(), loc);
                return false;
            }
            s.note(self, Phrase.BLOCKED_SIDE.with(side, Names.of(rw)), loc);
            long deadline = s.deadlineIn(Math.max(1, millis));
            s.block(self, new Wait.Until(rw, side, deadline, () -> free(st, self, read)));
            if (!free(st, self, read)) {
                if (InterruptModel.seen()) {
                    s.note(self, Phrase.LOCK_INTERRUPTED.with(), loc);
                    throw new InterruptedException();
                }
                s.note(self, Phrase.TRY_LOCK_TIMED_OUT.with(), loc);
                return false;
            }
        }
        take(st, self, read);
        ordered(s, self, rw, st, read);
        s.note(self, (read ? Phrase.READ_LOCKED : Phrase.WRITE_LOCKED).with(Names.of(rw)), loc);
        return true;
    }

    static boolean tryLock(Object lock, String loc) {
        ReentrantReadWriteLock rw = OWNER.get().get(lock);
        State st = STATES.get().computeIfAbsent(rw, k -> new State());
        boolean read = lock instanceof ReentrantReadWriteLock.ReadLock;
        ManagedThread self = RunningSchedule.slot();
        RunningSchedule.scheduler().point(self, (read ? Phrase.TRY_READ_LOCK : Phrase.TRY_WRITE_LOCK).with(Names.of(rw)), loc);
        if (!free(st, self, read)) {
            return false;
        }
        take(st, self, read);
        ordered(RunningSchedule.scheduler(), self, rw, st, read);
        return true;
    }

    static void unlock(Object lock, String loc) {
        ReentrantReadWriteLock rw = OWNER.get().get(lock);
        State st = STATES.get().computeIfAbsent(rw, k -> new State());
        boolean read = lock instanceof ReentrantReadWriteLock.ReadLock;
        ManagedThread self = RunningSchedule.slot();
        // before the release, as LockModel.unlock: a tryLock of another thread may still find it held
        RunningSchedule.scheduler().point(self, (read ? Phrase.READ_UNLOCK : Phrase.WRITE_UNLOCK).with(Names.of(rw)), loc);
        if (read) {
            Integer n = st.readers.get(self);
            if (n == null) {
                throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            }
            if (n == 1) {
                st.readers.remove(self);
            } else {
                st.readers.put(self, n - 1);
            }
        } else {
            if (st.writer != self) {
                throw new IllegalMonitorStateException();
            }
            if (--st.writes == 0) {
                st.writer = null;
            }
        }
        // readers hand over through the state (only writers need to see them), writers through the lock itself
        RunningSchedule.scheduler().released(self, read ? st : rw);
    }

    /**
     * For the race detector: a reader sees what earlier writers did; a writer sees earlier writers and readers.
     * Readers are not ordered with each other, so two threads writing under the read lock still race.
     */
    private static void ordered(Scheduler s, ManagedThread self, ReentrantReadWriteLock rw, State st, boolean read) {
        s.acquired(self, rw);
        if (!read) {
            s.acquired(self, st);
        }
    }

    private static boolean free(State st, ManagedThread self, boolean read) {
        if (read) {
            return st.writer == null || st.writer == self;
        }
        return st.writer == self || st.writer == null && st.readers.isEmpty();
    }

    private static void take(State st, ManagedThread self, boolean read) {
        if (read) {
            st.readers.merge(self, 1, Integer::sum);
        } else {
            st.writer = self;
            st.writes++;
        }
    }
}

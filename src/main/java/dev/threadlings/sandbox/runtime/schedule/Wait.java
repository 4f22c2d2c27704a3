package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.Awaited;

/**
 * Why a managed thread cannot run now, and how to tell when it can. Only the scheduler's own thread-at-a-time
 * code reads and writes the state these look at, so no synchronization is needed beyond the baton hand-off.
 */
public sealed interface Wait {
    /** True when the thread may run again. */
    boolean satisfied(Scheduler s);

    /** For deadlock reports: what the thread waits for (a monitor Counter@1a2b held by T1…). */
    Awaited describe(Scheduler s);

    /** When virtual time ends this wait by itself (sleep, timed wait); MAX_VALUE for never. */
    default long deadline() {
        return Long.MAX_VALUE;
    }

    /** True for an untimed wait that the JLS lets return without a signal (wait(), await(), park()). */
    default boolean spuriousWakeUp() {
        return false;
    }

    /** Ends the wait without a signal (see {@link Liberties}). */
    default void wakeSpuriously() {
        throw new IllegalStateException("no spurious wake-up from " + this);
    }

    /** True for waits that only another thread's signal can end (wait/await/latch), as opposed to a lock or join. */
    default boolean needsSignal() {
        return false;
    }

    /**
     * Waiting to take a monitor or lock that another thread holds; {@code interruptible} for lockInterruptibly,
     * which an interrupt ends (a monitor or lock() keeps waiting).
     */
    record ForLock(Object lock, String kind, boolean interruptible) implements Wait {
        public ForLock(Object lock, String kind) {
            this(lock, kind, false);
        }

        public boolean satisfied(Scheduler s) {
            return s.locks().ownerOf(lock) == null;
        }

        public Awaited describe(Scheduler s) {
            ManagedThread owner = s.locks().ownerOf(lock);
            return new Awaited.Lock(kind, Names.of(lock), owner == null ? null : owner.name());
        }
    }

    /** Waiting for a thread to end, for at most until {@code deadline} (virtual ms; MAX_VALUE: no limit). */
    record ForThread(ManagedThread target, long deadline) implements Wait {
        public boolean satisfied(Scheduler s) {
            return target.finished() || s.virtualTime() >= deadline;
        }

        public Awaited describe(Scheduler s) {
            return new Awaited.End(target.name());
        }
    }

    /** In wait()/await(): waiting to be notified or signalled; a deadline makes it timed. */
    final class ForSignal implements Wait {
        public final Object on;
        public final String kind;
        public final long deadline;
        public boolean signalled;

        public ForSignal(Object on, String kind, long deadline) {
            this.on = on;
            this.kind = kind;
            this.deadline = deadline;
        }

        public boolean satisfied(Scheduler s) {
            return signalled || s.virtualTime() >= deadline;
        }

        @Override
        public long deadline() {
            return deadline;
        }

        public Awaited describe(Scheduler s) {
            return new Awaited.Signal(kind, Names.of(on));
        }

        @Override
        public boolean needsSignal() {
            return deadline == Long.MAX_VALUE;
        }

        @Override
        public boolean spuriousWakeUp() {
            return deadline == Long.MAX_VALUE; // a timed one may end early instead (Liberties.EXPIRE)
        }

        @Override
        public void wakeSpuriously() {
            signalled = true; // out of the wait set: a later notify() goes to another waiter
        }
    }

    /** A timed wait for a condition: it ends when {@code ready} holds or virtual time reaches {@code deadline}. */
    record Until(Object on, String kind, long deadline, java.util.function.BooleanSupplier ready) implements Wait {
        public boolean satisfied(Scheduler s) {
            return ready.getAsBoolean() || s.virtualTime() >= deadline;
        }

        public Awaited describe(Scheduler s) {
            return new Awaited.Timed(kind, Names.of(on));
        }
    }

    /**
     * Waiting for a counter (latch, semaphore permits) to allow it through; an interrupt ends the wait unless it is
     * an uninterruptible one (acquireUninterruptibly).
     */
    record ForCount(Object on, String kind, java.util.function.BooleanSupplier ready, boolean interruptible)
            implements Wait {
        public ForCount(Object on, String kind, java.util.function.BooleanSupplier ready) {
            this(on, kind, ready, true);
        }

        public boolean satisfied(Scheduler s) {
            return ready.getAsBoolean();
        }

        public Awaited describe(Scheduler s) {
            return new Awaited.Release(kind, Names.of(on));
        }

        @Override
        public boolean needsSignal() {
            return true;
        }
    }

    /** Waiting for a lock that several threads may share (a read-write lock's read or write side). */
    record ForShared(Object on, String kind, java.util.function.BooleanSupplier ready) implements Wait {
        public boolean satisfied(Scheduler s) {
            return ready.getAsBoolean();
        }

        public Awaited describe(Scheduler s) {
            return new Awaited.Shared(kind, Names.of(on));
        }
    }

    /** A pool worker with nothing to do; it does not keep a finished program alive (it is like a daemon). */
    record IdleWorker(java.util.function.BooleanSupplier work) implements Wait {
        public boolean satisfied(Scheduler s) {
            return work.getAsBoolean();
        }

        public Awaited describe(Scheduler s) {
            return new Awaited.Idle();
        }
    }

    /** In LockSupport.park: until the thread's permit is made available (or the deadline, or a spurious wake-up). */
    final class Parked implements Wait {
        final ManagedThread self;
        public final long deadline;
        boolean woken;

        public Parked(ManagedThread self, long deadline) {
            this.self = self;
            this.deadline = deadline;
        }

        public boolean satisfied(Scheduler s) {
            return self.permit || woken || s.virtualTime() >= deadline;
        }

        @Override
        public long deadline() {
            return deadline;
        }

        public Awaited describe(Scheduler s) {
            return new Awaited.Park();
        }

        @Override
        public boolean needsSignal() {
            return deadline == Long.MAX_VALUE;
        }

        @Override
        public boolean spuriousWakeUp() {
            return deadline == Long.MAX_VALUE;
        }

        @Override
        public void wakeSpuriously() {
            woken = true;
        }
    }

    /** Asleep until the virtual clock reaches {@code until}. */
    record Sleeping(long until) implements Wait {
        public boolean satisfied(Scheduler s) {
            return s.virtualTime() >= until;
        }

        @Override
        public long deadline() {
            return until;
        }

        public Awaited describe(Scheduler s) {
            return new Awaited.Sleep();
        }
    }
}

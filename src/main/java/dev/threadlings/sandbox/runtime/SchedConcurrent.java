package dev.threadlings.sandbox.runtime;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * java.util.concurrent in learner code, modelled so that blocking never happens inside JDK code the scheduler
 * cannot see: ReentrantLock and its Conditions, CountDownLatch, Semaphore. The real objects are never locked,
 * counted down or acquired while a schedule runs; shadow state stands in for them.
 */
public final class SchedConcurrent {
    /** Each Condition's lock, recorded by newCondition. */
    private static final ScheduleLocal<Map<Object, Object>> CONDITION_LOCK = new ScheduleLocal<>(IdentityHashMap::new);

    private SchedConcurrent() {}

    private static boolean modelled(Object lock) {
        return lock instanceof ReentrantLock && Sched.slot() != null;
    }

    // ---- locks ---------------------------------------------------------------------------------------------

    public static void lock(Object lock, String loc) {
        if (SchedReadWrite.modelled(lock)) {
            SchedReadWrite.lock(lock, loc);
            return;
        }
        if (!modelled(lock)) {
            ((Lock) lock).lock();
            return;
        }
        Slot self = Sched.slot();
        Sched.scheduler.point(self, null, loc);
        Sched.acquire(Sched.scheduler, self, lock, "lock", 1, loc);
    }

    public static void lockInterruptibly(Object lock, String loc) throws InterruptedException {
        if (SchedReadWrite.modelled(lock)) {
            SchedReadWrite.lock(lock, loc);
            return;
        }
        if (!modelled(lock)) {
            ((Lock) lock).lockInterruptibly();
            return;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        lock(lock, loc);
    }

    public static boolean tryLock(Object lock, String loc) {
        if (SchedReadWrite.modelled(lock)) {
            return SchedReadWrite.tryLock(lock, loc);
        }
        if (!modelled(lock)) {
            return ((Lock) lock).tryLock();
        }
        Slot self = Sched.slot();
        Scheduler s = Sched.scheduler;
        s.point(self, "tryLock " + Names.of(lock), loc);
        Slot owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            s.note(self, "tryLock failed: held by " + owner.name(), loc);
            return false;
        }
        s.locks().acquire(lock, self, 1);
        return true;
    }

    public static boolean tryLockTimed(Object lock, long time, TimeUnit unit, String loc) throws InterruptedException {
        if (!modelled(lock)) {
            return ((Lock) lock).tryLock(time, unit);
        }
        Slot self = Sched.slot();
        Scheduler s = Sched.scheduler;
        if (Thread.interrupted()) {
            throw new InterruptedException();      // as ReentrantLock.tryLock(time, unit) does, even for a free lock
        }
        s.point(self, "tryLock " + Names.of(lock) + " (" + time + " " + unit.name().toLowerCase() + ")", loc);
        Slot owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            long deadline = s.virtualTime() + Math.max(1, unit.toMillis(time));
            s.block(self, new Wait.Until(lock, "tryLock", deadline, () -> s.locks().ownerOf(lock) == null));
            if (s.locks().ownerOf(lock) != null) {
                if (Thread.interrupted()) {
                    s.note(self, "tryLock interrupted", loc);
                    throw new InterruptedException();   // an interrupt ends the wait with a throw, never a false
                }
                s.note(self, "tryLock timed out", loc);
                return false;
            }
        }
        s.locks().acquire(lock, self, 1);
        return true;
    }

    public static void unlock(Object lock, String loc) {
        if (SchedReadWrite.modelled(lock)) {
            SchedReadWrite.unlock(lock, loc);
            return;
        }
        if (!modelled(lock)) {
            ((Lock) lock).unlock();
            return;
        }
        Slot self = Sched.slot();
        if (!Sched.scheduler.locks().release(lock, self)) {
            throw new IllegalMonitorStateException();
        }
        Sched.scheduler.point(self, "unlock " + Names.of(lock), loc);
    }

    public static boolean isHeldByCurrentThread(ReentrantLock lock) {
        Slot self = Sched.slot();
        return self == null ? lock.isHeldByCurrentThread() : Sched.scheduler.locks().ownerOf(lock) == self;
    }

    public static boolean isLocked(ReentrantLock lock) {
        return Sched.slot() == null ? lock.isLocked() : Sched.scheduler.locks().ownerOf(lock) != null;
    }

    public static int getHoldCount(ReentrantLock lock) {
        Slot self = Sched.slot();
        if (self == null) {
            return lock.getHoldCount();
        }
        return Sched.scheduler.locks().ownerOf(lock) == self ? Sched.scheduler.locks().count(lock) : 0;
    }

    // ---- conditions ----------------------------------------------------------------------------------------

    public static Condition newCondition(Object lock) {
        Condition c = ((Lock) lock).newCondition();
        CONDITION_LOCK.get().put(c, lock);
        return c;
    }

    public static void await(Object condition, String loc) throws InterruptedException {
        Object lock = CONDITION_LOCK.get().get(condition);
        if (lock == null || Sched.slot() == null) {
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
        Slot self = Sched.slot();
        Scheduler s = Sched.scheduler;
        if (s.locks().ownerOf(lock) != self) {
            throw new IllegalMonitorStateException();
        }
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        s.note(self, "await on " + Names.of(condition) + (millis == Long.MAX_VALUE ? "" : " (" + millis + " ms)"), loc);
        int count = s.locks().releaseAll(lock);
        long deadline = millis == Long.MAX_VALUE ? Long.MAX_VALUE
                : s.virtualTime() + Math.min(millis, Long.MAX_VALUE - 1 - s.virtualTime());
        Wait.ForSignal w = new Wait.ForSignal(condition, millis == Long.MAX_VALUE ? "await()" : "await(timeout)",
                deadline);
        WaitSets.add(condition, w);
        try {
            s.block(self, w);
        } finally {
            WaitSets.remove(condition, w);
        }
        Sched.acquire(s, self, lock, "lock", count, loc);
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        return w.signalled;
    }

    /** Whether {@code condition} is a Condition of a lock the sandbox models, on a managed thread. */
    static boolean modelledCondition(Object condition) {
        return CONDITION_LOCK.get().get(condition) != null && Sched.slot() != null;
    }

    public static void signal(Object condition, String loc) {
        signalling(condition, false, loc);
    }

    public static void signalAll(Object condition, String loc) {
        signalling(condition, true, loc);
    }

    private static void signalling(Object condition, boolean all, String loc) {
        Object lock = CONDITION_LOCK.get().get(condition);
        Slot self = Sched.slot();
        if (lock == null || self == null) {
            if (all) {
                ((Condition) condition).signalAll();
            } else {
                ((Condition) condition).signal();
            }
            return;
        }
        if (Sched.scheduler.locks().ownerOf(lock) != self) {
            throw new IllegalMonitorStateException();
        }
        WaitSets.wake(condition, all, all ? "signalAll()" : "signal()", loc, self);
        Sched.scheduler.point(self, (all ? "signalAll " : "signal ") + Names.of(condition), loc);
    }

    // ---- latches, semaphores, blocking queues ---------------------------------------------------------------
    // The real objects keep their own state: counting down, releasing and offering never block, so they run for
    // real (even through a method reference the instrumentation cannot see). Only the calls that would block are
    // modelled: the thread waits in the scheduler until the real state lets it through, then does the real,
    // non-blocking operation.

    public static void countDown(CountDownLatch latch, String loc) {
        Slot self = Sched.slot();
        if (self != null) {
            Sched.scheduler.point(self, "countDown " + Names.of(latch) + " → " + Math.max(0, latch.getCount() - 1),
                    loc);
            Sched.scheduler.released(self, latch);
        }
        latch.countDown();
    }

    public static void awaitLatch(CountDownLatch latch, String loc) throws InterruptedException {
        Slot self = Sched.slot();
        if (self == null) {
            latch.await();
            return;
        }
        Sched.scheduler.point(self, "await " + Names.of(latch) + " (count " + latch.getCount() + ")", loc);
        Sched.scheduler.block(self, new Wait.ForCount(latch, "CountDownLatch.await()", () -> latch.getCount() == 0));
        if (latch.getCount() != 0 && Thread.interrupted()) {
            throw new InterruptedException();
        }
        Sched.scheduler.acquired(self, latch);
    }

    public static boolean awaitLatchTimed(CountDownLatch latch, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        Slot self = Sched.slot();
        if (self == null) {
            return latch.await(time, unit);
        }
        Scheduler s = Sched.scheduler;
        if (Thread.interrupted()) {
            throw new InterruptedException();      // as the JDK's await(time, unit) does, even at count 0
        }
        s.point(self, "await " + Names.of(latch) + " (count " + latch.getCount() + ", timeout)", loc);
        s.block(self, new Wait.Until(latch, "CountDownLatch.await(timeout)",
                s.virtualTime() + Math.max(1, unit.toMillis(time)), () -> latch.getCount() == 0));
        if (latch.getCount() == 0) {
            s.acquired(self, latch);
            return true;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();      // interrupted while it waited: a throw, not a timeout
        }
        return false;
    }

    public static void acquire(Semaphore sem, String loc) throws InterruptedException {
        acquireN(sem, 1, loc);
    }

    public static void acquireUninterruptibly(Semaphore sem, String loc) {
        Slot self = Sched.slot();
        if (self == null) {
            sem.acquireUninterruptibly();
            return;
        }
        takeUninterruptibly(self, sem, 1, loc);
    }

    public static void acquireN(Semaphore sem, int n, String loc) throws InterruptedException {
        Slot self = Sched.slot();
        if (self == null) {
            sem.acquire(n);
            return;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        take(self, sem, n, true, loc);
    }

    private static void takeUninterruptibly(Slot self, Semaphore sem, int n, String loc) {
        try {
            take(self, sem, n, false, loc);
        } catch (InterruptedException e) {
            throw new AssertionError("an uninterruptible acquire was interrupted", e);
        }
    }

    /** An interruptible acquire that is interrupted while it waits throws, as the JDK's does, holding nothing. */
    private static void take(Slot self, Semaphore sem, int n, boolean interruptible, String loc)
            throws InterruptedException {
        Scheduler s = Sched.scheduler;
        s.point(self, null, loc);
        while (!sem.tryAcquire(n)) {
            if (interruptible && Thread.interrupted()) {
                throw new InterruptedException();
            }
            s.note(self, "blocked: " + Names.of(sem) + " has " + sem.availablePermits() + " permits", loc);
            s.block(self, new Wait.ForCount(sem, "Semaphore.acquire()", () -> sem.availablePermits() >= n));
        }
        s.note(self, "acquire " + Names.of(sem) + " → " + sem.availablePermits() + " left", loc);
        s.acquired(self, sem);
    }

    public static void release(Semaphore sem, String loc) {
        releaseN(sem, 1, loc);
    }

    public static void releaseN(Semaphore sem, int n, String loc) {
        Slot self = Sched.slot();
        if (self != null) {
            Sched.scheduler.point(self, "release " + Names.of(sem) + " → " + (sem.availablePermits() + n) + " free",
                    loc);
            Sched.scheduler.released(self, sem);
        }
        sem.release(n);
    }

    // put and take wait in the scheduler like the timed calls of SchedQueues, only without a deadline; a
    // SynchronousQueue, which holds nothing, pairs each put with a take instead

    @SuppressWarnings("unchecked")
    public static void put(Object queue, Object item, String loc) throws InterruptedException {
        var q = (java.util.concurrent.BlockingQueue<Object>) queue;
        Slot self = Sched.slot();
        if (self == null) {
            q.put(item);
        } else if (q instanceof java.util.concurrent.SynchronousQueue<?> sq) {
            SchedHandOff.put(Sched.scheduler, self, sq, item, loc);
        } else {
            SchedQueues.insert(q, "put", () -> q.offer(item), item, Long.MAX_VALUE, loc);
        }
    }

    @SuppressWarnings("unchecked")
    public static Object take(Object queue, String loc) throws InterruptedException {
        var q = (java.util.concurrent.BlockingQueue<Object>) queue;
        Slot self = Sched.slot();
        if (self == null) {
            return q.take();
        }
        if (q instanceof java.util.concurrent.SynchronousQueue<?> sq) {
            return SchedHandOff.take(Sched.scheduler, self, sq, loc);
        }
        return SchedQueues.remove(q, "take", q::poll, Long.MAX_VALUE, loc);
    }
}

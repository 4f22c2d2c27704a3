package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.race.RaceDetector;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds which monitor or lock, and how many times. Learner code never takes a real monitor or lock while it
 * runs under the scheduler; this shadow state is the lock, so a blocked thread is simply not chosen to run.
 */
public final class Locks {
    private record Hold(ManagedThread owner, int count) {}

    private final Map<Object, Hold> holds = new IdentityHashMap<>();
    /** Taking a lock is an acquire, giving it up a release, for the race detector (null: no detection). */
    RaceDetector detector;

    public ManagedThread ownerOf(Object lock) {
        Hold h = holds.get(lock);
        return h == null ? null : h.owner;
    }

    public int count(Object lock) {
        Hold h = holds.get(lock);
        return h == null ? 0 : h.count;
    }

    /** Takes the lock for {@code who}; the caller has checked it is free or already theirs. */
    public void acquire(Object lock, ManagedThread who, int times) {
        Hold h = holds.get(lock);
        if (h == null && !nested) {
            nested = holdsAny(who.id);
        }
        holds.put(lock, new Hold(who, (h == null ? 0 : h.count) + times));
        if (detector != null) {
            detector.acquire(who.id, lock);
        }
    }

    /** Whether thread {@code id} holds any monitor or lock now. */
    public boolean holdsAny(int id) {
        for (Hold h : holds.values()) {
            if (h.owner.id == id) {
                return true;
            }
        }
        return false;
    }

    /** Set once a thread took a lock while holding another: a lock cycle is possible, worth one directed schedule. */
    public boolean nested;

    /** Releases once; false if {@code who} does not hold it. */
    public boolean release(Object lock, ManagedThread who) {
        Hold h = holds.get(lock);
        if (h == null || h.owner != who) {
            return false;
        }
        if (detector != null) {
            detector.release(who.id, lock);
        }
        if (h.count == 1) {
            holds.remove(lock);
        } else {
            holds.put(lock, new Hold(who, h.count - 1));
        }
        return true;
    }

    /** Releases completely (for wait()); returns the count to restore afterwards. */
    public int releaseAll(Object lock) {
        Hold h = holds.remove(lock);
        if (h != null && detector != null) {
            detector.release(h.owner.id, lock);
        }
        return h == null ? 0 : h.count;
    }

    public List<Object> heldBy(ManagedThread who) {
        List<Object> out = new ArrayList<>();
        holds.forEach((lock, h) -> {
            if (h.owner == who) {
                out.add(lock);
            }
        });
        return out;
    }

    /** Takes a monitor or lock, blocking (in the model) while another thread holds it; records both in the trace. */
    public static void take(Scheduler s, ManagedThread self, Object lock, String kind, int times, String loc) {
        ManagedThread owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            s.note(self, Phrase.BLOCKED_HELD.with(Names.of(lock), owner.name()), loc);
            s.block(self, new Wait.ForLock(lock, kind));
        }
        s.locks().acquire(lock, self, times);
        s.note(self, Phrase.LOCK.with(Names.of(lock)), loc);
    }

    /**
     * As {@link #take}, for lockInterruptibly: an interrupt while it waits ends the call with InterruptedException,
     * the flag cleared, as the JDK's does (a lock free by then is taken: the JDK may do either).
     */
    public static void takeInterruptibly(Scheduler s, ManagedThread self, Object lock, String kind, String loc)
            throws InterruptedException {
        ManagedThread owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            s.note(self, Phrase.BLOCKED_HELD.with(Names.of(lock), owner.name()), loc);
            s.block(self, new Wait.ForLock(lock, kind, true));
            if (s.locks().ownerOf(lock) != null) {
                Thread.interrupted();
                s.note(self, Phrase.LOCK_INTERRUPTED.with(), loc);
                throw new InterruptedException();
            }
        }
        s.locks().acquire(lock, self, 1);
        s.note(self, Phrase.LOCK.with(Names.of(lock)), loc);
    }

    /** A lock, told apart by identity (learner locks may define equals: two equal Integers are two monitors). */
    private record Same(Object lock) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.lock == lock;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(lock);
        }
    }

    /** Who holds what now, as a value: equal to another state when the same threads hold the same locks as often. */
    Map<Object, Object> state() {
        Map<Object, Object> out = new java.util.HashMap<>();
        holds.forEach((lock, h) -> out.put(new Same(lock), h));
        return out;
    }
}

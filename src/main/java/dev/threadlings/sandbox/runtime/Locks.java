package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds which monitor or lock, and how many times. Learner code never takes a real monitor or lock while it
 * runs under the scheduler; this shadow state is the lock, so a blocked thread is simply not chosen to run.
 */
final class Locks {
    private record Hold(Slot owner, int count) {}

    private final Map<Object, Hold> holds = new IdentityHashMap<>();
    /** Taking a lock is an acquire, giving it up a release, for the race detector (null: no detection). */
    RaceDetector detector;

    Slot ownerOf(Object lock) {
        Hold h = holds.get(lock);
        return h == null ? null : h.owner;
    }

    int count(Object lock) {
        Hold h = holds.get(lock);
        return h == null ? 0 : h.count;
    }

    /** Takes the lock for {@code who}; the caller has checked it is free or already theirs. */
    void acquire(Object lock, Slot who, int times) {
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
    boolean holdsAny(int id) {
        for (Hold h : holds.values()) {
            if (h.owner.id == id) {
                return true;
            }
        }
        return false;
    }

    /** Set once a thread took a lock while holding another: a lock cycle is possible, worth one directed schedule. */
    boolean nested;

    /** Releases once; false if {@code who} does not hold it. */
    boolean release(Object lock, Slot who) {
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
    int releaseAll(Object lock) {
        Hold h = holds.remove(lock);
        if (h != null && detector != null) {
            detector.release(h.owner.id, lock);
        }
        return h == null ? 0 : h.count;
    }

    List<Object> heldBy(Slot who) {
        List<Object> out = new ArrayList<>();
        holds.forEach((lock, h) -> {
            if (h.owner == who) {
                out.add(lock);
            }
        });
        return out;
    }
}

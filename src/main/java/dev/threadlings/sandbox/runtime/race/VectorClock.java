package dev.threadlings.sandbox.runtime.race;

import java.util.Arrays;

/**
 * A vector clock: for each thread id, the last step of that thread known to happen before "now". Grows as threads
 * appear; a missing entry is 0. Mutable, owned by one thread or sync object of the {@link RaceDetector}.
 */
public final class VectorClock {
    private int[] c;

    public VectorClock() {
        c = new int[4];
    }

    public VectorClock(VectorClock other) {
        c = other.c.clone();
    }

    int get(int thread) {
        return thread < c.length ? c[thread] : 0;
    }

    public void set(int thread, int value) {
        if (thread >= c.length) {
            c = Arrays.copyOf(c, Math.max(thread + 1, c.length * 2));
        }
        c[thread] = value;
    }

    public void tick(int thread) {
        set(thread, get(thread) + 1);
    }

    /** this := this ⊔ other (entry-wise maximum). */
    public void join(VectorClock other) {
        int[] o = other.c;
        if (o.length > c.length) {
            c = Arrays.copyOf(c, o.length);
        }
        for (int i = 0; i < o.length; i++) {
            if (o[i] > c[i]) {
                c[i] = o[i];
            }
        }
    }

    /** this := other, when other ⊒ this already (a lock released by the thread that holds it): a plain copy. */
    public void copy(VectorClock other) {
        int[] o = other.c;
        if (o.length > c.length) {
            c = Arrays.copyOf(c, o.length);
        }
        System.arraycopy(o, 0, c, 0, o.length);
    }

    /** this ⊑ other: every entry at most the other's. */
    boolean leq(VectorClock other) {
        for (int i = 0; i < c.length; i++) {
            if (c[i] > other.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first thread whose entry is not covered by {@code other}, or -1 if this ⊑ other. */
    int firstNotCovered(VectorClock other) {
        for (int i = 0; i < c.length; i++) {
            if (c[i] > other.get(i)) {
                return i;
            }
        }
        return -1;
    }

    int size() {
        return c.length;
    }

    @Override
    public String toString() {
        int n = c.length;
        while (n > 0 && c[n - 1] == 0) {
            n--;
        }
        return Arrays.toString(Arrays.copyOf(c, n));
    }
}

package dev.threadlings.sandbox.runtime.race;

import java.util.Map;

/**
 * The FastTrack rules (Flanagan and Freund, PLDI 2009), pure: a variable's shadow state ({@link Var}: its last
 * write as an epoch — thread and clock — and its reads as one epoch, or a vector once threads read it
 * concurrently) and what one access by a thread with a given vector clock does to it. An access not ordered after
 * a conflicting earlier one is a race, handed to {@link Reports}. Shared by the explorer's detector
 * ({@link RaceDetector}, one thread at a time) and a free run's ({@link ConcurrentDetector}, under the variable's lock).
 */
public final class FastTrack {
    /** An epoch that is no access; a read state that is a vector of reads (see {@link Var#reads}). */
    static final long NONE = -1L;
    static final long SHARED = -2L;

    private FastTrack() {}

    /** Shadow state of one variable. */
    public static final class Var {
        long write = NONE;
        String writeAt;
        int writeDecision;
        long read = NONE;
        String readAt;
        int readDecision;
        VectorClock reads;          // when read-shared
        Map<Integer, String> readsAt;
        VectorClock sync;           // when the variable is volatile: its release clock
        boolean immutable;          // the last write published an immutable object
        java.util.Set<Integer> racyReaders;  // … read once without order by these (null: none)
        public boolean isFinal;            // a final field
        public boolean frozen;             // … whose constructor has returned: never racy again
    }

    static long epoch(int thread, int clock) {
        return (long) thread << 32 | clock;
    }

    static int tid(long epoch) {
        return (int) (epoch >>> 32);
    }

    private static int clk(long epoch) {
        return (int) epoch;
    }

    private static boolean before(long epoch, VectorClock c) {
        return epoch == NONE || clk(epoch) <= c.get(tid(epoch));
    }

    /**
     * One field access once its variable is found: a final field only until frozen, a volatile one as a release
     * or acquire, a plain one by the FastTrack rules ({@code optimistic}: a read inside a StampedLock optimistic
     * read, validated by the program and not checked here).
     */
    public static void fieldAccess(VectorClock t, int thread, Var v, boolean write, boolean isVolatile, boolean immutable,
                            boolean isFinal, boolean optimistic, String what, String loc, int decision, Reports out) {
        if (isFinal) {
            if (v.frozen) {
                return;
            }
            v.isFinal = true;
        }
        if (isVolatile) {
            volatileAccess(t, thread, v, write);
        } else if (write || !optimistic) {
            access(t, thread, v, write, immutable, what, loc, decision, out);
        }
    }

    /** Where a race goes: the earlier access (thread, write?, where, decision), then the later one. */
    public interface Reports {
        void race(String what, int firstThread, boolean firstWrite, String firstAt, int firstDecision, int thread,
                  boolean write, String loc, int decision);
    }

    /** A volatile read acquires what the variable's writes released; a write releases into it. */
    static void volatileAccess(VectorClock t, int thread, Var v, boolean write) {
        if (write) {
            if (v.sync == null) {
                v.sync = new VectorClock();
            }
            v.sync.join(t);
            t.tick(thread);
        } else if (v.sync != null) {
            t.join(v.sync);
        }
    }

    /**
     * The FastTrack rules for one plain access by {@code thread} (whose clock is {@code t}) to {@code v}; a race
     * goes to {@code out}. {@code decision}: how many scheduling decisions came before (0 when not scheduled).
     */
    public static void access(VectorClock t, int thread, Var v, boolean write, boolean immutable, String what, String loc,
                       int decision, Reports out) {
        // the common cases first, small enough for the JIT to inline: an access ordered after the last write and the
        // last read (no read vector, nothing immutable published) is just recorded
        long now = epoch(thread, t.get(thread));
        if (write && v.write != now && !immutable && !v.immutable && v.read != SHARED && before(v.write, t)
                && before(v.read, t)) {
            v.write = now;
            v.writeAt = loc;
            v.writeDecision = decision;
            v.racyReaders = null;
            return;
        }
        if (!write && v.read != now && v.read != SHARED && before(v.write, t) && before(v.read, t)) {
            v.read = now;                              // a read ordered after the last write and the last read
            v.readAt = loc;
            v.readDecision = decision;
            return;
        }
        fullAccess(t, thread, v, write, immutable, what, loc, decision, out);
    }

    private static void fullAccess(VectorClock t, int thread, Var v, boolean write, boolean immutable, String what,
                                   String loc, int decision, Reports out) {
        long now = epoch(thread, t.get(thread));
        if (write) {
            if (v.write == now) {
                return;
            }
            if (!before(v.write, t)) {
                out.race(what, tid(v.write), true, v.writeAt, v.writeDecision, thread, true, loc, decision);
            }
            if (v.read == SHARED) {
                int racer = v.reads.firstNotCovered(t);
                if (racer >= 0 && !immutable) {
                    out.race(what, racer, false, v.readsAt.get(racer), 0, thread, true, loc, decision);
                }
                v.read = NONE;
                v.reads = null;
                v.readsAt = null;
            } else if (!before(v.read, t) && !immutable) {
                out.race(what, tid(v.read), false, v.readAt, v.readDecision, thread, true, loc, decision);
            }
            v.write = now;
            v.writeAt = loc;
            v.writeDecision = decision;
            v.immutable = immutable;
            v.racyReaders = null;
        } else {
            if (v.read == now) {                       // same epoch: checked already, unless it was the one racy
                if (v.immutable && v.racyReaders != null && v.racyReaders.contains(thread)    // read allowed
                        && !before(v.write, t)) {
                    out.race(what, tid(v.write), true, v.writeAt, v.writeDecision, thread, false, loc, decision);
                }
                return;
            }
            if (!before(v.write, t)) {
                // reading an immutable object published through a race is safe once (the reader sees null or all
                // of it); reading the field again unordered is not: the second read may see an older value, null
                // even (double-checked locking's `return instance`) — read it once into a local
                if (v.immutable && v.racyReaders == null) {
                    v.racyReaders = new java.util.HashSet<>(2);
                }
                if (!v.immutable || !v.racyReaders.add(thread)) {
                    out.race(what, tid(v.write), true, v.writeAt, v.writeDecision, thread, false, loc, decision);
                }
            }
            if (v.read == SHARED) {
                v.reads.set(thread, t.get(thread));
                v.readsAt.put(thread, loc);
            } else if (before(v.read, t)) {
                v.read = now;                          // the earlier read is ordered before this one: an epoch suffices
                v.readAt = loc;
                v.readDecision = decision;
            } else {
                v.reads = new VectorClock();           // concurrent readers: keep a vector
                v.reads.set(tid(v.read), clk(v.read));
                v.reads.set(thread, t.get(thread));
                v.readsAt = new java.util.HashMap<>();
                v.readsAt.put(tid(v.read), v.readAt);
                v.readsAt.put(thread, loc);
                v.read = SHARED;
            }
        }
    }
}

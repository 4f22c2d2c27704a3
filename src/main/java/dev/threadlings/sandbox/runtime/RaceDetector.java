package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Happens-before data-race detection in the FastTrack style (Flanagan and Freund, PLDI 2009) over the events of one
 * schedule. Each thread has a vector clock; each lock, volatile variable and hand-off object ("sync object") has
 * the clock of its last releases; each shared variable remembers its last write as an epoch (thread, clock) and its
 * reads as one epoch, or a vector once threads read it concurrently. An access that is not ordered after a
 * conflicting earlier one is a race. Threads are plain ints so the algebra can be tested without any threads.
 *
 * <p>Release joins into the sync object's clock instead of replacing it, so one rule serves locks (where it makes
 * no difference), semaphores, latches and queues (where several releases must all reach the acquirer).
 */
final class RaceDetector {
    /**
     * Beyond this many threads the detector gives up for the schedule: vector clocks grow with the number of threads
     * (10,000 virtual threads would need 10,000 clocks of 10,000 entries); races show with a handful of threads.
     */
    static final int MAX_THREADS = 256;
    static final long NONE = -1L;
    static final long SHARED = -2L;

    /** Shadow state of one variable. */
    static final class Var {
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
        boolean isFinal;            // a final field
        boolean frozen;             // … whose constructor has returned: never racy again
    }

    private final List<VectorClock> threads = new ArrayList<>();
    private final Map<Object, VectorClock> syncs = new IdentityHashMap<>();
    private final Map<Object, Object> shadow = new IdentityHashMap<>();
    private final Map<String, Var> statics = new IdentityHashMap<>();
    private final Map<String, Race> races = new LinkedHashMap<>();

    private boolean gaveUp;
    /** How many scheduling decisions the schedule has made so far (to steer a replay to a race's first access). */
    java.util.function.IntSupplier decisions = () -> 0;
    /** Threads inside a StampedLock optimistic read: their reads wait for validate (see {@link #optimistic}). */
    private final java.util.BitSet optimistic = new java.util.BitSet();
    private final Reports reports = this::report;

    /** A read inside an optimistic read, with the reader's clock then, waiting to be validated. */
    private record Unvalidated(Var v, VectorClock at, String what, String loc, int decision) {}

    private final Map<Integer, List<Unvalidated>> unvalidated = new java.util.HashMap<>();

    /**
     * A thread starts ({@code on}) or ends an optimistic read. Its reads are racy by design and validate() says
     * whether they may be used, so a validated stamp drops them; a stamp never validated makes them plain reads,
     * checked (with the clock they had) before the thread next releases anything or is joined, or at the end.
     */
    void optimistic(int thread, boolean on) {
        if (on) {
            check(thread); // an earlier stamp left without validate
        } else {
            unvalidated.remove(thread);
        }
        optimistic.set(thread, on);
    }

    /** The unvalidated optimistic reads of {@code thread} become plain reads, checked now. */
    private void check(int thread) {
        List<Unvalidated> held = unvalidated.isEmpty() ? null : unvalidated.remove(thread);
        if (held != null) {
            for (Unvalidated u : held) {
                access(u.at(), thread, u.v(), false, false, u.what(), u.loc(), u.decision(), reports);
            }
        }
    }

    private boolean held(int thread, Var v, boolean write, boolean isVolatile, String what, String loc) {
        if (write || isVolatile || !optimistic.get(thread)) {
            return false;
        }
        unvalidated.computeIfAbsent(thread, k -> new ArrayList<>()).add(new Unvalidated(v,
                new VectorClock(clock(thread)), what, loc, decisions.getAsInt()));
        return true;
    }

    /** True once the schedule had too many threads to follow; no more races are looked for in it. */
    boolean gaveUp() {
        return gaveUp;
    }

    /** Whether a race was found (without copying the list, once per schedule). */
    boolean raced() {
        checkUnvalidated();
        return !races.isEmpty();
    }

    /** The races found so far, each once, in the order found. */
    List<Race> races() {
        checkUnvalidated();
        return List.copyOf(races.values());
    }

    /** After the schedule: optimistic reads that no validate() ever covered are plain reads. */
    private void checkUnvalidated() {
        while (!unvalidated.isEmpty()) {
            check(unvalidated.keySet().iterator().next());
        }
    }

    VectorClock clock(int thread) {
        while (threads.size() <= thread) {
            VectorClock c = new VectorClock();
            c.set(threads.size(), 1);
            threads.add(c);
        }
        return threads.get(thread);
    }

    /** Per thread, how deep it is in static initializers, whose accesses are not checked (see {@link #initializer}). */
    private int[] initializing = new int[8];

    /**
     * A thread enters ({@code +1}) or leaves ({@code -1}) a class's static initializer. What it does there is not
     * checked: the JVM orders a class's initialization before every use of the class by any thread (JLS 12.4.2:
     * the initialization lock), an edge no instrumented access can show — the holder idiom, an enum's constants
     * and what their constructors write are published by it. Locks and hand-offs made there still count.
     */
    void initializer(int thread, int delta) {
        if (thread >= initializing.length) {
            initializing = java.util.Arrays.copyOf(initializing, Math.max(thread + 1, initializing.length * 2));
        }
        initializing[thread] = Math.max(0, initializing[thread] + delta);
    }

    private boolean unchecked(int thread) {
        return tooMany(thread) || thread < initializing.length && initializing[thread] > 0;
    }

    private boolean tooMany(int thread) {
        if (thread >= MAX_THREADS && !gaveUp) {
            gaveUp = true;
            threads.clear();      // let the memory go
            unvalidated.clear();
            syncs.clear();
            shadow.clear();
            statics.clear();
        }
        return gaveUp;
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

    // ---- synchronization ---------------------------------------------------------------------------------------

    /** {@code parent} starts {@code child}: everything the parent did so far happens before the child's first step. */
    void fork(int parent, int child) {
        if (tooMany(Math.max(parent, child))) {
            return;
        }
        check(parent);
        VectorClock p = clock(parent);
        clock(child).join(p);
        p.tick(parent);
    }

    /** {@code joiner} has seen {@code joined} end (join, isAlive false). */
    void join(int joiner, int joined) {
        if (tooMany(Math.max(joiner, joined))) {
            return;
        }
        check(joined);
        clock(joiner).join(clock(joined));
    }

    /** Taking a lock, or any read-like side of a hand-off (take, await, get). */
    void acquire(int thread, Object sync) {
        if (tooMany(thread)) {
            return;
        }
        VectorClock l = syncs.get(sync);
        if (l != null) {
            clock(thread).join(l);
        }
    }

    /** Giving up a lock, or any write-like side of a hand-off (put, countDown, complete). */
    void release(int thread, Object sync) {
        if (tooMany(thread)) {
            return;
        }
        check(thread);
        VectorClock t = clock(thread);
        syncs.computeIfAbsent(sync, k -> new VectorClock()).join(t);
        t.tick(thread);
    }

    /** An operation that is both (atomics, concurrent collections: each call is one indivisible step). */
    void acquireRelease(int thread, Object sync) {
        acquire(thread, sync);
        release(thread, sync);
    }

    // ---- accesses ------------------------------------------------------------------------------------------------

    /**
     * A field of {@code owner} (null: a static field); {@code key} identifies the field and must be interned (a
     * constant in the instrumented code), {@code what} names it for people. {@code immutable}: the write publishes an
     * immutable object (only final fields, built before) into a field that held null: final-field semantics make
     * reading it through a racy reference safe — the reader sees null or the whole object, as in the racy
     * single-check idiom — so a read racing with such a write is not reported (two racing writes still are, and so
     * is replacing one object with another: a reader may keep the stale one).
     */
    void field(int thread, Object owner, String key, String what, boolean write, boolean isVolatile,
               boolean immutable, String loc) {
        field(thread, owner, key, what, write, isVolatile, immutable, false, loc);
    }

    /**
     * {@code isFinal}: a final field. Its reads are checked only until the constructor returns
     * ({@link #constructed}): a thread that reads it earlier (through {@code this} escaping) races with the write.
     */
    void field(int thread, Object owner, String key, String what, boolean write, boolean isVolatile,
               boolean immutable, boolean isFinal, String loc) {
        if (unchecked(thread)) {
            return;
        }
        Var v = owner == null ? statics.computeIfAbsent(key, k -> new Var()) : fieldVar(owner, key);
        if (!isFinal && held(thread, v, write, isVolatile, what, loc)) {
            return;
        }
        if (isVolatile && write) {
            check(thread); // a volatile write releases
        }
        fieldAccess(clock(thread), thread, v, write, isVolatile, immutable, isFinal, false, what, loc,
                decisions.getAsInt(), reports);
    }

    /**
     * One field access once its variable is found: a final field only until frozen, a volatile one as a release
     * or acquire, a plain one by the FastTrack rules ({@code optimistic}: a read inside a StampedLock optimistic
     * read, validated by the program and not checked here).
     */
    static void fieldAccess(VectorClock t, int thread, Var v, boolean write, boolean isVolatile, boolean immutable,
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

    /** An array element, or (index -1) the whole contents of a collection. */
    void element(int thread, Object array, int index, boolean write, String what, String loc) {
        if (unchecked(thread)) {
            return;
        }
        Var v = elementVar(array, index);
        if (!held(thread, v, write, false, what, loc)) {
            access(clock(thread), thread, v, write, false, what, loc, decisions.getAsInt(), reports);
        }
    }

    /**
     * An array element accessed through a VarHandle: plain like {@code a[i]}, or (any mode but plain and opaque)
     * as a volatile access that orders, like a volatile field.
     */
    void element(int thread, Object array, int index, boolean write, boolean isVolatile, String what, String loc) {
        if (!isVolatile) {
            element(thread, array, index, write, what, loc);
        } else if (!unchecked(thread)) {
            volatileAccess(clock(thread), thread, elementVar(array, index), write);
        }
    }

    private Var elementVar(Object array, int index) {
        if (index < 0) {
            return fieldVar(array, "(contents)");
        }
        Object s = shadow.get(array);
        Var[] vars = s instanceof Var[] a && a.length > index ? a : null;
        if (vars == null) {
            vars = new Var[Math.max(index + 1, java.lang.reflect.Array.getLength(array))];
            shadow.put(array, vars);
        }
        Var v = vars[index];
        if (v == null) {
            v = vars[index] = new Var();
        }
        return v;
    }

    /** A constructor of {@code owner} returned: the final fields written so far are frozen. */
    void constructed(Object owner) {
        if (!gaveUp && shadow.get(owner) instanceof Map<?, ?> fields) {
            for (Object v : fields.values()) {
                if (v instanceof Var var && var.isFinal) {
                    var.frozen = true;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Var fieldVar(Object owner, String field) {
        Object s = shadow.get(owner);
        Map<String, Var> fields;
        if (s instanceof Map<?, ?> m) {
            fields = (Map<String, Var>) m;
        } else {
            fields = new IdentityHashMap<>(4);
            shadow.put(owner, fields);
        }
        Var v = fields.get(field);
        if (v == null) {
            v = new Var();
            fields.put(field, v);
        }
        return v;
    }

    /** Where a race goes: the earlier access (thread, write?, where, decision), then the later one. */
    interface Reports {
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
    static void access(VectorClock t, int thread, Var v, boolean write, boolean immutable, String what, String loc,
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

    private void report(String what, int firstThread, boolean firstWrite, String firstAt, int firstDecision, int thread,
                        boolean write, String loc, int decision) {
        Race r = new Race(what, new Race.Access(firstThread, firstWrite, firstAt, firstDecision),
                new Race.Access(thread, write, loc, decision));
        races.putIfAbsent(r.key(), r);
    }
}

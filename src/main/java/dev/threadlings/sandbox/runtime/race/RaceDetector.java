package dev.threadlings.sandbox.runtime.race;

import static dev.threadlings.sandbox.runtime.race.FastTrack.access;
import static dev.threadlings.sandbox.runtime.race.FastTrack.fieldAccess;
import static dev.threadlings.sandbox.runtime.race.FastTrack.volatileAccess;

import dev.threadlings.sandbox.runtime.race.FastTrack.Reports;
import dev.threadlings.sandbox.runtime.race.FastTrack.Var;
import dev.threadlings.sandbox.runtime.schedule.Locks;
import dev.threadlings.sandbox.runtime.schedule.Names;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Happens-before data-race detection in the FastTrack style (Flanagan and Freund, PLDI 2009) over the events of one
 * schedule. Each thread has a vector clock; each lock, volatile variable and hand-off object ("sync object") has
 * the clock of its last releases; each shared variable has its shadow state, found here and checked by the rules
 * of {@link FastTrack}. Threads are plain ints so the algebra can be tested without any threads.
 *
 * <p>Release joins into the sync object's clock instead of replacing it, so one rule serves locks (where it makes
 * no difference), semaphores, latches and queues (where several releases must all reach the acquirer).
 */
public final class RaceDetector {
    /**
     * Beyond this many threads the detector gives up for the schedule: vector clocks grow with the number of threads
     * (10,000 virtual threads would need 10,000 clocks of 10,000 entries); races show with a handful of threads.
     */
    public static final int MAX_THREADS = 256;

    private final List<VectorClock> threads = new ArrayList<>();
    private final Map<Object, VectorClock> syncs = new IdentityHashMap<>();
    private final ShadowMemory shadow = new ShadowMemory();
    private final Map<String, Race> races = new LinkedHashMap<>();
    private boolean gaveUp;
    /** How many scheduling decisions the schedule has made so far (to steer a replay to a race's first access). */
    public java.util.function.IntSupplier decisions = () -> 0;
    private final Reports reports = this::report;
    private final OptimisticReads optimistic = new OptimisticReads(reports);


    /**
     * A thread starts ({@code on}) or ends an optimistic read. Its reads are racy by design and validate() says
     * whether they may be used, so they wait ({@link OptimisticReads}).
     */
    public void optimistic(int thread, boolean on) {
        optimistic.set(thread, on);
    }

    /** True once the schedule had too many threads to follow; no more races are looked for in it. */
    public boolean gaveUp() {
        return gaveUp;
    }

    /** Whether a race was found (without copying the list, once per schedule). */
    public boolean raced() {
        optimistic.checkAll();
        return !races.isEmpty();
    }

    /** The races found so far, each once, in the order found. */
    public List<Race> races() {
        optimistic.checkAll();
        return List.copyOf(races.values());
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
    public void initializer(int thread, int delta) {
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
            optimistic.clear();
            syncs.clear();
            shadow.clear();
        }
        return gaveUp;
    }

    // ---- synchronization ---------------------------------------------------------------------------------------

    /** {@code parent} starts {@code child}: everything the parent did so far happens before the child's first step. */
    public void fork(int parent, int child) {
        if (tooMany(Math.max(parent, child))) {
            return;
        }
        optimistic.check(parent);
        VectorClock p = clock(parent);
        clock(child).join(p);
        p.tick(parent);
    }

    /** {@code joiner} has seen {@code joined} end (join, isAlive false). */
    public void join(int joiner, int joined) {
        if (tooMany(Math.max(joiner, joined))) {
            return;
        }
        optimistic.check(joined);
        clock(joiner).join(clock(joined));
    }

    /** Taking a lock, or any read-like side of a hand-off (take, await, get). */
    public void acquire(int thread, Object sync) {
        if (tooMany(thread)) {
            return;
        }
        VectorClock l = syncs.get(sync);
        if (l != null) {
            clock(thread).join(l);
        }
    }

    /** Giving up a lock, or any write-like side of a hand-off (put, countDown, complete). */
    public void release(int thread, Object sync) {
        if (tooMany(thread)) {
            return;
        }
        optimistic.check(thread);
        VectorClock t = clock(thread);
        syncs.computeIfAbsent(sync, k -> new VectorClock()).join(t);
        t.tick(thread);
    }

    /** An operation that is both (atomics, concurrent collections: each call is one indivisible step). */
    public void acquireRelease(int thread, Object sync) {
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
    public void field(int thread, Object owner, String key, String what, boolean write, boolean isVolatile,
               boolean immutable, String loc) {
        field(thread, owner, key, what, write, isVolatile, immutable, false, loc);
    }

    /**
     * {@code isFinal}: a final field. Its reads are checked only until the constructor returns
     * ({@link #constructed}): a thread that reads it earlier (through {@code this} escaping) races with the write.
     */
    public void field(int thread, Object owner, String key, String what, boolean write, boolean isVolatile,
               boolean immutable, boolean isFinal, String loc) {
        if (unchecked(thread)) {
            return;
        }
        Var v = shadow.field(owner, key);
        if (!isFinal && optimistic.held(this, thread, v, write, isVolatile, what, loc)) {
            return;
        }
        if (isVolatile && write) {
            optimistic.check(thread); // a volatile write releases
        }
        fieldAccess(clock(thread), thread, v, write, isVolatile, immutable, isFinal, false, what, loc,
                decisions.getAsInt(), reports);
    }

    /** An array element, or (index -1) the whole contents of a collection. */
    public void element(int thread, Object array, int index, boolean write, String what, String loc) {
        if (unchecked(thread)) {
            return;
        }
        Var v = shadow.element(array, index);
        if (!optimistic.held(this, thread, v, write, false, what, loc)) {
            access(clock(thread), thread, v, write, false, what, loc, decisions.getAsInt(), reports);
        }
    }

    /**
     * An array element (of a plain {@code a[i]}, the hottest access there is), named only if a race is reported on
     * it: building its name at every access made array- and list-heavy programs several times slower.
     */
    public void element(int thread, Object array, int index, boolean write, String loc) {
        if (!unchecked(thread)) {
            namedLater(thread, shadow.element(array, index), write, array, index, false, loc);
        }
    }

    /** One access of a list followed element by element: its structure ({@code index} -1) or an element. */
    public void listAccess(int thread, Object list, int index, boolean write, String loc) {
        if (unchecked(thread)) {
            return;
        }
        Var v = index < 0 ? shadow.element(list, -1) : shadow.listElement(list, index);
        namedLater(thread, v, write, list, index, true, loc);
    }

    /** An access whose variable's name is built when a race (or a held optimistic read) needs it, not before. */
    private void namedLater(int thread, Var v, boolean write, Object owner, int index, boolean list, String loc) {
        if (optimistic.holds(thread, write, false)) {
            optimistic.held(this, thread, v, write, false, elementName(owner, index, list), loc);
            return;
        }
        access(clock(thread), thread, v, write, false, null, loc, decisions.getAsInt(),
                (what, firstThread, firstWrite, firstAt, firstDecision, t, w, at, decision) -> report(
                        elementName(owner, index, list), firstThread, firstWrite, firstAt, firstDecision, t, w, at,
                        decision));
    }

    private static String elementName(Object owner, int index, boolean list) {
        if (index < 0) {
            return CollectionAccesses.contents(owner);
        }
        return list ? ListElements.element(owner, index) : Names.arrayElement(owner, index);
    }

    /**
     * An array element accessed through a VarHandle: plain like {@code a[i]}, or (any mode but plain and opaque)
     * as a volatile access that orders, like a volatile field.
     */
    public void element(int thread, Object array, int index, boolean write, boolean isVolatile, String what, String loc) {
        if (!isVolatile) {
            element(thread, array, index, write, what, loc);
        } else if (!unchecked(thread)) {
            volatileAccess(clock(thread), thread, shadow.element(array, index), write);
        }
    }

    /** A constructor of {@code owner} returned: the final fields written so far are frozen. */
    public void constructed(Object owner) {
        if (!gaveUp) {
            shadow.constructed(owner);
        }
    }

    private void report(String what, int firstThread, boolean firstWrite, String firstAt, int firstDecision, int thread,
                        boolean write, String loc, int decision) {
        Race r = new Race(what, new Race.Access(firstThread, firstWrite, firstAt, firstDecision),
                new Race.Access(thread, write, loc, decision));
        races.putIfAbsent(r.key(), r);
    }
}

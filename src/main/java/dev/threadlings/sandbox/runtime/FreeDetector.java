package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The race detector of a free run: the same FastTrack rules as {@link RaceDetector} ({@link RaceDetector#access}),
 * fed by real threads running at full speed instead of one scheduled thread at a time. Each thread owns its clock
 * (only it changes it); a variable's shadow state and a sync object's clock are changed under their own lock, so
 * threads that touch different variables never wait for each other. Each thread remembers the last variable, array
 * and sync object it used: a loop over one of them never looks it up twice.
 */
final class FreeDetector {
    /** Where every task's end is released: whoever collects results (get, join, awaitTermination) acquires it. */
    static final Object ENDS = new Object();

    /** One thread's state; only that thread reads or changes it. */
    static final class Me {
        final int id;
        final Thread thread;
        final VectorClock clock = new VectorClock();
        Object lastOwner;
        String lastKey;
        RaceDetector.Var lastVar;
        Object lastArray;
        RaceDetector.Var[] lastVars;
        Object lastSync;
        VectorClock lastSyncClock;
        Object lastMonitor;
        Monitor lastMonitorState;
        int heldBeforeWait;
        Object waitingOn;          // the monitor of the wait() in progress
        Object element;            // the array of the element being checked, to name it only if it raced
        int index;
        boolean optimistic;        // inside a StampedLock optimistic read
        int initializing;          // inside static initializers: ordered before every use of the class

        private final Object[] calls = new Object[8];
        private int depth;

        Me(int id, Thread thread) {
            this.id = id;
            this.thread = thread;
            clock.set(id, 1);
        }

        /**
         * The JDK calls this thread is inside of, innermost last: a callback the JDK runs there (a barrier's action,
         * onAdvance) synchronizes through that call's object. A call that throws is not popped; a later call on
         * the same object finds it and pops down to it (an extra edge at most, never a false race).
         */
        void enterCall(Object key) {
            if (depth == calls.length) {          // full of calls that threw: the oldest goes
                System.arraycopy(calls, 1, calls, 0, calls.length - 1);
                depth--;
            }
            calls[depth++] = key;
        }

        void exitCall(Object key) {
            for (int i = depth - 1; i >= 0; i--) {
                if (calls[i] == key) {
                    depth = i;
                    calls[i] = null;
                    return;
                }
            }
        }

        Object inCall() {
            return depth > 0 ? calls[depth - 1] : null;
        }
    }

    private final AtomicInteger ids = new AtomicInteger();
    /**
     * Each thread's state by thread id, direct-mapped: one array read and one compare per hook (a ThreadLocal costs
     * several times that); a thread whose slot is taken by another is looked up in {@link #all}.
     */
    private final Me[] byId = new Me[1024];
    private final Map<Thread, Me> all = new java.util.HashMap<>();
    private final Stripes shadow = new Stripes();
    private final Stripes syncs = new Stripes();
    private final Stripes monitors = new Stripes();
    private final Map<String, RaceDetector.Var> statics = new ConcurrentHashMap<>();
    private final Map<String, Race> races = new LinkedHashMap<>();
    private final Map<Integer, String> names = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final RaceDetector.Reports reports = this::report;
    /** Plain, read at every hook: a thread that sees it late just goes on following its accesses a while longer. */
    private boolean gaveUp;

    /** A thread's first event: it learns what its start released (Thread.start releases into the thread object). */
    private Me arrive(Thread t) {
        Me m = new Me(ids.getAndIncrement(), t);
        names.put(m.id, t.getName());
        synchronized (threads) {
            threads.add(t);
        }
        if (m.id >= RaceDetector.MAX_THREADS) {
            gaveUp = true;
        }
        acquire(m, t);
        return m;
    }

    Me me() {
        Thread t = Thread.currentThread();
        int slot = (int) (t.threadId() & (byId.length - 1));
        Me m = byId[slot];
        if (m != null && m.thread == t) {
            return m;
        }
        return slowMe(t, slot);
    }

    private Me slowMe(Thread t, int slot) {
        Me m;
        synchronized (all) {
            m = all.get(t);
        }
        if (m == null) {
            m = arrive(t);             // only t itself ever arrives for t
            synchronized (all) {
                all.put(t, m);
            }
        }
        byId[slot] = m;            // a plain store: Me's fields are final, so any thread reading it sees them whole
        return m;
    }

    boolean gaveUp() {
        return gaveUp;
    }

    /** The name the thread was given ("" if none). */
    String name(int id) {
        return names.getOrDefault(id, "");
    }

    /** The threads that took part, to wait for at the end. */
    List<Thread> threads() {
        synchronized (threads) {
            return List.copyOf(threads);
        }
    }

    synchronized List<Race> races() {
        return List.copyOf(races.values());
    }

    // ---- synchronization --------------------------------------------------------------------------------------

    void acquire(Me m, Object sync) {
        if (gaveUp) {
            return;
        }
        VectorClock c = syncClock(m, sync);
        synchronized (c) {
            m.clock.join(c);
        }
    }

    void release(Me m, Object sync) {
        if (gaveUp) {
            return;
        }
        VectorClock c = syncClock(m, sync);
        synchronized (c) {
            c.join(m.clock);
        }
        m.clock.tick(m.id);
    }

    /** A monitor's clock, and who holds it (how many times): changed only by the thread holding the monitor. */
    static final class Monitor {
        final VectorClock clock = new VectorClock();
        Me holder;
        int depth;
        Me releaser;               // who released it last: taking it back, that thread already knows its clock
    }

    /**
     * A monitor's clock is read and changed only by the thread holding the monitor (these hooks run inside it), so
     * it needs no lock of its own; it is kept apart from the clocks of JDK objects, which are not held. A block left
     * by an exception gives the monitor back without telling us (javac's exception path gets no hook: it would keep
     * the JIT from compiling the method); the next thread to take the monitor then finds the old holder still
     * named and takes that thread's clock instead — what it knew when it let go, and perhaps a little more.
     */
    void monitorEnter(Me m, Object monitor) {
        if (gaveUp) {
            return;
        }
        Monitor c = monitor(m, monitor);
        if (c.holder == m) {
            c.depth++;
            return;
        }
        if (c.holder != null) {
            m.clock.join(c.holder.clock);
        }
        if (c.releaser != m) {
            m.clock.join(c.clock);
        }
        c.holder = m;
        c.depth = 1;
    }

    void monitorExit(Me m, Object monitor) {
        if (gaveUp) {
            return;
        }
        Monitor c = monitor(m, monitor);
        if (c.holder == m && --c.depth > 0) {
            return;                                // still held: the outer block releases
        }
        c.clock.copy(m.clock);                     // the holder's clock already covers the monitor's
        c.releaser = m;
        c.holder = null;
        c.depth = 0;
        m.clock.tick(m.id);
    }

    /** {@code wait()} gives the monitor up however often it is held, and takes it back as often. */
    void waitBefore(Me m, Object monitor) {
        if (!gaveUp) {
            Monitor c = monitor(m, monitor);
            m.waitingOn = monitor;
            m.heldBeforeWait = c.holder == m ? c.depth : 1;
            c.depth = 1;
            monitorExit(m, monitor);
        }
    }

    void waitAfter(Me m, Object monitor) {
        if (!gaveUp) {
            monitorEnter(m, monitor);
            monitor(m, monitor).depth = Math.max(1, m.heldBeforeWait);
            m.waitingOn = null;
        }
    }

    private Monitor monitor(Me m, Object monitor) {
        if (monitor == m.lastMonitor) {
            return m.lastMonitorState;
        }
        Monitor c = (Monitor) monitors.get(monitor, k -> new Monitor());
        m.lastMonitor = monitor;
        m.lastMonitorState = c;
        return c;
    }

    /** What a thread knows now, for a task it hands over (the task's start acquires it). */
    VectorClock snapshot(Me m) {
        VectorClock copy = new VectorClock(m.clock);
        m.clock.tick(m.id);
        return copy;
    }

    void acquire(Me m, VectorClock snapshot) {
        if (!gaveUp && snapshot != null) {
            m.clock.join(snapshot);
        }
    }

    private VectorClock syncClock(Me m, Object sync) {
        if (sync == m.lastSync) {
            return m.lastSyncClock;
        }
        VectorClock c = (VectorClock) syncs.get(sync, k -> new VectorClock());
        m.lastSync = sync;
        m.lastSyncClock = c;
        return c;
    }

    // ---- accesses ---------------------------------------------------------------------------------------------

    void field(Me m, Object owner, String key, String what, boolean write, boolean isVolatile, boolean immutable,
               boolean isFinal, String loc) {
        if (gaveUp || m.initializing > 0) {
            return;
        }
        RaceDetector.Var v = fieldVar(m, owner, key);
        synchronized (v) {
            RaceDetector.fieldAccess(m.clock, m.id, v, write, isVolatile, immutable, isFinal, m.optimistic, what, loc,
                    0, reports);
        }
    }

    /** An array element, or (index -1) the whole contents of a collection: named only if it races. */
    void element(Me m, Object array, int index, boolean write, String loc) {
        if (gaveUp || !write && m.optimistic || m.initializing > 0) {
            return;
        }
        RaceDetector.Var v;
        m.element = array;
        m.index = index;
        if (index < 0) {
            v = fieldVar(m, array, "(contents)");
        } else {
            RaceDetector.Var[] vars = array == m.lastArray ? m.lastVars : null;
            if (vars == null) {
                vars = (RaceDetector.Var[]) shadow.get(array,
                        k -> new RaceDetector.Var[java.lang.reflect.Array.getLength(k)]);
                m.lastArray = array;
                m.lastVars = vars;
            }
            if (index >= vars.length) {
                return;                            // the access itself will throw
            }
            v = vars[index];
            if (v == null) {
                synchronized (vars) {
                    v = vars[index];
                    if (v == null) {
                        v = vars[index] = new RaceDetector.Var();
                    }
                }
            }
        }
        synchronized (v) {
            RaceDetector.access(m.clock, m.id, v, write, false, null, loc, 0, reports);
        }
    }

    /** A constructor of {@code owner} returned: its final fields are frozen. */
    void constructed(Object owner) {
        if (!gaveUp && shadow.find(owner) instanceof Map<?, ?> fields) {
            synchronized (fields) {
                for (Object v : fields.values()) {
                    if (v instanceof RaceDetector.Var var) {
                        synchronized (var) {
                            var.frozen |= var.isFinal;
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private RaceDetector.Var fieldVar(Me m, Object owner, String key) {
        if (owner == m.lastOwner && key == m.lastKey) {
            return m.lastVar;
        }
        RaceDetector.Var v;
        if (owner == null) {
            v = statics.computeIfAbsent(key, k -> new RaceDetector.Var());
        } else {
            Map<String, RaceDetector.Var> fields = (Map<String, RaceDetector.Var>) shadow.get(owner,
                    k -> new IdentityHashMap<String, RaceDetector.Var>(4));
            synchronized (fields) {
                v = fields.computeIfAbsent(key, k -> new RaceDetector.Var());
            }
        }
        m.lastOwner = owner;
        m.lastKey = key;
        m.lastVar = v;
        return v;
    }

    private synchronized void report(String what, int firstThread, boolean firstWrite, String firstAt,
                                     int firstDecision, int thread, boolean write, String loc, int decision) {
        if (what == null) {               // an array element or a collection: named only now that it raced
            Me m = me();
            what = m.index < 0 ? CollectionCalls.contents(m.element) : Names.arrayElement(m.element, m.index);
        }
        Race r = new Race(what, new Race.Access(firstThread, firstWrite, firstAt),
                new Race.Access(thread, write, loc));
        races.putIfAbsent(r.key(), r);
    }

    /** An identity map split in stripes, each behind its own lock, so threads rarely wait for one another. */
    private static final class Stripes {
        private static final int N = 64;
        @SuppressWarnings("unchecked")
        private final Map<Object, Object>[] maps = new Map[N];

        Stripes() {
            for (int i = 0; i < N; i++) {
                maps[i] = new IdentityHashMap<>();
            }
        }

        Object get(Object key, java.util.function.Function<Object, Object> make) {
            Map<Object, Object> m = maps[System.identityHashCode(key) & (N - 1)];
            synchronized (m) {
                return m.computeIfAbsent(key, make);
            }
        }

        Object find(Object key) {
            Map<Object, Object> m = maps[System.identityHashCode(key) & (N - 1)];
            synchronized (m) {
                return m.get(key);
            }
        }
    }
}

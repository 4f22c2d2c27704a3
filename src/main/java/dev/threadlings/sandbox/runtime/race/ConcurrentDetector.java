package dev.threadlings.sandbox.runtime.race;

import dev.threadlings.sandbox.runtime.schedule.Locks;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The race detector of a free run: the same FastTrack rules as {@link RaceDetector} ({@link FastTrack#access}),
 * fed by real threads running at full speed instead of one scheduled thread at a time. Each thread owns its clock
 * (only it changes it); a variable's shadow state and a sync object's clock are changed under their own lock, so
 * threads that touch different variables never wait for each other. Each thread remembers the last variable, array
 * and sync object it used: a loop over one of them never looks it up twice.
 */
public final class ConcurrentDetector {
    /** Where every task's end is released: whoever collects results (get, join, awaitTermination) acquires it. */
    public static final Object ENDS = new Object();

    private final AtomicInteger ids = new AtomicInteger();
    /**
     * Each thread's state by thread id, direct-mapped: one array read and one compare per hook (a ThreadLocal costs
     * several times that); a thread whose slot is taken by another is looked up in {@link #all}.
     */
    private final ObservedThread[] byId = new ObservedThread[1024];
    private final Map<Thread, ObservedThread> all = new java.util.HashMap<>();
    private final StripedMap shadow = new StripedMap();
    private final StripedMap syncs = new StripedMap();
    /** Per list followed element by element (ListElements): its elements, grown under the holder's lock. */
    private final StripedMap listElements = new StripedMap();
    /** The monitors' clocks and holders: FreeRunHooks calls them directly. */
    public final MonitorClocks monitors = new MonitorClocks(this);
    private final Map<String, FastTrack.Var> statics = new ConcurrentHashMap<>();
    private final Map<String, Race> races = new LinkedHashMap<>();
    /** Locks of conditions and read/write views: a call on a view is a call on its lock (free.CallHandOffs.key). */
    public final Map<Object, Object> owners = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Integer, String> names = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final FastTrack.Reports reports = this::report;
    /** Plain, read at every hook: a thread that sees it late just goes on following its accesses a while longer. */
    private boolean gaveUp;

    /** A thread's first event: it learns what its start released (Thread.start releases into the thread object). */
    private ObservedThread arrive(Thread t) {
        ObservedThread m = new ObservedThread(ids.getAndIncrement(), t);
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

    public ObservedThread me() {
        Thread t = Thread.currentThread();
        int slot = (int) (t.threadId() & (byId.length - 1));
        ObservedThread m = byId[slot];
        if (m != null && m.thread == t) {
            return m;
        }
        return slowMe(t, slot);
    }

    private ObservedThread slowMe(Thread t, int slot) {
        ObservedThread m;
        synchronized (all) {
            m = all.get(t);
        }
        if (m == null) {
            m = arrive(t);             // only t itself ever arrives for t
            synchronized (all) {
                all.put(t, m);
            }
        }
        byId[slot] = m;            // a plain store: ObservedThread's fields are final, so any thread reading it sees them whole
        return m;
    }

    public boolean gaveUp() {
        return gaveUp;
    }

    /** The name the thread was given ("" if none). */
    public String name(int id) {
        return names.getOrDefault(id, "");
    }

    /** The threads that took part, to wait for at the end. */
    public List<Thread> threads() {
        synchronized (threads) {
            return List.copyOf(threads);
        }
    }

    public synchronized List<Race> races() {
        return List.copyOf(races.values());
    }

    // ---- synchronization --------------------------------------------------------------------------------------

    public void acquire(ObservedThread m, Object sync) {
        if (gaveUp) {
            return;
        }
        VectorClock c = syncClock(m, sync);
        synchronized (c) {
            m.clock.join(c);
        }
    }

    public void release(ObservedThread m, Object sync) {
        if (gaveUp) {
            return;
        }
        VectorClock c = syncClock(m, sync);
        synchronized (c) {
            c.join(m.clock);
        }
        m.clock.tick(m.id);
    }

    /** What a thread knows now, for a task it hands over (the task's start acquires it). */
    public VectorClock snapshot(ObservedThread m) {
        VectorClock copy = new VectorClock(m.clock);
        m.clock.tick(m.id);
        return copy;
    }

    public void acquire(ObservedThread m, VectorClock snapshot) {
        if (!gaveUp && snapshot != null) {
            m.clock.join(snapshot);
        }
    }

    private VectorClock syncClock(ObservedThread m, Object sync) {
        if (sync == m.lastSync) {
            return m.lastSyncClock;
        }
        VectorClock c = (VectorClock) syncs.get(sync, k -> new VectorClock());
        m.lastSync = sync;
        m.lastSyncClock = c;
        return c;
    }

    // ---- accesses ---------------------------------------------------------------------------------------------

    public void field(ObservedThread m, Object owner, String key, String what, boolean write, boolean isVolatile, boolean immutable,
               boolean isFinal, String loc) {
        if (gaveUp || m.initializing > 0) {
            return;
        }
        FastTrack.Var v = fieldVar(m, owner, key);
        synchronized (v) {
            FastTrack.fieldAccess(m.clock, m.id, v, write, isVolatile, immutable, isFinal, m.optimistic, what, loc,
                    0, reports);
        }
    }

    /** An array element, or (index -1) the whole contents of a collection: named only if it races. */
    public void element(ObservedThread m, Object array, int index, boolean write, String loc) {
        if (gaveUp || !write && m.optimistic || m.initializing > 0) {
            return;
        }
        FastTrack.Var v;
        m.element = array;
        m.index = index;
        if (index < 0) {
            v = fieldVar(m, array, "(contents)");
        } else {
            FastTrack.Var[] vars = array == m.lastArray ? m.lastVars : null;
            if (vars == null) {
                vars = (FastTrack.Var[]) shadow.get(array,
                        k -> new FastTrack.Var[java.lang.reflect.Array.getLength(k)]);
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
                        v = vars[index] = new FastTrack.Var();
                    }
                }
            }
        }
        synchronized (v) {
            FastTrack.access(m.clock, m.id, v, write, false, null, loc, 0, reports);
        }
    }

    /** A constructor of {@code owner} returned: its final fields are frozen. */
    public void constructed(Object owner) {
        if (!gaveUp && shadow.find(owner) instanceof Map<?, ?> fields) {
            synchronized (fields) {
                for (Object v : fields.values()) {
                    if (v instanceof FastTrack.Var var) {
                        synchronized (var) {
                            var.frozen |= var.isFinal;
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    /** Element {@code index} of a list followed element by element ({@link ListElements}): named only if it races. */
    public void listElement(ObservedThread m, Object list, int index, boolean write, String loc) {
        if (gaveUp || !write && m.optimistic || m.initializing > 0) {
            return;
        }
        FastTrack.Var[][] holder = (FastTrack.Var[][]) listElements.get(list, k -> new FastTrack.Var[][] {
                new FastTrack.Var[8]});
        FastTrack.Var v;
        synchronized (holder) {
            if (holder[0].length <= index) {
                holder[0] = java.util.Arrays.copyOf(holder[0], Math.max(index + 1, holder[0].length * 2));
            }
            v = holder[0][index];
            if (v == null) {
                v = holder[0][index] = new FastTrack.Var();
            }
        }
        m.element = list;
        m.index = index;
        synchronized (v) {
            FastTrack.access(m.clock, m.id, v, write, false, null, loc, 0, reports);
        }
    }

    private FastTrack.Var fieldVar(ObservedThread m, Object owner, String key) {
        if (owner == m.lastOwner && key == m.lastKey) {
            return m.lastVar;
        }
        FastTrack.Var v;
        if (owner == null) {
            v = statics.computeIfAbsent(key, k -> new FastTrack.Var());
        } else {
            Map<String, FastTrack.Var> fields = (Map<String, FastTrack.Var>) shadow.get(owner,
                    k -> new IdentityHashMap<String, FastTrack.Var>(4));
            synchronized (fields) {
                v = fields.computeIfAbsent(key, k -> new FastTrack.Var());
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
            ObservedThread m = me();
            what = m.index < 0 ? CollectionAccesses.contents(m.element) : m.element.getClass().isArray()
                    ? Names.arrayElement(m.element, m.index) : ListElements.element(m.element, m.index);
        }
        Race r = new Race(what, new Race.Access(firstThread, firstWrite, firstAt),
                new Race.Access(thread, write, loc));
        races.putIfAbsent(r.key(), r);
    }


}

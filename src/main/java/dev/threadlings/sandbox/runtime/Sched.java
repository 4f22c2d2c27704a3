package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What instrumented learner code calls instead of (or just before) shared accesses, monitors and thread
 * operations. With no schedule running, or on a thread the scheduler does not manage, each call just does the
 * plain operation. Public because learner classes live in another class loader.
 */
public final class Sched {
    static volatile Scheduler scheduler;
    /** The waiters of each monitor and Condition, in the order they began to wait. */
    private static final ScheduleLocal<Map<Object, List<Wait.ForSignal>>> WAIT_SETS =
            new ScheduleLocal<>(IdentityHashMap::new);

    private Sched() {}

    /** The models' state lives in {@code s} ({@link ScheduleLocal}): a new scheduler starts from none. */
    static void install(Scheduler s) {
        scheduler = s;
    }

    /** Learner classes in the order their static initialization completed, to re-run it for the next schedule. */
    static final List<Class<?>> INITIALIZED = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Called at the end of a learner class's static initializer (see the host's Reinit). */
    public static void classInitialized(Class<?> c) {
        if (!INITIALIZED.contains(c)) {
            INITIALIZED.add(c);
        }
    }

    /**
     * True once a learner class whose static state cannot be re-initialized (an enum or interface that keeps
     * state, see the host's Reinit) was initialized: every later schedule then defines the classes afresh.
     */
    static volatile boolean stateKept;

    /** Called first in the static initializer of an enum or interface that keeps state (see the host's Reinit). */
    public static void keepsState(Class<?> c) {
        stateKept = true;
    }

    /** The slot of a thread learner code holds (or of a running thread), or null without a schedule. */
    static Slot slotOf(Thread t) {
        Scheduler s = scheduler;
        return s == null ? null : s.slotOf(t);
    }

    /** The calling thread's slot when it runs under a schedule. */
    static Slot slot() {
        Scheduler s = scheduler;
        return s == null ? null : s.self();
    }

    // ---- plain scheduling points -------------------------------------------------------------------------

    public static void point(String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.point(self, what, loc);
        }
    }

    /**
     * Before a call on a collection: a scheduling point, and for a {@code Collections.synchronizedX} wrapper, wait
     * while another thread holds the wrapper's monitor (its methods synchronize on it inside the JDK).
     */
    public static void collectionPoint(Object receiver, String what, String loc) {
        Slot self = slot();
        if (self == null) {
            return;
        }
        Scheduler s = scheduler;
        s.point(self, what, loc);
        if (s.conflicts != null && receiver != null) {
            s.accessed(self, receiver, "", CollectionCalls.writes(what));
        }
        if (s.detector != null && receiver != null && !s.aborted()) {
            if (CollectionCalls.synchronizes(receiver)) {
                s.detector.acquireRelease(self.id, SchedPools.key(receiver));
            } else {
                s.detector.element(self.id, receiver, -1, CollectionCalls.writes(what), CollectionCalls.contents(receiver),
                        loc);
            }
        }
        if (receiver != null && receiver.getClass().getName().startsWith("java.util.Collections$Synchronized")) {
            Slot owner = s.locks().ownerOf(receiver);
            if (owner != null && owner != self) {
                s.note(self, "blocked: " + Names.of(receiver) + " is held by " + owner.name(), loc);
                s.block(self, new Wait.ForLock(receiver, "monitor"));
            }
        }
    }

    /**
     * After a call on an atomic or concurrent object that ran learner callbacks: the call's effects (and what the
     * callbacks did) are released through the object, and switching is allowed again.
     */
    public static void exitAtomicOn(Object receiver) {
        Slot self = slot();
        if (self != null) {
            if (self.atomic > 0) {
                self.atomic--;
            }
            Scheduler s = scheduler;
            if (s.detector != null && receiver != null && !s.aborted() && CollectionCalls.synchronizes(receiver)) {
                s.detector.release(self.id, receiver);
            }
        }
    }

    /** After a call on a CompletableFuture (thenApply… may have run a stage right here): hand its work over. */
    public static void afterCall(Object receiver) {
        Slot self = slot();
        if (self != null && receiver != null) {
            scheduler.released(self, SchedPools.key(receiver));
        }
    }

    /**
     * Entering a learner class's static initializer (see the host's BodyWrapper.applyInitializer): no switches
     * until it is done, and its accesses are not checked for races (the JVM publishes a class's initialization).
     */
    public static void enterInitializer() {
        Slot self = slot();
        if (self != null) {
            self.atomic++;
            self.initializers++;
            if (scheduler.detector != null) {
                scheduler.detector.initializer(self.id, 1);
            }
        }
    }

    public static void exitInitializer() {
        Slot self = slot();
        if (self != null) {
            if (self.atomic > 0) {
                self.atomic--;
            }
            if (self.initializers > 0) {
                self.initializers--;
            }
            if (scheduler.detector != null) {
                scheduler.detector.initializer(self.id, -1);
            }
        }
    }

    /** Marks the calling thread as inside a JDK call that runs learner code (a lambda): no switches until exit. */
    public static void enterAtomic() {
        Slot self = slot();
        if (self != null) {
            self.atomic++;
        }
    }

    public static void exitAtomic() {
        Slot self = slot();
        if (self != null && self.atomic > 0) {
            self.atomic--;
        }
    }

    // ---- field reads (after the read, with the value) and writes (before the write) ------------------------
    // The text of a step is built only while a schedule is traced (replayed to be shown): exploring runs thousands
    // of schedules that nobody reads.

    public static int readI(int v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.after(self, scheduler.tracing ? what + " → " + v : null, loc);
        }
        return v;
    }

    public static int readZ(int v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.after(self, scheduler.tracing ? what + " → " + (v != 0) : null, loc);
        }
        return v;
    }

    public static long readJ(long v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.after(self, scheduler.tracing ? what + " → " + v : null, loc);
        }
        return v;
    }

    public static float readF(float v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.after(self, scheduler.tracing ? what + " → " + v : null, loc);
        }
        return v;
    }

    public static double readD(double v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.after(self, scheduler.tracing ? what + " → " + v : null, loc);
        }
        return v;
    }

    public static Object readL(Object v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.after(self, scheduler.tracing ? what + " → " + Names.value(v) : null, loc);
        }
        return v;
    }

    public static int writeI(int v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.point(self, scheduler.tracing ? what + " = " + v : null, loc);
        }
        return v;
    }

    public static int writeZ(int v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.point(self, scheduler.tracing ? what + " = " + (v != 0) : null, loc);
        }
        return v;
    }

    public static long writeJ(long v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.point(self, scheduler.tracing ? what + " = " + v : null, loc);
        }
        return v;
    }

    public static float writeF(float v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.point(self, scheduler.tracing ? what + " = " + v : null, loc);
        }
        return v;
    }

    public static double writeD(double v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.point(self, scheduler.tracing ? what + " = " + v : null, loc);
        }
        return v;
    }

    public static Object writeL(Object v, String what, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.point(self, scheduler.tracing ? what + " = " + Names.value(v) : null, loc);
        }
        return v;
    }

    /**
     * For the race detector, at the moment a field is read or written (no scheduling point between this and the
     * access). {@code owner} is null for a static field; {@code old} and {@code value} are the reference a field
     * held and is set to (null for reads and primitives); {@code key} names the field uniquely (owner class and name); {@code kind} bit 1: a write, bit 2: the
     * field is volatile.
     */
    public static void field(Object owner, Object old, Object value, String key, String what, int kind,
                             String loc) {
        Scheduler s = scheduler;
        if (s == null) {
            return;
        }
        StableNames.saw(owner, value);
        Slot self = s.self();
        if (self != null && s.conflicts != null) {
            s.accessed(self, owner, key, (kind & 1) != 0);
        }
        if (self != null && s.detector != null && !s.aborted()) {
            s.detector.field(self.id, owner, key, what, (kind & 1) != 0, (kind & 2) != 0,
                    old == null && value != null && Immutables.is(value), (kind & 4) != 0, loc);
        }
    }

    /** A constructor of {@code object}'s class has returned: its final fields are frozen (final-field semantics). */
    public static void constructed(Object object) {
        Scheduler s = scheduler;
        if (s != null && s.detector != null && !s.aborted() && s.self() != null) {
            s.detector.constructed(object);
        }
    }

    /** Before an array element is read or written: a scheduling point, then the access for the race detector. */
    public static void element(Object array, int index, int kind, String loc) {
        Slot self = slot();
        if (self == null) {
            return;
        }
        Scheduler s = scheduler;
        boolean write = (kind & 1) != 0;
        s.point(self, s.tracing ? (write ? "write " : "read ") + Names.of(array) + "[" + index + "]" : null, loc);
        if (s.conflicts != null && array != null) {
            s.accessed(self, array, Integer.toString(index), write);
        }
        if (s.detector != null && array != null && index >= 0 && !s.aborted()) {
            s.detector.element(self.id, array, index, write, Names.arrayElement(array, index), loc);
        }
    }

    // ---- monitors ------------------------------------------------------------------------------------------

    public static void monitorEnter(Object o, String loc) {
        Objects.requireNonNull(o, "cannot synchronize on null");
        Slot self = slot();
        if (self == null) {
            return; // unmanaged: learner code on a thread we do not run gets no mutual exclusion from us
        }
        Scheduler s = scheduler;
        s.point(self, null, loc);
        acquire(s, self, o, "monitor", 1, loc);
    }

    /** Takes a monitor or lock, blocking (in the model) while another thread holds it; records both in the trace. */
    static void acquire(Scheduler s, Slot self, Object lock, String kind, int times, String loc) {
        Slot owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            s.note(self, "blocked: " + Names.of(lock) + " is held by " + owner.name(), loc);
            s.block(self, new Wait.ForLock(lock, kind));
        }
        s.locks().acquire(lock, self, times);
        s.note(self, "lock " + Names.of(lock), loc);
    }

    public static void monitorExit(Object o, String loc) {
        Slot self = slot();
        if (self == null) {
            return;
        }
        Scheduler s = scheduler;
        if (!s.locks().release(o, self)) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        s.note(self, "unlock " + Names.of(o), loc);
    }

    // ---- wait / notify -------------------------------------------------------------------------------------

    public static void waitOn(Object o, String loc) throws InterruptedException {
        waitTimed(o, 0, loc);
    }

    public static void waitTimed(Object o, long millis, String loc) throws InterruptedException {
        Slot self = slot();
        if (self == null) {
            o.wait(millis);
            return;
        }
        Scheduler s = scheduler;
        if (s.locks().ownerOf(o) != self) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        s.note(self, "wait on " + Names.of(o), loc);
        int count = s.locks().releaseAll(o);
        Wait.ForSignal w = new Wait.ForSignal(o, "wait()",
                millis <= 0 ? Long.MAX_VALUE : s.virtualTime() + millis);
        WAIT_SETS.get().computeIfAbsent(o, k -> new ArrayList<>()).add(w);
        try {
            s.block(self, w);
        } finally {
            List<Wait.ForSignal> set = WAIT_SETS.get().get(o);
            if (set != null) {
                set.remove(w);
            }
        }
        acquire(s, self, o, "monitor", count, loc);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    public static void notifyOne(Object o, String loc) {
        signal(o, false, loc, "notify");
    }

    public static void notifyEvery(Object o, String loc) {
        signal(o, true, loc, "notifyAll");
    }

    private static void signal(Object o, boolean all, String loc, String what) {
        Slot self = slot();
        if (self == null) {
            if (all) {
                o.notifyAll();
            } else {
                o.notify();
            }
            return;
        }
        Scheduler s = scheduler;
        if (s.locks().ownerOf(o) != self) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        wake(o, all, what + "()", loc, self);
        s.point(self, what + " " + Names.of(o), loc);
    }

    /**
     * Marks the first waiter (or all) on {@code o} as signalled; the JVM's order is unspecified, ours is FIFO. The
     * signal is remembered ({@link Signals}) to tell a lost wake-up from a wait for a signal nobody sends.
     */
    static void wake(Object o, boolean all, String what, String loc, Slot by) {
        List<Wait.ForSignal> set = WAIT_SETS.get().get(o);
        if (set != null) {
            for (Wait.ForSignal w : set) {
                if (!w.signalled) {
                    w.signalled = true;
                    if (!all) {
                        break;
                    }
                }
            }
        }
        Signals.sent(o, what, loc, by, set);
    }

    /** For conditions: waiters are registered under the condition object. */
    static void addWaiter(Object on, Wait.ForSignal w) {
        WAIT_SETS.get().computeIfAbsent(on, k -> new ArrayList<>()).add(w);
    }

    static void removeWaiter(Object on, Wait.ForSignal w) {
        List<Wait.ForSignal> set = WAIT_SETS.get().get(on);
        if (set != null) {
            set.remove(w);
        }
    }

    /**
     * A call the sandbox does not model (a pool built directly runs learner code on threads it cannot schedule):
     * the schedule stops as "stuck", which says the program could not be checked, naming the call.
     */
    public static void notModelled(String call, String loc) {
        Slot self = slot();
        if (self == null) {
            SchedThreads.refuseReset();
            return;
        }
        scheduler.note(self, call, loc);
        scheduler.fail(new Failure(FailureKind.STUCK, call + " is not modelled, so the sandbox cannot check this program",
                List.of("at " + loc + ": use the Executors factory methods (newFixedThreadPool, "
                        + "newScheduledThreadPool…), which the sandbox models")));
        throw new SandboxAbort();
    }

    // ---- exit ----------------------------------------------------------------------------------------------

    public static void exit(int status, String loc) {
        Slot self = slot();
        if (self != null) {
            scheduler.note(self, "System.exit(" + status + ")", loc);
        }
        throw new ExitCalled(status);
    }

    public static void exitRuntime(Runtime runtime, int status, String loc) {
        exit(status, loc);
    }
}

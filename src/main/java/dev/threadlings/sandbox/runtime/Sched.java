package dev.threadlings.sandbox.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The running schedule, and what instrumented learner code calls at plain scheduling points, around calls that run
 * learner callbacks (atomic sections), in static initializers and at monitors; the stand-ins of each primitive are
 * in the other {@code Sched*} classes ({@link SchedAccesses} for fields and arrays). With no schedule running, or
 * on a thread the scheduler does not manage, each call just does the plain operation. Public because learner
 * classes live in another class loader.
 */
public final class Sched {
    static volatile Scheduler scheduler;

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
            SchedAccesses.accessed(s, self, receiver, "", CollectionCalls.writes(what));
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
                s.note(self, Phrase.BLOCKED_HELD.with(Names.of(receiver), owner.name()), loc);
                s.block(self, new Wait.ForLock(receiver, Phrase.MONITOR.with()));
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

    // ---- monitors ------------------------------------------------------------------------------------------

    public static void monitorEnter(Object o, String loc) {
        Objects.requireNonNull(o, "cannot synchronize on null");
        Slot self = slot();
        if (self == null) {
            return; // unmanaged: learner code on a thread we do not run gets no mutual exclusion from us
        }
        Scheduler s = scheduler;
        s.point(self, null, loc);
        acquire(s, self, o, Phrase.MONITOR.with(), 1, loc);
    }

    /** Takes a monitor or lock, blocking (in the model) while another thread holds it; records both in the trace. */
    static void acquire(Scheduler s, Slot self, Object lock, String kind, int times, String loc) {
        Slot owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            s.note(self, Phrase.BLOCKED_HELD.with(Names.of(lock), owner.name()), loc);
            s.block(self, new Wait.ForLock(lock, kind));
        }
        s.locks().acquire(lock, self, times);
        s.note(self, Phrase.LOCK.with(Names.of(lock)), loc);
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
        s.note(self, Phrase.UNLOCK.with(Names.of(o)), loc);
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
        scheduler.fail(new Finding.NotModelled(call, loc, Finding.NotModelled.Advice.USE_EXECUTORS_FACTORIES));
        throw new SandboxAbort();
    }
}

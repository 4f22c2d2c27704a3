package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.Phrase;
import dev.threadlings.sandbox.runtime.race.CollectionAccesses;
import dev.threadlings.sandbox.runtime.race.ListElements;
import dev.threadlings.sandbox.runtime.schedule.ClassInitializations;
import dev.threadlings.sandbox.runtime.schedule.Locks;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.SandboxAbort;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import java.util.Objects;

/**
 * What instrumented learner code calls at plain scheduling points, around calls that run learner callbacks (atomic
 * sections), in static initializers and at monitors; the stand-ins of each primitive are the other classes of this
 * package ({@link MemoryAccesses} for fields and arrays; the running schedule is {@link RunningSchedule}). With no schedule running, or
 * on a thread the scheduler does not manage, each call just does the plain operation. Public because learner
 * classes live in another class loader.
 */
public final class SchedulingPoints {

    private SchedulingPoints() {}

    /** Called at the end of a learner class's static initializer (see the host's Reinit). */
    public static void classInitialized(Class<?> c) {
        ClassInitializations.completed(c);
    }

    /** Called first in the static initializer of an enum or interface that keeps state (see the host's Reinit). */
    public static void keepsState(Class<?> c) {
        ClassInitializations.keptState();
    }

    // ---- plain scheduling points -------------------------------------------------------------------------

    /**
     * Before a JDK call the sandbox neither models nor knows to change nothing (the instrumentation decides which):
     * it may change state no frame shows (a StringBuilder's, a Random's, the clock read), so a spin that makes one
     * is never proved endless (SpinProof). Cheap: it runs before most JDK calls learner code makes.
     */
    public static void opaque() {
        Scheduler s = RunningSchedule.scheduler();
        if (s != null) {
            s.opaque++;
        }
    }

    /**
     * After a compare-and-set: it changed state only if it succeeded. A failed one reads and changes nothing, so a
     * loop that retries a CAS whose expected value it never re-reads (another thread moved the value on) comes back
     * to the same state and is proved endless, instead of running out of steps. Leaves the result on the stack.
     */
    public static boolean changedIf(boolean succeeded) {
        if (succeeded) {
            opaque();
        }
        return succeeded;
    }

    public static void point(String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, what, loc);
        }
    }

    /**
     * Before a call on a collection: a scheduling point, and for a {@code Collections.synchronizedX} wrapper, wait
     * while another thread holds the wrapper's monitor (its methods synchronize on it inside the JDK).
     */
    public static void collectionPoint(Object receiver, String what, String loc) {
        indexedPoint(receiver, -1, what, loc);
    }

    /**
     * Before a call on a collection that takes an index ({@code get(i)}, {@code set(i, x)}): the same point, and
     * for a list followed element by element the detector sees element {@code index} ({@link ListElements}).
     */
    public static void indexedPoint(Object receiver, int index, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, what, loc, true); // the call itself is counted by opaque() unless it only reads
        if (s.conflicts != null && receiver != null) {
            MemoryAccesses.accessed(s, self, receiver, "", CollectionAccesses.writes(what));
        }
        if (s.detector != null && receiver != null && !s.aborted()) {
            if (CollectionAccesses.synchronizes(receiver)) {
                s.detector.acquireRelease(self.id, ExecutorModel.key(receiver));
            } else if (ListElements.byIndex(receiver)) {
                ListElements.call((java.util.List<?>) receiver, index, what, (i, write) -> s.detector.listAccess(
                        self.id, receiver, i, write, loc));
            } else {
                s.detector.element(self.id, receiver, -1, CollectionAccesses.writes(what), loc);
            }
        }
        if (receiver != null && CollectionAccesses.synchronizedView(receiver.getClass())) {
            ManagedThread owner = s.locks().ownerOf(receiver);
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
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            if (self.atomic > 0) {
                self.atomic--;
            }
            Scheduler s = RunningSchedule.scheduler();
            if (s.detector != null && receiver != null && !s.aborted() && CollectionAccesses.synchronizes(receiver)) {
                s.detector.release(self.id, receiver);
            }
        }
    }

    /** After a call on a CompletableFuture (thenApply… may have run a stage right here): hand its work over. */
    public static void afterCall(Object receiver) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null && receiver != null) {
            RunningSchedule.scheduler().released(self, ExecutorModel.key(receiver));
        }
    }

    /**
     * Entering a learner class's static initializer (see the host's BodyWrapper.applyInitializer): no switches
     * until it is done, and its accesses are not checked for races (the JVM publishes a class's initialization).
     */
    public static void enterInitializer() {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().opaque++; // it sets static fields without a point, once: no window may span it
            self.atomic++;
            self.initializers++;
            if (RunningSchedule.scheduler().detector != null) {
                RunningSchedule.scheduler().detector.initializer(self.id, 1);
            }
        }
    }

    public static void exitInitializer() {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            if (self.atomic > 0) {
                self.atomic--;
            }
            if (self.initializers > 0) {
                self.initializers--;
            }
            if (RunningSchedule.scheduler().detector != null) {
                RunningSchedule.scheduler().detector.initializer(self.id, -1);
            }
        }
    }

    /** Marks the calling thread as inside a JDK call that runs learner code (a lambda): no switches until exit. */
    public static void enterAtomic() {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            self.atomic++;
        }
    }

    public static void exitAtomic() {
        ManagedThread self = RunningSchedule.slot();
        if (self != null && self.atomic > 0) {
            self.atomic--;
        }
    }

    // ---- monitors ------------------------------------------------------------------------------------------

    public static void monitorEnter(Object o, String loc) {
        Objects.requireNonNull(o, "cannot synchronize on null");
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return; // unmanaged: learner code on a thread we do not run gets no mutual exclusion from us
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, null, loc, true);
        Locks.take(s, self, o, Phrase.MONITOR.with(), 1, loc);
    }

    public static void monitorExit(Object o, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
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
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            ThreadModel.refuseReset();
            return;
        }
        RunningSchedule.scheduler().note(self, call, loc);
        RunningSchedule.scheduler().fail(new Finding.NotModelled(call, loc, Finding.NotModelled.Advice.USE_EXECUTORS_FACTORIES));
        throw new SandboxAbort();
    }
}

package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.explore.Conflicts;
import dev.threadlings.sandbox.runtime.race.Immutables;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.StableNames;
import dev.threadlings.sandbox.runtime.Phrase;

/**
 * What instrumented code calls at each access to shared memory: a field read (after it, with the value read) or
 * written (before it), with the race detector told of the access at the moment it happens; an array element;
 * the end of a constructor that froze final fields. The hottest calls of a schedule: they look up nothing but the
 * calling thread's slot, and the text of a step is built only while a schedule is traced (replayed to be shown),
 * since exploring runs thousands of schedules that nobody reads. Public because learner classes live in another
 * class loader.
 */
public final class MemoryAccesses {
    private MemoryAccesses() {}


    public static int readI(int v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().after(self, RunningSchedule.scheduler().tracing ? what + " → " + v : null, loc);
        }
        return v;
    }

    public static int readZ(int v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().after(self, RunningSchedule.scheduler().tracing ? what + " → " + (v != 0) : null, loc);
        }
        return v;
    }

    public static long readJ(long v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().after(self, RunningSchedule.scheduler().tracing ? what + " → " + v : null, loc);
        }
        return v;
    }

    public static float readF(float v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().after(self, RunningSchedule.scheduler().tracing ? what + " → " + v : null, loc);
        }
        return v;
    }

    public static double readD(double v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().after(self, RunningSchedule.scheduler().tracing ? what + " → " + v : null, loc);
        }
        return v;
    }

    public static Object readL(Object v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().after(self, RunningSchedule.scheduler().tracing ? what + " → " + Names.value(v) : null, loc);
        }
        return v;
    }

    public static int writeI(int v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, RunningSchedule.scheduler().tracing ? what + " = " + v : null, loc);
        }
        return v;
    }

    public static int writeZ(int v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, RunningSchedule.scheduler().tracing ? what + " = " + (v != 0) : null, loc);
        }
        return v;
    }

    public static long writeJ(long v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, RunningSchedule.scheduler().tracing ? what + " = " + v : null, loc);
        }
        return v;
    }

    public static float writeF(float v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, RunningSchedule.scheduler().tracing ? what + " = " + v : null, loc);
        }
        return v;
    }

    public static double writeD(double v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, RunningSchedule.scheduler().tracing ? what + " = " + v : null, loc);
        }
        return v;
    }

    public static Object writeL(Object v, String what, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, RunningSchedule.scheduler().tracing ? what + " = " + Names.value(v) : null, loc);
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
        Scheduler s = RunningSchedule.scheduler();
        if (s == null) {
            return;
        }
        StableNames.saw(owner, value);
        ManagedThread self = s.self();
        if (self != null && s.conflicts != null) {
            accessed(s, self, owner, key, (kind & 1) != 0);
        }
        if (self != null && s.detector != null && !s.aborted()) {
            s.detector.field(self.id, owner, key, what, (kind & 1) != 0, (kind & 2) != 0,
                    old == null && value != null && Immutables.is(value), (kind & 4) != 0, loc);
        }
    }

    /** A constructor of {@code object}'s class has returned: its final fields are frozen (final-field semantics). */
    public static void constructed(Object object) {
        Scheduler s = RunningSchedule.scheduler();
        if (s != null && s.detector != null && !s.aborted() && s.self() != null) {
            s.detector.constructed(object);
        }
    }

    /** Before an array element is read or written: a scheduling point, then the access for the race detector. */
    public static void element(Object array, int index, int kind, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        boolean write = (kind & 1) != 0;
        s.point(self, s.tracing ? (write ? Phrase.WRITE_ELEMENT : Phrase.READ_ELEMENT).with(Names.of(array), index) : null, loc,
                !write);
        if (s.conflicts != null && array != null) {
            accessed(s, self, array, Integer.toString(index), write);
        }
        if (s.detector != null && array != null && index >= 0 && !s.aborted()) {
            s.detector.element(self.id, array, index, write, loc);
        }
    }

    /** Records a shared access for {@link Conflicts} (only the schedules that record them). */
    static void accessed(Scheduler s, ManagedThread self, Object owner, String key, boolean write) {
        if (s.conflicts != null && !s.aborted()) {
            s.conflicts.add(s.decisions.size(), self.id, owner, key, write);
        }
    }
}

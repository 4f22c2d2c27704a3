package dev.threadlings.sandbox.runtime.schedule;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which learner classes finished their static initialization, in order, so that it can be re-run before the next
 * schedule, and whether one of them keeps state no re-run can reset (an enum or interface that keeps state, see the
 * host's Reinit): every later schedule then defines the classes afresh.
 */
public final class ClassInitializations {
    private static final List<Class<?>> COMPLETED = new CopyOnWriteArrayList<>();
    private static volatile boolean stateKept;
    /** True while the explorer re-runs static initializers between schedules (on its own, unmanaged thread). */
    private static volatile boolean rerunning;

    private ClassInitializations() {}

    public static void completed(Class<?> c) {
        if (!COMPLETED.contains(c)) {
            COMPLETED.add(c);
        }
    }

    /** The classes in the order their initialization completed. */
    public static List<Class<?>> completed() {
        return COMPLETED;
    }

    public static void keptState() {
        stateKept = true;
    }

    public static boolean stateKept() {
        return stateKept;
    }

    public static boolean rerunning() {
        return rerunning;
    }

    public static void rerunning(boolean on) {
        rerunning = on;
    }

    /** Forgets them all: the classes are defined afresh. */
    public static void forget() {
        COMPLETED.clear();
        stateKept = false;
    }
}

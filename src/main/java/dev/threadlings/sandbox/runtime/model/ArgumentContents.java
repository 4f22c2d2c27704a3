package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.race.CollectionAccesses;
import dev.threadlings.sandbox.runtime.race.ListElements;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/** The race detector's view of a collection or an array that a JDK call reads or writes as its argument. */
public final class ArgumentContents {
    /**
     * Arrays longer than this are not followed element by element (a program filling a million-element array
     * through Arrays.fill would spend its budget, and its memory, on shadow state): a known blind spot.
     */
    static final int MOST_ELEMENTS = 4096;

    private ArgumentContents() {}

    /**
     * {@code write}: the call changes the argument's contents; for an array, only the elements in [from, to)
     * (a collection is one variable, its contents).
     */
    public static void argument(Object arg, int from, int to, boolean write, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null || arg == null) {
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        if (s.detector == null || s.aborted()) {
            return;
        }
        if (arg.getClass().isArray()) {
            int n = Array.getLength(arg);
            for (int i = Math.max(0, from), end = Math.min(n, to); i < end && end - from <= MOST_ELEMENTS; i++) {
                s.detector.element(self.id, arg, i, write, loc);
            }
        } else if (arg instanceof java.util.List<?> list && !CollectionAccesses.synchronizes(arg)
                && ListElements.byIndex(arg)) {
            ListElements.contents(list, write, (i, w) -> s.detector.listAccess(self.id, arg, i, w, loc));
        } else if ((arg instanceof Collection<?> || arg instanceof Map<?, ?>) && !CollectionAccesses.synchronizes(arg)) {
            s.detector.element(self.id, arg, -1, write, loc);
        }
    }
}

package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.race.Race;
import dev.threadlings.sandbox.runtime.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks a race's two accesses in a traced schedule (▶), so that a learner sees which read and which write raced.
 * A step is one of the accesses when it is the same thread, at the same line, touching the same variable the same
 * way (a field read shows as {@code var → value}, a write as {@code var = value}): a line holds more than the
 * access — {@code while (!stop) Thread.yield();} also yields there — and the marker belongs on the access itself.
 * Races whose steps do not name the variable so (array elements, a collection's contents) are matched by thread
 * and line alone.
 */
final class RaceMarks {
    private static final String MARK = "▶ ";

    private RaceMarks() {}

    /**
     * The trace with the second access marked at the first step that is it and follows a step that is the first
     * access, and the last such first-access step before it; unchanged when the trace holds no such pair.
     */
    static List<TraceEvent> marked(List<TraceEvent> trace, Race race) {
        List<TraceEvent> t = new ArrayList<>(trace);
        return mark(t, race, true) || mark(t, race, false) ? t : trace;
    }

    private static boolean mark(List<TraceEvent> t, Race race, boolean byVariable) {
        int first = -1;
        for (int i = 0; i < t.size(); i++) {
            TraceEvent e = t.get(i);
            if (is(e, race.variable(), race.first(), byVariable)) {
                first = i;
            } else if (first >= 0 && is(e, race.variable(), race.second(), byVariable)) {
                t.set(first, mark(t.get(first)));
                t.set(i, mark(e));
                return true;
            }
        }
        return false;
    }

    private static boolean is(TraceEvent e, String variable, Race.Access access, boolean byVariable) {
        if (e.thread() != access.thread() || !e.location().equals(access.location())) {
            return false;
        }
        if (!byVariable) {
            return true;
        }
        String what = e.what();
        return access.write()
                ? what.startsWith(variable + " = ") || what.equals("write " + variable)
                : what.startsWith(variable + " → ") || what.equals("read " + variable);
    }

    private static TraceEvent mark(TraceEvent e) {
        return new TraceEvent(e.thread(), MARK + e.what(), e.location()); // in front: columns cut long texts
    }
}

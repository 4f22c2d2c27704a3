package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.race.Race;
import dev.threadlings.sandbox.runtime.TraceEvent;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ▶ markers land on the two accesses of a race, not on another step of the same line. */
class RaceMarksTest {
    private static final Race STOP = new Race("Flag.stop", new Race.Access(0, true, "Flag.java:9"),
            new Race.Access(1, false, "Flag.java:6"));

    @Test
    void theReadIsMarkedNotTheYieldOnItsLine() {
        List<TraceEvent> trace = List.of(
                new TraceEvent(0, "start T1", "Flag.java:8"),
                new TraceEvent(1, "Flag.stop → false", "Flag.java:6"),
                new TraceEvent(0, "Flag.stop = true", "Flag.java:9"),
                new TraceEvent(1, "Thread.yield()", "Flag.java:6"),
                new TraceEvent(1, "Flag.stop → true", "Flag.java:6"));
        List<TraceEvent> marked = RaceMarks.marked(trace, STOP);
        assertEquals(List.of("start T1", "Flag.stop → false", "▶ Flag.stop = true", "Thread.yield()",
                "▶ Flag.stop → true"), marked.stream().map(TraceEvent::what).toList());
    }

    @Test
    void aRaceWhoseStepsDoNotNameItIsMarkedByThreadAndLine() {
        Race element = new Race("element [3] of an int[]", new Race.Access(0, true, "A.java:4"),
                new Race.Access(1, false, "A.java:7"));
        List<TraceEvent> trace = List.of(
                new TraceEvent(0, "write counts[3]", "A.java:4"),
                new TraceEvent(1, "read counts[3]", "A.java:7"));
        assertEquals(List.of("▶ write counts[3]", "▶ read counts[3]"),
                RaceMarks.marked(trace, element).stream().map(TraceEvent::what).toList());
    }

    @Test
    void aTraceWithoutTheRaceIsLeftAlone() {
        List<TraceEvent> trace = List.of(new TraceEvent(0, "start T1", "Flag.java:8"));
        assertEquals(trace, RaceMarks.marked(trace, STOP));
    }
}

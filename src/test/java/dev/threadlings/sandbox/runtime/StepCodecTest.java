package dev.threadlings.sandbox.runtime;

import dev.threadlings.sandbox.runtime.schedule.Liberties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A stepped schedule's view crosses from the explorer VM to the host and comes back as it went. */
class StepCodecTest {

    @Test
    void aViewWithOptionsRoundTrips() {
        StepView v = new StepView(List.of(1, 0, 2), false, List.of("main", "T1 \"worker\"", "T2"),
                List.of(new TraceEvent(0, "start T1", "A.java:3"), new TraceEvent(1, "Counter.count → 0\twith\ttabs",
                        "A.java:5")),
                List.of(new StepView.ThreadState(0, StepView.Status.BLOCKED, "joins T1 (waits for it to finish)",
                                List.of("Object#1", "Lock #2\nodd")),
                        new StepView.ThreadState(1, StepView.Status.RUNS, "", List.of()),
                        new StepView.ThreadState(2, StepView.Status.FINISHED, "", List.of())),
                List.of(new StepView.Option(1, 1, List.of(1, 1), List.of(new TraceEvent(1, "Counter.count = 1",
                                "A.java:5"), new TraceEvent(-1, "… 3 more steps …", "")),
                                new Finding.Thrown("main", true, "AssertionError", "x",
                                        List.of(new Frame("a", "b", 3, "")), new Cause.Unknown()), false,
                                List.of(new RacingAccesses("Counter.count", new RacingAccesses.Access("T1", true,
                                        "A.java:5"), new RacingAccesses.Access("T2", false, "A.java:5")))),
                        new StepView.Option(Liberties.EXPIRE + 2, 2, List.of(Liberties.EXPIRE + 2), List.of(), null,
                                true, List.of())),
                null, List.of(new RacingAccesses("x \\ y", new RacingAccesses.Access("T1", true, "A.java:\t5"),
                        new RacingAccesses.Access("T2", true, "A.java:6"))));
        assertEquals(v, StepCodec.decode(StepCodec.encode(v)));
    }

    @Test
    void anEndedViewRoundTrips() {
        StepView v = new StepView(List.of(), true, List.of("main"), List.of(), List.of(), List.of(),
                FindingCodecTest.EXAMPLES.get(5), List.of());
        assertEquals(v, StepCodec.decode(StepCodec.encode(v)));
    }

    @Test
    void unknownLinesAreRefusedNotGuessed() {
        assertThrows(IllegalArgumentException.class, () -> StepCodec.decode("choises\t1.2\n"));
        assertThrows(IllegalArgumentException.class, () -> StepCodec.decode("o.event\t1\tA:1\tx\n"));
        assertThrows(IllegalArgumentException.class, () -> StepCodec.decode("kind\tnonsense\n"));
    }
}

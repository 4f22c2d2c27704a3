package dev.threadlings.sandbox.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What crosses the VM boundary comes back as it went: settings one way, the exploration the other. */
class ExplorerCodecTest {

    @Test
    void defaultSettingsRoundTrip() {
        ExploreSettings s = ExploreSettings.defaults();
        assertEquals(s, ExplorerCodec.decodeSettings(ExplorerCodec.encode(s)));
    }

    @Test
    void everySettingRoundTrips() {
        for (Search search : Search.values()) {
            ExploreSettings s = ExploreSettings.defaults().withSearch(search).withBudget(77).withSeconds(3)
                    .withSeed(-5).withBound(0).withMaxSteps(123_456).withRaces(false);
            assertEquals(s, ExplorerCodec.decodeSettings(ExplorerCodec.encode(s)));
        }
        ExploreSettings replay = ExploreSettings.defaults().withReplay(List.of(0, 1, 1, 0, 12));
        assertEquals(replay, ExplorerCodec.decodeSettings(ExplorerCodec.encode(replay)));
        assertEquals(1, replay.budget(), "a replay runs one schedule");
    }

    @Test
    void unknownSettingsAreRefusedNotGuessed() {
        assertThrows(IllegalArgumentException.class, () -> ExplorerCodec.decodeSettings(List.of("search=bfs")));
        assertThrows(IllegalArgumentException.class, () -> ExplorerCodec.decodeSettings(List.of("budgte=3")));
        assertThrows(IllegalArgumentException.class, () -> ExplorerCodec.decodeSettings(List.of("budget")));
    }

    @Test
    void aFailedExplorationRoundTrips() {
        Exploration e = new Exploration(12, 9, false, 2, List.of(new Searched.BoundedSearch(2),
                new Searched.DirectedSchedules(), new Searched.Pct(), new Searched.RaceReversed()), 0.25,
                FindingCodecTest.LOST_WAKEUP,
                List.of(new TraceEvent(0, "start T1", "checks.md:3"), new TraceEvent(1, "wait on\tbox", "Box.java:7")),
                List.of("main", "T1 \"worker\""), List.of(0, 1, 1), 1, List.of(new Limit.DetectorGaveUp(3, 64)));
        assertEquals(e, ExplorerCodec.decodeExploration(ExplorerCodec.encode(e)));
    }

    @Test
    void aCleanExplorationRoundTrips() {
        Exploration e = new Exploration(60, 60, true, 2, List.of(), 0.5, null, List.of(), List.of("main"), List.of(), 0,
                List.of());
        assertEquals(e, ExplorerCodec.decodeExploration(ExplorerCodec.encode(e)));
    }

    @Test
    void everyFindingRoundTripsInAnExploration() {
        for (Finding f : FindingCodecTest.EXAMPLES) {
            Exploration e = new Exploration(1, 1, false, 2, List.of(new Searched.OneFreeRun(64)), 0.1, f, List.of(),
                    List.of("main"), List.of(0), 0,
                    List.of());
            assertEquals(e, ExplorerCodec.decodeExploration(ExplorerCodec.encode(e)));
        }
    }

    @Test
    void anUnknownFailureKindIsAnErrorNotAVerdict() {
        assertThrows(IllegalArgumentException.class,
                () -> ExplorerCodec.decodeExploration("schedules\t1\nkind\tflaky\nmessage\tm\n"));
        assertThrows(IllegalArgumentException.class,
                () -> ExplorerCodec.decodeExploration("schedules\t1\nfinding\tFlaky\t=T1\n"));
        assertThrows(IllegalArgumentException.class, () -> ExplorerCodec.decodeExploration("what\t1\n"));
    }

    @Test
    void anExplorerErrorIsCarriedAsOne() {
        Exploration e = Exploration.error(new OutOfMemoryError());
        assertEquals(FailureKind.ERROR, ExplorerCodec.decodeExploration(ExplorerCodec.encode(e)).failure().kind());
    }
}

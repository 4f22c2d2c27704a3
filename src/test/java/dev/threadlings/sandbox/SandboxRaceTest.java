package dev.threadlings.sandbox;

import dev.threadlings.report.SandboxText;
import dev.threadlings.sandbox.runtime.ExploreSettings;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.threadlings.report.SandboxJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The race detector as a learner and a teacher meet it: verdicts, causes, replays, JSON. */
class SandboxRaceTest {
    private static final Path CORPUS = Path.of("src/test/resources/sandbox/corpus");

    private static SandboxReport explore(String program, ExploreSettings settings) throws IOException {
        Path file = CORPUS.resolve(program);
        return Sandbox.explore(ProgramScenario.of(file.getFileName().toString(), Files.readString(file)), settings);
    }

    @Test
    void aStopFlagThatIsNotVolatileIsADataRaceThoughEveryScheduleStops() throws IOException {
        SandboxReport r = explore("buggy/SilentStopFlag.java", ExploreSettings.defaults());
        assertEquals("data-race", r.outcome().id());
        assertEquals("data race on Worker.stop: main writes at SilentStopFlag.java:19, T1 \"worker\" reads at "
                + "SilentStopFlag.java:9 with no happens-before", SandboxText.message(r));
        assertTrue(r.trace().stream().filter(s -> s.what().startsWith("▶ ")).count() == 2,
                "the two accesses are marked in the trace: " + r.trace());
        SandboxReport off = explore("buggy/SilentStopFlag.java", ExploreSettings.defaults().withRaces(false));
        assertEquals("none", off.outcome().id(), "without the detector no schedule fails: the race is silent");
    }

    @Test
    void aDataRaceReplaysExactly() throws IOException {
        SandboxReport r = explore("buggy/SilentSleepInsteadOfJoin.java", ExploreSettings.defaults());
        assertEquals("data-race", r.outcome().id());
        SandboxReport again = explore("buggy/SilentSleepInsteadOfJoin.java",
                ExploreSettings.defaults().withReplay(r.choices()));
        assertEquals("data-race", again.outcome().id());
        assertEquals(SandboxText.message(r), SandboxText.message(again));
        assertEquals(r.trace(), again.trace());
    }

    @Test
    void aLostUpdateNamesTheRaceThatCausesIt() throws IOException {
        SandboxReport r = explore("buggy/LostUpdateInt.java", ExploreSettings.defaults());
        assertEquals("assertion", r.outcome().id());
        assertTrue(SandboxText.details(r).stream().anyMatch(d -> d.startsWith("cause: data race on")), SandboxText.details(r).toString());
    }

    @Test
    void aVolatileCounterLosesUpdatesWithoutADataRace() throws IOException {
        SandboxReport r = explore("buggy/LostUpdateVolatile.java", ExploreSettings.defaults());
        assertEquals("assertion", r.outcome().id());
        assertTrue(SandboxText.details(r).stream().anyMatch(d -> d.contains("atomicity violation")), SandboxText.details(r).toString());
        assertTrue(SandboxText.details(r).stream().noneMatch(d -> d.startsWith("cause:")), SandboxText.details(r).toString());
    }

    @Test
    void theJsonReportGivesTheClassAndBothLines() throws IOException {
        SandboxReport r = explore("buggy/SilentFlagOutsideLock.java", ExploreSettings.defaults());
        JsonObject json = JsonParser.parseString(SandboxJson.of(r)).getAsJsonObject();
        assertEquals("data-race", json.get("class").getAsString());
        String message = json.get("message").getAsString();
        assertTrue(message.contains("SilentFlagOutsideLock.java:10") && message.contains("SilentFlagOutsideLock.java:17"),
                message);
    }
}

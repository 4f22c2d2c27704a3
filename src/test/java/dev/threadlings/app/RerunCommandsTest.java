package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.threadlings.content.GraderProof;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands a failing check prints are run as pasted: {@code threadlings check races-counter} on a racy counter
 * gives each failed explored check a replay and a step command; the replay command grades that check alone on that
 * one schedule (one schedule tried, the same failure, the same schedule shown), in English and in Chinese; the step
 * command is one {@code threadlings step} takes. It grades real checks, so it is part of the graders' proof.
 */
@EnabledIf(value = "dev.threadlings.content.GraderProof#wanted", disabledReason = GraderProof.COMMAND)
class RerunCommandsTest {
    private static final String RACY = """
            class Counter {
                private int count;

                void increment() {
                    count++;
                }

                void add(int delta) {
                    count += delta;
                }

                int get() {
                    return count;
                }
            }
            """;

    private record Run(int exit, String out, String err) {}

    private static Run run(List<String> args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try { // refusals go to System.err, verdicts to the command line's writer: both captured
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.commandLine().execute(args.toArray(String[]::new));
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aFailedChecksPrintedCommandsReplayItsScheduleAndStepThroughIt(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("Counter.java"), RACY);
        Run all = run(List.of("check", "races-counter", "--file", file.toString(), "--json"));
        assertEquals(1, all.exit(), all::err);
        JsonObject failed = null;
        for (JsonElement c : JsonParser.parseString(all.out()).getAsJsonObject().getAsJsonArray("exercises").get(0)
                .getAsJsonObject().getAsJsonArray("checks")) {
            JsonObject check = c.getAsJsonObject();
            boolean explored = check.has("sandbox") && check.getAsJsonObject("sandbox").get("verdict").getAsString()
                    .equals("fail");
            assertEquals(explored, check.has("replayCommand"), check::toString);
            assertEquals(explored, check.has("stepCommand"), check::toString);
            if (explored && failed == null) {
                failed = check;
            }
        }
        assertNotNull(failed, all::out);
        String schedule = failed.getAsJsonObject("sandbox").get("replay").getAsString();
        List<String> replay = words(failed.get("replayCommand").getAsString());
        assertTrue(replay.getFirst().endsWith("threadlings"), replay::toString); // ./threadlings, or the launcher's path
        assertEquals(List.of("check", "races-counter", "--file", file.toAbsolutePath().toString(),
                "--check", "3", "--replay", schedule), replay.subList(1, 9), replay::toString);

        for (String lang : List.of("en", "zh")) {
            List<String> args = new java.util.ArrayList<>(replay.subList(1, replay.size()));
            args.addAll(List.of("--json", "--lang", lang));
            Run again = run(args);
            assertEquals(1, again.exit(), again::err);
            JsonObject exercise = JsonParser.parseString(again.out()).getAsJsonObject().getAsJsonArray("exercises")
                    .get(0).getAsJsonObject();
            assertEquals(1, exercise.getAsJsonArray("checks").size(), again::out); // that check alone
            JsonObject check = exercise.getAsJsonArray("checks").get(0).getAsJsonObject();
            if (lang.equals("en")) { // a check's name is said in the reader's language
                assertEquals(failed.get("name").getAsString(), check.get("name").getAsString());
            }
            JsonObject sandbox = check.getAsJsonObject("sandbox");
            assertEquals(1, sandbox.get("schedules").getAsInt(), again::out); // replayed, not searched
            assertEquals(schedule, sandbox.get("replay").getAsString(), again::out);
            assertEquals(failed.getAsJsonObject("sandbox").get("class"), sandbox.get("class"), again::out);
            assertTrue(check.get("replayCommand").getAsString().endsWith("--lang " + lang), again::out);
        }

        List<String> step = words(failed.get("stepCommand").getAsString());
        assertEquals(List.of("step", "--exercise", "races-counter", "--file",
                file.toAbsolutePath().toString(), "--check", "3", "--replay", schedule), step.subList(1, 10));
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs(step.subList(1, step.size())
                .toArray(String[]::new));
        StepCliCommand command = (StepCliCommand) parsed.subcommand().commandSpec().userObject();
        assertEquals("races-counter", command.exercise);
        assertEquals(3, command.check);
        assertEquals(file.toAbsolutePath(), command.checkFile);
        assertNull(command.file);
    }

    @Test
    void aReplayNeedsOneExploredCheck(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("Counter.java"), RACY);
        Run plain = run(List.of("check", "races-counter", "--file", file.toString(), "--check", "1", "--replay", "0.1"));
        assertEquals(2, plain.exit());
        assertTrue(plain.err().contains("check 1 runs no schedules of threads"), plain::err);
        Run range = run(List.of("check", "races-counter", "--file", file.toString(), "--check", "99"));
        assertEquals(2, range.exit());
        assertTrue(range.err().contains("--check takes a number from 1 to"), range::err);
        Run alone = run(List.of("check", "races-counter", "--replay", "0.1"));
        assertEquals(2, alone.exit());
        assertTrue(alone.err().contains("--check (and --replay with it)"), alone::err);
    }

    /** The words of a printed command: our paths and schedules need no quotes here. */
    private static List<String> words(String command) {
        assertFalse(command.contains("'"), command);
        return Arrays.asList(command.split(" "));
    }
}

package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.threadlings.report.SandboxJson;
import dev.threadlings.report.SandboxText;
import dev.threadlings.report.Styled;
import dev.threadlings.sandbox.SandboxReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code threadlings sandbox} as a script or a teacher calls it: exit codes, and what it prints for a free run. */
class SandboxCommandTest {
    private static final String STOP_FLAG = "src/test/resources/sandbox/corpus/buggy/SilentStopFlag.java";

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aFreeRunReportsTheRaceWithoutATrace() {
        Run r = run("sandbox", "--strategy", "free", STOP_FLAG);
        assertEquals(1, r.code(), r::out);
        String text = r.out().replaceAll("\\s+", " "); // the report wraps at the screen's width
        assertTrue(text.contains("data race on Worker.stop: main writes at SilentStopFlag.java:19"), r::out);
        assertTrue(text.contains("found in one free run on real threads"), r::out);
        assertTrue(text.contains("explore the program (without --strategy free)"), r::out);
        assertFalse(r.out().contains("replay it"), r::out);
    }

    @Test
    void aMisspeltStrategyIsNamed() {
        Run r = run("sandbox", "--strategy", "fre", STOP_FLAG);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown strategy 'fre' (did you mean 'free'?)"), r::err);
    }

    @Test
    void aFreeRunHasNothingToReplay() {
        Run r = run("sandbox", "--strategy", "free", "--replay", "0.1", STOP_FLAG);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("a free run has no schedule to replay"), r::err);
    }

    private static final String PIPE = "src/test/resources/sandbox/corpus/correct/PipedStreamNotModelled.java";

    @Test
    void aShortenedTraceIsValidJsonAndAFailureExitsOne(@TempDir Path dir) throws Exception {
        Path spin = dir.resolve("Spin.java");
        Files.writeString(spin, """
                public class Spin {
                    static boolean stop;
                    public static void main(String[] args) {
                        new Thread(() -> { while (!stop) { } }).start();
                    }
                }
                """);
        Run r = run("sandbox", "--json", spin.toString());
        assertEquals(1, r.code(), () -> r.out() + r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("fail", o.get("verdict").getAsString());
        assertEquals("hang", o.get("class").getAsString());
        JsonArray trace = o.getAsJsonArray("trace");
        long gaps = trace.asList().stream().filter(e -> e.getAsJsonObject().has("gap")).count();
        assertEquals(1, gaps, "the hang's trace is shortened once: " + r.out());
        assertTrue(trace.asList().stream().filter(e -> !e.getAsJsonObject().has("gap"))
                .allMatch(e -> e.getAsJsonObject().get("thread").getAsString().matches("main|T1")), r::out);
        Run text = run("sandbox", spin.toString());
        assertEquals(1, text.code());
        assertTrue(text.out().contains("more steps …"), text::out);
    }

    @Test
    void anUnmodelledCallCouldNotBeCheckedInTextAndJson() {
        Run text = run("sandbox", PIPE);
        assertEquals(2, text.code(), text::out);
        assertTrue(text.out().startsWith("! could not check this: PipedInputStream.read is not modelled"), text::out);
        assertFalse(text.out().contains("✘"), text::out);
        Run json = run("sandbox", "--json", PIPE);
        assertEquals(2, json.code(), json::out);
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals("could-not-check", o.get("verdict").getAsString());
        assertEquals("not-modelled", o.get("class").getAsString());
        assertEquals(2, o.get("exitCode").getAsInt());
        assertTrue(o.get("message").getAsString().contains("PipedInputStream.read is not modelled"), json::out);
    }

    @Test
    void anInternalErrorIsExitTwoWithItsMessage() {
        SandboxReport r = SandboxReport.internalError(new IllegalStateException("the explorer lost its way"));
        assertEquals(2, r.outcome().kind().exitCode);
        JsonObject o = JsonParser.parseString(SandboxJson.of(r)).getAsJsonObject();
        assertEquals("could-not-check", o.get("verdict").getAsString());
        assertEquals("error", o.get("class").getAsString());
        assertTrue(o.get("message").getAsString().contains("the explorer lost its way"), o::toString);
        String text = String.join("\n", SandboxText.describe(r, 100, "").stream().map(Styled::text).toList())
                .replaceAll("\\s+", " "); // wrapped at 100 columns
        assertTrue(text.startsWith("! the sandbox could not run this: internal error: java.lang.IllegalStateException: "
                + "the explorer lost its way"), text);
    }

    @Test
    void aCommandThatThrowsExitsTwoNotOne() {
        CommandLine line = Main.commandLine();
        line.addSubcommand("boom", new CommandLine(new Thrower()));
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        line.setErr(new java.io.PrintWriter(e, true, StandardCharsets.UTF_8));
        assertEquals(2, line.execute("boom"));
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("internal error: java.lang.IllegalStateException: "
                + "a bug"), () -> e.toString(StandardCharsets.UTF_8));
    }

    @CommandLine.Command(name = "boom")
    static final class Thrower implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }
}

package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
            int code = new CommandLine(new RootCommand()).execute(args);
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
        assertTrue(r.out().contains("data race on Worker.stop: main writes at SilentStopFlag.java:19"), r::out);
        assertTrue(r.out().contains("found in one free run on real threads"), r::out);
        assertTrue(r.out().contains("explore the program (without --strategy free)"), r::out);
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
}

package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.eval.PidNamespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6, for the commands that grade, where learner VMs cannot run in a PID namespace of their own
 * (switched off here, as on a machine that refuses user namespaces): the code under check that signals the grader
 * ({@code ProcessHandle.current().parent().get().destroy()}) ended {@code threadlings check} and
 * {@code threadlings sandbox} (and {@code step}) with exit 143 and no word. Now they say so and exit 2, "could not check". Each
 * command runs in a VM of its own, so that a signal that ends it cannot end the test run; the learner's code keeps
 * running until the grader is gone, so the signal surely comes while it runs.
 */
class GraderSignalTest {
    private static final String SAID = "could not check: the code under check sent SIGTERM to the grader";
    /** Signals the grader, then waits for it to end (a loop of plain computation: no call the sandbox models). */
    private static final String SIGNAL_AND_WAIT = """
            ProcessHandle.current().parent().ifPresent(ProcessHandle::destroy);
            long spins = 0;
            while (ProcessHandle.current().parent().map(ProcessHandle::isAlive).orElse(false)) {
                for (int i = 0; i < 1_000_000; i++) {
                    spins += i % 7;
                }
            }
            System.out.println(spins);
            """;

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    @Test
    void checkSaysTheCodeSignalledItAndExits2() throws Exception {
        Path course = ConsoleCourse.write(tmp.resolve("course"));
        Path file = tmp.resolve(ConsoleCourse.FILE);
        Files.writeString(file, "int twice(int n) {\n" + SIGNAL_AND_WAIT.indent(4) + "    return 2 * n;\n}\n");
        Run r = run("--course", course.toString(), "check", ConsoleCourse.EXERCISE, "--file", file.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(SAID), r.err());
        assertFalse(r.out().contains("passed"), r.out());
    }

    @Test
    void sandboxSaysTheProgramSignalledItAndExits2() throws Exception {
        Path program = tmp.resolve("Signal.java");
        Files.writeString(program, "public class Signal {\n    public static void main(String[] args) {\n"
                + SIGNAL_AND_WAIT.indent(8) + "    }\n}\n");
        Run r = run("sandbox", "--seconds", "120", program.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(SAID), r.err());
    }

    /** Stepping runs the program to its first decision in the step session's VM: the signal comes from there. */
    @Test
    void stepSaysTheProgramSignalledItAndExits2() throws Exception {
        Path program = tmp.resolve("Signal.java");
        Files.writeString(program, "public class Signal {\n    public static void main(String[] args) {\n"
                + SIGNAL_AND_WAIT.indent(8) + "    }\n}\n");
        Run r = run("step", "--no-search", program.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(SAID), r.err());
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-D" + PidNamespace.SWITCH + "=off", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:+DisableAttachMechanism", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--work", tmp.resolve("work").toString(), "--state",
                tmp.resolve("state").toString(), "--lang", "en"));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        p.waitFor();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

package dev.threadlings.sandbox;

import dev.threadlings.sandbox.runtime.ExploreSettings;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.report.SandboxText;
import dev.threadlings.report.Styled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sandbox's corpus (src/test/resources/sandbox/corpus): every buggy program is found and classified right
 * within the default budget, and its trace names the lines involved; no correct program is flagged.
 */
class SandboxCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/sandbox/corpus");

    record Program(Path file, String expect, List<Integer> lines) {
        @Override
        public String toString() {
            return file.getParent().getFileName() + "/" + file.getFileName();
        }
    }

    /** Every program, or with {@code -Dcorpus.only=Name1,Name2} only those (file names without .java). */
    static Stream<Program> programs() throws IOException {
        String only = System.getProperty("corpus.only", "");
        List<String> chosen = only.isBlank() ? List.of() : Arrays.stream(only.split(",")).map(String::strip).toList();
        try (Stream<Path> files = Stream.concat(Files.list(CORPUS.resolve("buggy")), Files.list(CORPUS.resolve("correct")))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> chosen.isEmpty() || chosen.contains(f.getFileName().toString().replace(".java", "")))
                    .sorted().map(SandboxCorpusTest::read).toList().stream();
        }
    }

    static Program read(Path f) {
        try {
            String expect = null;
            List<Integer> lines = List.of();
            for (String l : Files.readAllLines(f)) {
                if (l.startsWith("// expect:")) {
                    expect = l.substring("// expect:".length()).strip();
                } else if (l.startsWith("// lines:")) {
                    String v = l.substring("// lines:".length()).strip();
                    lines = v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip)
                            .map(Integer::parseInt).toList();
                }
            }
            return new Program(f, expect, lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The correct programs explore their whole budget (nothing to find stops the search early), so they take two
     * thirds of this class's time; they run in the slower command CI runs second ({@link #FULL_COMMAND}), beside the
     * graders' proof, with every buggy program and every correct program's free run (SandboxFreeRunTest).
     */
    public static final String FULL_COMMAND = "the correct programs are explored with: mvn -B test "
            + "-Dtest=SandboxCorpusTest,SandboxFreeRunTest -Dcorpus.full=true (or -Dcorpus.only=<names>)";

    public static boolean full() {
        return Boolean.getBoolean("corpus.full") || !System.getProperty("corpus.only", "").isBlank();
    }

    /**
     * Every buggy program in the full run; in the default run a sixth of each verdict class (at least one of each),
     * so the test command stays within its five minutes while the corpus grows — CI's second command runs them all.
     */
    static Stream<Program> buggy() throws IOException {
        return sampledUnlessFull(programs().filter(p -> p.file().getParent().getFileName().toString().equals("buggy")));
    }

    static final int SAMPLE_EVERY = 6;

    /** All programs in the full run; otherwise every {@value #SAMPLE_EVERY}th of each expected outcome, by name. */
    static Stream<Program> sampledUnlessFull(Stream<Program> programs) {
        if (full()) {
            return programs;
        }
        Map<String, List<Program>> byOutcome = programs.collect(
                Collectors.groupingBy(Program::expect, TreeMap::new, Collectors.toList()));
        return byOutcome.values().stream().flatMap(sameOutcome -> IntStream.range(0, sameOutcome.size())
                .filter(i -> i % SAMPLE_EVERY == 0).mapToObj(sameOutcome::get));
    }

    static Stream<Program> correct() throws IOException {
        return programs().filter(p -> p.file().getParent().getFileName().toString().equals("correct"));
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // -Dcorpus.only may select none
    @Execution(ExecutionMode.CONCURRENT) // these run two at a time; the class runs alone
    @MethodSource("buggy")
    void bugsFoundAndClassified(Program p) throws IOException {
        classifiedRight(p);
    }

    @EnabledIf(value = "dev.threadlings.sandbox.SandboxCorpusTest#full", disabledReason = FULL_COMMAND)
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @Execution(ExecutionMode.CONCURRENT)
    @MethodSource("correct")
    void correctProgramsNeverAccused(Program p) throws IOException {
        classifiedRight(p);
    }

    private static void classifiedRight(Program p) throws IOException {
        String name = p.file().getFileName().toString();
        SandboxReport r = Sandbox.explore(ProgramScenario.of(name, Files.readString(p.file())),
                ExploreSettings.defaults());
        String report = SandboxText.describe(r, 120, "").stream().map(Styled::text).collect(Collectors.joining("\n"));
        assertEquals(p.expect(), r.outcome().id(), () -> p + ":\n" + report);
        String shown = report;
        for (int line : p.lines()) {
            assertTrue(shown.contains(name + ":" + line), () -> p + ": the report should name line " + line + ":\n"
                    + report);
        }
    }
}

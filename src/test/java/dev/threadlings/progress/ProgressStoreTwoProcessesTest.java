package dev.threadlings.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two consoles must never erase each other's progress: two real processes (and a thread of this one) update the
 * same file at once, many rounds each, and every pass and every read lesson of every writer is in the file at
 * the end. Saving without re-reading under a lock loses updates here within a few rounds.
 */
class ProgressStoreTwoProcessesTest {
    private static final int ROUNDS = 150;

    @TempDir
    Path tmp;

    @Test
    void concurrentWritersLoseNothing() throws Exception {
        Path file = tmp.resolve("state/progress.properties");
        Path go = tmp.resolve("go");
        List<Process> writers = new ArrayList<>();
        for (String prefix : List.of("alpha", "beta")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ProgressWriterProcess.class.getName(),
                    file.toString(), prefix, Integer.toString(ROUNDS), go.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            writers.add(p);
            // started and waiting for the go file: both then write at the same moment
            var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
        }
        Files.createFile(go);
        ProgressStore store = new ProgressStore(file);
        for (int i = 1; i <= ROUNDS; i++) { // a third writer: a thread of this VM
            String id = "gamma-" + i;
            store.update(p -> p.withPassed(id));
        }
        for (Process p : writers) {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "a writer process did not finish");
            assertEquals(0, p.exitValue(), "a writer process failed");
        }
        LoadResult loaded = store.load();
        assertTrue(loaded.warning().isEmpty(), loaded::toString);
        Set<String> missing = new TreeSet<>();
        for (int i = 1; i <= ROUNDS; i++) {
            for (String prefix : List.of("alpha", "beta", "gamma")) {
                if (!loaded.progress().passed(prefix + "-" + i)) {
                    missing.add("passed " + prefix + "-" + i);
                }
            }
            for (String prefix : List.of("alpha", "beta")) {
                if (!loaded.progress().readLessons().contains(prefix + "-" + i)) {
                    missing.add("read " + prefix + "-" + i);
                }
            }
        }
        assertEquals(Set.of(), missing, "updates lost by concurrent writers");
    }
}

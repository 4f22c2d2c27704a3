package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's origin line says "with changes" only for what its own grading read: the exercise's folder (not its
 * report, not its right/ and wrong/ variants) and the grader's sources, compared with the commit the run started on.
 */
class GitOriginTest {
    @TempDir
    Path repo;

    private static final Pattern CLEAN = Pattern.compile("commit `[0-9a-f]{7,}`, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t",
                "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void course() throws IOException, InterruptedException {
        git("init", "-q");
        write("exercises/a/checks.md", "a\n");
        write("exercises/a/mutants.md", "report\n");
        write("exercises/a/right/one/F.java", "class F {}\n");
        write("exercises/b/checks.md", "b\n");
        write("src/main/java/G.java", "class G {}\n");
        write("lessons/l.md", "lesson\n");
        git("add", "-A");
        git("commit", "-q", "-m", "course");
    }

    private String describe(GitOrigin origin, String exercise) {
        return origin.describe(repo.resolve("exercises").resolve(exercise));
    }

    @Test
    void theReportsOfTheRunOtherExercisesAndVariantsDoNotMarkAnExercise() throws Exception {
        course();
        write("exercises/a/mutants.md", "regenerated\n");
        write("exercises/a/right/two/F.java", "class F {}\n");
        write("exercises/a/wrong/w/F.java", "class F {}\n");
        write("lessons/l.md", "edited\n");
        write("exercises/b/checks.md", "b, edited\n");
        write("exercises/b/hints.md", "new\n");
        GitOrigin origin = GitOrigin.start(repo).orElseThrow();
        origin.finish();
        assertTrue(CLEAN.matcher(describe(origin, "a")).matches(), describe(origin, "a"));
        String b = describe(origin, "b");
        assertTrue(b.contains(" with changes that commit does not have, to checks.md, hints.md, "), b);
    }

    @Test
    void theGradersSourcesMarkEveryExercise() throws Exception {
        course();
        write("src/main/java/G.java", "class G { int changed; }\n");
        GitOrigin origin = GitOrigin.start(repo).orElseThrow();
        origin.finish();
        for (String exercise : List.of("a", "b")) {
            assertTrue(describe(origin, exercise).contains("to the grader's sources (src/main/java/G.java)"),
                    describe(origin, exercise));
        }
    }

    @Test
    void aChangeCommittedWhileTheRunGradesStillMarksIt() throws Exception {
        course();
        GitOrigin origin = GitOrigin.start(repo).orElseThrow();
        write("exercises/a/checks.md", "a, stronger\n");
        git("commit", "-q", "-am", "stronger check");
        origin.finish();
        assertTrue(describe(origin, "a").contains("to checks.md"), describe(origin, "a"));
        assertTrue(CLEAN.matcher(describe(origin, "b")).matches(), describe(origin, "b"));
    }

    @Test
    void aCourseOutsideGitHasNoOrigin() {
        assertTrue(GitOrigin.start(repo).isEmpty());
    }
}

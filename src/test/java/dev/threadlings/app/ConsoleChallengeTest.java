package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.content.GraderProof;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A break-it challenge in the console, over a dumb terminal: /exercise says what to do, /step with no steps grades
 * nothing, a schedule that does not break it is a failed try, choosing the threads that lose an update passes it
 * (graded by replaying the schedule, not by what the view said), and "show me" (/solution) opens only after that
 * and plays the course's breaking schedule. The challenge is the course's own hit counter, copied into a tiny course.
 * Three step sessions and two replays (a minute on a loaded machine): with the graders' proof, CI's second command.
 */
@EnabledIf(value = "dev.threadlings.content.GraderProof#wanted", disabledReason = GraderProof.COMMAND)
class ConsoleChallengeTest {
    private static final String ID = "races-break-count";
    /** Compiling, starting the stepping VM and grading by replay on a loaded 2-core machine: a wait, not a timing. */
    private static final Duration SLOW = Duration.ofSeconds(180);
    @RegisterExtension
    static final RunningConsole console = RunningConsole.onTestCourse(course -> {
        copy(Path.of("exercises", ID), course.resolve("exercises").resolve(ID));
        Files.writeString(course.resolve("lessons/03-races.md"), """
                ---
                id: races
                title: Races
                exercises:
                  - races-break-count
                ---
                # Races

                Two threads, one counter.
                """);
    });

    @Test
    void aChallengeIsBrokenByStepping() throws IOException {
        String opened = console.run("/exercise " + ID);
        assertTrue(flat(opened).contains("A break-it challenge") && opened.contains("Hits.java"), opened);
        String listed = console.run("/exercises");
        assertTrue(listed.contains(ID) && listed.contains("challenge"), listed);
        String notYet = console.run("/solution");
        assertTrue(flat(notYet).contains("Not yet") && flat(notYet).contains("show me"), notYet);
        String unchecked = console.run("/check"); // nothing stepped yet: how it is done, and no try counted
        assertTrue(flat(unchecked).contains("no schedule yet"), unchecked);

        console.type("/step");
        console.awaitOutput("q leave", SLOW);
        console.type("q");
        String nothing = console.awaitPrompt();
        assertTrue(nothing.contains("No steps taken"), nothing);
        assertFalse(nothing.contains("checks pass"), "no steps: nothing graded\n" + nothing);

        console.type("/step"); // one step, then leave: the rest runs each thread to its end, which breaks nothing
        console.awaitOutput("q leave", SLOW);
        console.type("0 q");
        String tried = console.awaitOutput("/hint gives a hint", SLOW);
        assertTrue(flat(tried).contains("Not broken yet (1 try)") && flat(tried).contains("another failure"), tried);
        console.awaitPrompt();

        // the learner's copy of the code is not what is graded: a copy edited to fail whatever the schedule, with
        // the trivial schedule handed in, is still the course's code run to its end
        Path mine = console.work().resolve(ID);
        Files.writeString(mine.resolve("Hits.java"), Files.readString(mine.resolve("Hits.java"))
                .replace("return count;", "return 0;"));
        Files.writeString(mine.resolve("schedule.txt"), "\n");
        console.type("/check");
        String cheat = console.awaitOutput("/hint gives a hint", SLOW);
        assertTrue(flat(cheat).contains("Not broken yet (2 tries)") && flat(cheat).contains("data race"), cheat);
        console.awaitPrompt();
        String watch = console.run("/watch");
        assertTrue(flat(watch).contains("nothing to edit"), watch);

        console.type("/step"); // both threads read count before either writes it back
        console.awaitOutput("q leave", SLOW);
        console.type("0 1 2 2 1");
        String broken = console.awaitOutput("threw assertion failed", SLOW);
        assertTrue(broken.contains("Hits.count → 0"), broken);
        console.type("q");
        String graded = console.awaitOutput("You broke it!", SLOW);
        assertTrue(graded.contains("✔ " + ID), graded);
        console.awaitPrompt();

        console.type("/solution"); // show me: the breaking schedule plays by itself, no key pressed
        String showMe = console.awaitOutput("· q leave", SLOW);
        assertTrue(flat(showMe).contains("Show me") && flat(showMe).contains("playing: a step every half second"),
                showMe);
        String played = console.awaitOutput("threw assertion failed", SLOW);
        assertTrue(showMe.concat(played).split("playing: a step every", -1).length > 3, "step by step:\n" + played);
        console.type("q");
        console.awaitOutput("Your schedule", SLOW);
        console.awaitPrompt();
        console.type("/progress");
        console.awaitOutput("✔ " + ID, SLOW); // passed: recorded like an exercise's pass
        console.awaitPrompt();
    }

    /** The console wraps at its width: a sentence is looked for with its line breaks as spaces. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}

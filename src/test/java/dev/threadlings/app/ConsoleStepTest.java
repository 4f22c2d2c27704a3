package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /step in the console: on a lesson block that the lesson says deadlocks, the failing schedule is found first and
 * a plays it step by step, on the console's own terminal, until the view says deadlock; q gives the prompt back with
 * the schedule built. Without a failed check, /step says what it needs.
 */
class ConsoleStepTest {
    @RegisterExtension
    static final RunningConsole console = RunningConsole.onTestCourse();
    /** Exploring, then compiling and starting the stepping VM, on a loaded 2-core machine: a wait, not a timing. */
    private static final java.time.Duration SLOW = java.time.Duration.ofSeconds(180);


    @Test
    void aLessonBlockThatDeadlocksIsSteppedToItsDeadlockAndLeft() {
        String nothing = console.run("/step");
        assertTrue(nothing.contains("/step goes through the schedule of a failed check"), nothing);
        console.run("/lesson 2");
        console.type("/step 2");
        String first = console.awaitOutput("q leave", SLOW);
        assertTrue(first.contains("schedule (start)") && first.contains("a a step of the failing"), first);
        console.type("a a a a a a a a a a a a");
        String end = console.awaitOutput("✘ threads wait for each other forever", SLOW);
        assertTrue(end.contains("blocked"), end);
        console.type("q");
        String left = console.awaitPrompt();
        assertTrue(left.contains("Your schedule: "), left);
    }
}

package dev.threadlings.checking;

import dev.threadlings.course.CodeBlock;
import dev.threadlings.course.Lesson;
import dev.threadlings.sandbox.Sandbox;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.runtime.ExploreSettings;

/**
 * A lesson block marked {@code explore=…}: its statements explored in the sandbox like a check's, so the broken
 * interleaving the lesson talks about is shown on the lesson's own lines, the same one every time.
 */
public final class LessonExploration {
    private LessonExploration() {}

    public static SandboxReport explore(Lesson lesson, CodeBlock block) {
        return Sandbox.explore(StepScenarios.ofBlock(lesson, block), ExploreSettings.defaults());
    }
}

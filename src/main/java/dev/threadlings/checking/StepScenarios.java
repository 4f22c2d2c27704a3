package dev.threadlings.checking;

import dev.threadlings.course.Check;
import dev.threadlings.course.CodeBlock;
import dev.threadlings.course.Lesson;
import dev.threadlings.sandbox.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios the sandbox explores for the course, in one place: a check's (the learner's file, then the check's
 * code) and a lesson block's. Exploring and stepping (/step) build theirs here, so a failing schedule found by one
 * replays in the other.
 */
public final class StepScenarios {
    private StepScenarios() {}

    public static Scenario ofCheck(String fileName, String text, Check check) {
        List<Scenario.Part> parts = new ArrayList<>();
        parts.add(new Scenario.Part(fileName, text, 1));
        check.code().ifPresent(c -> parts.add(new Scenario.Part("checks.md", c.code(), c.line())));
        return new Scenario(parts);
    }

    public static Scenario ofBlock(Lesson lesson, CodeBlock block) {
        return new Scenario(List.of(new Scenario.Part(lesson.file().getFileName().toString(), block.code(),
                block.line())));
    }
}

package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import dev.threadlings.progress.Progress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code threadlings list --json} says what kind each exercise is, so a script knows a challenge hands in a schedule. */
class ListJsonTest {
    @Test
    void challengesAreMarked() {
        Course course = CourseLoader.load(Path.of("").toAbsolutePath());
        Map<String, String> kinds = new HashMap<>();
        JsonParser.parseString(ListCommand.json(course, Progress.empty())).getAsJsonObject().getAsJsonArray("lessons")
                .forEach(l -> l.getAsJsonObject().getAsJsonArray("exercises").forEach(e -> {
                    JsonObject x = e.getAsJsonObject();
                    kinds.put(x.get("id").getAsString(), x.get("kind").getAsString());
                }));
        course.exercises().forEach(e -> assertEquals(e.challenge() ? "challenge" : "exercise", kinds.get(e.id()), e.id()));
        assertEquals("challenge", kinds.get("deadlock-break-abba"));
        assertEquals("exercise", kinds.get("races-counter"));
    }
}

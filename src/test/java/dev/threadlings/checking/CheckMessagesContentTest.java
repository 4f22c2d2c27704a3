package dev.threadlings.checking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.course.Check;
import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Language;
import dev.threadlings.course.Snippet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every assertion message a check's code can fail with has a form in every translation of that check: a
 * {@code messages} line per message with words, in the code's order, saying each of its values; and every message
 * is built so that it can have one (string literals and values joined by {@code +}). A check whose English changed
 * fails here until its lines follow (the failure lists what each line must translate).
 */
class CheckMessagesContentTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** A check whose messages a translation cannot say, or does not. */
    private record Unsaid(String exercise, String why) {}

    @Test
    void everyMessageOfEveryCheckHasItsTranslation() {
        Course english = CourseLoader.load(ROOT, Language.EN);
        List<Exercise> exercises = new ArrayList<>();
        List<Check> originals = new ArrayList<>();
        for (Exercise exercise : english.exercises()) {
            exercise.checks().forEach(c -> exercises.add(exercise));
            originals.addAll(exercise.checks());
        }
        List<List<MessageShape>> shapes = CodeMessages.of(originals.stream()
                .map(c -> c.code().map(Snippet::code).orElse("")).toList());
        List<Unsaid> unsaid = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            if (shapes.get(i).stream().anyMatch(shape -> !shape.hasWords())) { // String.format, a variable
                unsaid.add(new Unsaid(exercises.get(i).id(), exercises.get(i).id() + " \"" + originals.get(i).name()
                        + "\": a message not built of string literals and + cannot be translated"));
            }
        }
        for (Language language : Language.values()) {
            if (!language.isOriginal()) {
                Course translated = CourseLoader.load(ROOT, language);
                for (int i = 0; i < originals.size(); i++) {
                    Exercise exercise = exercises.get(i);
                    Check check = translated.exercise(exercise.id()).orElseThrow().checks()
                            .get(exercise.checks().indexOf(originals.get(i)));
                    String why = unsaid(originals.get(i), check, shapes.get(i));
                    if (!why.isEmpty()) {
                        unsaid.add(new Unsaid(exercise.id(), exercise.id() + "/" + language.tag() + " " + why));
                    }
                }
            }
        }
        List<String> missing = unsaid.stream().map(Unsaid::why).toList();
        assertEquals(List.of(), missing, () -> missing.size() + " check(s) whose messages a translation does not"
                + " say; give each a ```messages block (a line per message, {0}, {1}… for its values):\n"
                + String.join("\n", missing));
    }

    // what is wrong with a translated check's lines, with what they must translate; empty when they fit
    private static String unsaid(Check original, Check translated, List<MessageShape> all) {
        List<MessageShape> shapes = CheckMessages.worded(all);
        List<String> lines = translated.messages();
        boolean fit = shapes.size() == lines.size();
        for (int i = 0; fit && i < shapes.size(); i++) {
            fit = shapes.get(i).fits(lines.get(i));
        }
        if (fit) {
            return "";
        }
        StringBuilder wanted = new StringBuilder("\"" + original.name() + "\": " + lines.size() + " line(s) for "
                + shapes.size() + " message(s):");
        shapes.forEach(s -> wanted.append("\n    ").append(s.pattern()));
        return wanted.toString();
    }
}

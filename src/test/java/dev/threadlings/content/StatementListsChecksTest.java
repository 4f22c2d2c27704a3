package dev.threadlings.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.Exercise;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every statement tells the learner what will be checked ("The checks verify that: 1. … 2. …"): that list must have
 * one item per check of checks.md, or a learner reads a promise the grader does not keep — or meets a check the
 * statement never mentioned. All mismatches are reported at once.
 */
class StatementListsChecksTest {

    private static final String LIST_INTRO = "The checks verify that";

    @Test
    void everyStatementListsAsManyChecksAsChecksMdHas() {
        Course course = CourseLoader.load(Path.of("").toAbsolutePath());
        List<String> mismatches = new ArrayList<>();
        for (Exercise exercise : course.exercises()) {
            int listed = listedChecks(exercise.statement());
            int checks = exercise.checks().size();
            if (listed < 0) {
                mismatches.add(exercise.id() + ": exercise.md has no numbered list after \"" + LIST_INTRO + "\"");
            } else if (listed != checks) {
                mismatches.add(exercise.id() + ": exercise.md lists " + listed + " checks, checks.md has " + checks);
            }
        }
        assertEquals(List.of(), mismatches, "statements whose list of checks does not match checks.md");
    }

    /** The items of the ordered list right after the paragraph that starts with LIST_INTRO; -1 when there is none. */
    static int listedChecks(String statement) {
        Node document = Parser.builder().build().parse(statement);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph && startsWithIntro(paragraph)) {
                if (!(node.getNext() instanceof OrderedList list)) {
                    return -1;
                }
                int items = 0;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    items++;
                }
                return items;
            }
        }
        return -1;
    }

    private static boolean startsWithIntro(Paragraph paragraph) {
        return paragraph.getFirstChild() instanceof Text text && text.getLiteral().startsWith(LIST_INTRO);
    }

    @Test
    void countsTheItemsOfTheListAfterTheIntro() {
        String statement = """
                Intro.

                1. not this list

                The checks verify that:

                1. one;
                2. two, on
                   two lines;
                3. three.

                After the list.
                """;
        assertEquals(3, listedChecks(statement));
        assertEquals(-1, listedChecks("No list here.\n"));
        assertEquals(-1, listedChecks("The checks verify that:\n\nsome prose.\n"));
    }
}

package dev.threadlings.checking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.course.Check;
import dev.threadlings.course.OutputExpectation;
import dev.threadlings.course.Snippet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A check's assertion messages, read from its code and said again in a translation's words. */
class CheckMessagesTest {

    @Test
    void literalsAndHolesFromTheCode() {
        List<MessageShape> shapes = CodeMessages.of("""
                Counter counter = new Counter();
                Runnable r = () -> { assert counter.get() >= 0 : "negative: " + counter.get(); };
                assert counter.get() == 4 : "four increments, but get() returned " + counter.get() + '!';
                assert a + b == 3 : a + b + " is not " + (1 + 2);
                assert done;
                assert ok : why;
                """);

        assertEquals(List.of(List.of("negative: ", ""), List.of("four increments, but get() returned ", "!"),
                List.of("", " is not ", ""), List.of("", "")), shapes.stream().map(MessageShape::literals).toList());
        assertEquals(3, CheckMessages.worded(shapes).size(), "a message that is only a value has no words");
    }

    @Test
    void aMethodAmongTheStatementsIsReadWhereItBelongs() {
        List<MessageShape> shapes = CodeMessages.of("""
                void offers(int n) throws InterruptedException {
                    assert n > 0 : "offers(" + n + ") offers nothing";
                }
                offers(3);
                assert true : "after";
                """);

        assertEquals(List.of("offers({0}) offers nothing", "after"), shapes.stream().map(MessageShape::pattern)
                .toList());
    }

    @Test
    void aMessageIsSaidAgainWithItsValuesInTheTranslationsOrder() {
        CheckMessages messages = CheckMessages.of(check("""
                assert seen == total : seen + " of " + total + " arrived";
                assert false : "never";
                """, List.of("{1} 个里只到了 {0} 个", "从不")));

        assertEquals(Optional.of("4 个里只到了 3 个"), messages.say("3 of 4 arrived"));
        assertEquals(Optional.of("从不"), messages.say("never"));
        assertEquals(Optional.empty(), messages.say("something the code never says"));
    }

    @Test
    void linesThatDoNotFitTheCodeAreNotUsed() {
        String code = "assert seen == total : seen + \" of \" + total;\n";
        assertEquals(Optional.empty(), CheckMessages.of(check(code, List.of("{0} 个"))).say("3 of 4"),
                "a value left out");
        assertEquals(Optional.empty(), CheckMessages.of(check(code, List.of("{0}/{1}", "多一行"))).say("3 of 4"),
                "another number of lines");
        assertEquals(Optional.empty(), CheckMessages.of(check(code, List.of())).say("3 of 4"), "no translation");
    }

    @Test
    void whatAPlainCheckThrewIsSaidInTheTranslationAndEverythingElseKept() {
        Check check = check("assert seen == total : seen + \" of \" + total + \" arrived\";\n",
                List.of("{1} 个里只到了 {0} 个"));
        dev.threadlings.grade.Observation seen = new dev.threadlings.grade.Observation("out", "", Optional.of(
                new dev.threadlings.grade.Observation.Trouble.Threw("java.lang.AssertionError: 3 of 4 arrived",
                        List.of("at (checks.md:2)"))), List.of());

        dev.threadlings.grade.Observation said = CheckMessages.translate(check, seen);

        assertEquals(Optional.of(new dev.threadlings.grade.Observation.Trouble.Threw(
                "java.lang.AssertionError: 4 个里只到了 3 个", List.of("at (checks.md:2)"))), said.trouble());
        assertEquals("out", said.output());
        assertEquals(seen, CheckMessages.translate(check("assert false : \"x\";\n", List.of()), seen),
                "an English check is left as it is");
    }

    private static Check check(String code, List<String> messages) {
        return new Check("a check", "", java.nio.file.Path.of("checks.md"), 1,
                Optional.of(new Snippet(code, 2, java.util.Map.of())), List.of(new OutputExpectation(
                        dev.threadlings.course.OutputMode.EXACT, "", 3)), java.util.Map.of(), messages);
    }
}

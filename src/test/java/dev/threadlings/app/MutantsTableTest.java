package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.course.Exercise;
import dev.threadlings.course.Language;
import dev.threadlings.markdown.Columns;
import dev.threadlings.mutation.Equivalents;
import dev.threadlings.mutation.ExerciseMutants;
import dev.threadlings.mutation.Graded;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutantOutcome;
import dev.threadlings.mutation.Operators;
import dev.threadlings.text.EnglishProse;
import dev.threadlings.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mutation run's table in the reader's language, its columns lined up in display columns. */
class MutantsTableTest {
    private static final Exercise EXERCISE = new Exercise("races-counter", "Counter", "lesson",
            Path.of("/course/exercises/races-counter"), "C.java", "", List.of(), 3, List.of(), false, List.of(),
            List.of());

    private static List<String> table(Language language) {
        List<Mutant> mutants = Operators.mutants("class C {\n    synchronized void a() {}\n    synchronized void b() {}\n}\n");
        ExerciseMutants run = new ExerciseMutants(EXERCISE, Optional.empty(), List.of(
                new Graded(mutants.get(0), new MutantOutcome.Killed("check one", "data-race"), 1.0),
                new Graded(mutants.get(1), new MutantOutcome.Survived(), 2.0)), 3.0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MutantsTable.print(Map.of(run, Equivalents.read("")), 4.0, new PrintStream(out, true, StandardCharsets.UTF_8),
                new Messages(language.locale()));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void inChineseWithItsColumnsLinedUp() {
        List<String> zh = table(Language.ZH);
        assertTrue(zh.getFirst().startsWith("练习"), zh.getFirst());
        assertTrue(zh.get(2).contains("存活："), zh.get(2));
        assertTrue(zh.getLast().startsWith("1 道练习，2 个变异体，杀死 1 个，存活 1 个"), zh.getLast());
        assertEquals(Columns.width(zh.get(0)), Columns.width(zh.get(1)), String.join("\n", zh));
        // a survivor's description is the operator's, still English (mutation.Operators)
        assertEquals(List.of(), EnglishProse.lines(String.join("\n", zh.stream().filter(l -> !l.contains("存活："))
                .toList())));
    }

    /**
     * The line per graded mutant: mutants are graded with the English course, and the check that killed one is named
     * as the reader's translation names it (the title at the same place among the exercise's checks).
     */
    @Test
    void eachMutantsLineInTheReadersLanguage() {
        Mutant mutant = Operators.mutants("class C {\n    synchronized void a() {}\n}\n").getFirst();
        Graded killed = new Graded(mutant, new MutantOutcome.Killed("two threads", "data-race"), 1.25);
        List<String> english = List.of("one thread", "two threads");
        MutantWords zh = new MutantWords(new Messages(Language.ZH.locale()),
                (id, name) -> MutantWords.translated(english, List.of("单线程", "两个线程"), name));
        assertEquals("races-counter " + mutant.id() + "：被“两个线程”杀死（data-race）（1.3 秒）",
                zh.progress(EXERCISE, killed));
        assertEquals("three threads", MutantWords.translated(english, List.of("单线程"), "three threads"));
        assertEquals("two threads", MutantWords.translated(english, List.of("单线程"), "two threads"),
                "a translation with other checks names none");
        MutantWords en = new MutantWords(Messages.ENGLISH, (id, name) -> name);
        assertEquals("races-counter " + mutant.id() + ": killed by \"two threads\" (data-race) (1.3 s)",
                en.progress(EXERCISE, killed));
        assertEquals("races-counter " + mutant.id() + ": SURVIVED (2.0 s)",
                en.progress(EXERCISE, new Graded(mutant, new MutantOutcome.Survived(), 2.0)));
    }

    @Test
    void inEnglishAsItWas() {
        List<String> en = table(Language.EN);
        assertTrue(en.getFirst().startsWith("exercise"), en.getFirst());
        assertTrue(en.get(1).startsWith("races-counter"), en.get(1));
        assertTrue(en.get(1).endsWith("    3.0"), en.get(1));
        assertTrue(en.getLast().startsWith("1 exercises, 2 mutants, 1 killed, 1 survived"), en.getLast());
    }
}

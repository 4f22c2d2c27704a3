package dev.threadlings.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.course.CodeBlock;
import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.Lesson;
import dev.threadlings.course.CourseProblem;
import dev.threadlings.course.Language;
import dev.threadlings.course.TranslationDrift;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The course's translations load without a problem in every language, and are in step with its English: an English lesson, statement, hints or checks file that
 * changed fails this until its translation is updated and re-marked ({@code translated-from:} the new hash, which
 * the failure prints).
 */
class TranslationContentTest {

    @Test
    void theCourseLoadsInEveryLanguageWithoutProblems() {
        Path root = Path.of("").toAbsolutePath();
        for (Language language : Language.values()) {
            List<String> problems = CourseLoader.load(root, language).problems().stream()
                    .map(CourseProblem::toString).toList();
            assertEquals(List.of(), problems, language.tag() + ":\n" + String.join("\n", problems));
        }
    }

    @Test
    void everyTranslationWasReviewedAgainstTheCurrentEnglish() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        for (Language language : Language.values()) {
            if (language.isOriginal()) {
                continue;
            }
            List<String> drifted = TranslationDrift.of(root, language).stream().map(TranslationDrift.Drift::explain)
                    .toList();
            assertEquals(List.of(), drifted, () -> drifted.size() + " translation(s) into " + language.tag()
                    + " out of step with their English:\n" + String.join("\n", drifted));
        }
    }

    // CommonMark's flanking rules were made for languages with spaces: **并发（concurrency）**关乎 is no emphasis
    // (a closing ** after punctuation must be followed by a space or punctuation) and shows its asterisks
    @Test
    void everyEmphasisInATranslationParses() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Parser parser = Parser.builder().build();
        List<String> literal = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Path file : language.isOriginal() ? List.<Path>of() : TranslationDrift.translations(root, language)) {
                parser.parse(Files.readString(file)).accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        if (text.getLiteral().contains("*")) {
                            literal.add(root.relativize(file) + ": " + text.getLiteral());
                        }
                    }
                });
            }
        }
        assertEquals(List.of(), literal, () -> "asterisks shown as text (move the punctuation outside the emphasis,"
                + " e.g. **并发**（concurrency）):\n" + String.join("\n", literal));
    }

    // code stays English and runs the same in every language: a translated lesson's blocks may differ from the
    // original only in their // comments (and the spaces before them)
    @Test
    void translatedLessonsRunTheSameCode() {
        Path root = Path.of("").toAbsolutePath();
        Course english = CourseLoader.load(root);
        List<String> differ = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Lesson lesson : CourseLoader.load(root, language).lessons()) {
                Lesson original = english.lesson(lesson.id()).orElseThrow();
                for (int i = 0; i < lesson.codeBlocks().size(); i++) {
                    CodeBlock block = lesson.codeBlocks().get(i);
                    CodeBlock want = original.codeBlocks().get(i);
                    if (!withoutComments(block.code()).equals(withoutComments(want.code()))
                            || !block.explored().equals(want.explored())) {
                        differ.add(root.relativize(lesson.file()) + ":" + block.line() + " (block " + block.number()
                                + ") differs from " + root.relativize(original.file()) + ":" + want.line());
                    }
                }
            }
        }
        assertEquals(List.of(), differ);
    }

    private static String withoutComments(String code) {
        return code.lines().map(l -> codePart(l).stripTrailing()).collect(java.util.stream.Collectors.joining("\n"));
    }

    // the line up to a // that is not inside a string or char literal
    private static String codePart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}

package dev.threadlings.course;

import static dev.threadlings.course.CourseFixture.assertNoProblems;
import static dev.threadlings.course.CourseFixture.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translations beside their originals: picked per file, English where there is none, broken ones reported. */
class CourseTranslationTest {

    @TempDir
    Path root;

    private static final String LESSON_ZH = """
            ---
            title: 线程
            translated-from: 0123456789ab
            ---
            # 线程

            ```java
            Thread t = Thread.ofPlatform().start(() -> {}); // 启动一个线程
            ```
            """;

    private static final String CHECKS_ZH = """
            ---
            translated-from: 0123456789ab
            ---
            ## 打印 hi
            打个招呼。
            """;

    private Course zh(CourseFixture fixture) {
        return CourseLoader.load(fixture.root, Language.ZH);
    }

    @Test
    void aTranslatedLessonReplacesTitleProseAndCodeButKeepsTheLinks() {
        Course course = zh(CourseFixture.standard(root).write("lessons/zh/02-threads.md", LESSON_ZH));

        assertNoProblems(course);
        Lesson threads = course.lesson("threads").orElseThrow();
        assertEquals("线程", threads.title());
        assertEquals(List.of("threads-join"), threads.exercises());
        assertEquals(List.of("intro"), threads.requires());
        assertTrue(threads.markdown().startsWith("# 线程\n"), threads.markdown());
        assertEquals(course.root().resolve("lessons/zh/02-threads.md"), threads.file());
        assertEquals(1, threads.codeBlocks().size());
        assertEquals(8, threads.codeBlocks().getFirst().line());
        assertTrue(threads.codeBlocks().getFirst().code().contains("启动一个线程"));
        assertEquals("Intro", course.lesson("intro").orElseThrow().title(), "no translation: the English");
    }

    @Test
    void englishIgnoresTranslations() {
        Course course = CourseFixture.standard(root).write("lessons/zh/02-threads.md", LESSON_ZH).load();

        assertNoProblems(course);
        assertEquals("Threads", course.lesson("threads").orElseThrow().title());
    }

    @Test
    void aLessonTranslationWithADifferentOutlineIsReportedAndTheEnglishKept() {
        Course course = zh(CourseFixture.standard(root).write("lessons/zh/02-threads.md", """
                ---
                title: 线程
                translated-from: 0123456789ab
                ---
                # 线程

                ## 多出来的标题
                """));

        assertOnlyProblem(course, "lessons/zh/02-threads.md:7", "a `##` heading where lessons/02-threads.md:12 has"
                + " a code block (```java)");
        assertEquals("Threads", course.lesson("threads").orElseThrow().title());
        assertEquals(2, course.exercises().size(), "the rest of the course still loads");
    }

    @Test
    void aMissingCodeBlockIsReportedAtTheTranslationsLastMark() {
        Course course = zh(CourseFixture.standard(root).write("lessons/zh/02-threads.md", """
                ---
                title: 线程
                translated-from: 0123456789ab
                ---
                # 线程
                """));

        assertOnlyProblem(course, "lessons/zh/02-threads.md:5", "lacks a code block (```java) of lessons/02-threads.md:12");
    }

    @Test
    void aTranslationsFrontMatterHasOnlyTitleAndTheSourceHash() {
        Course course = zh(CourseFixture.standard(root).write("lessons/zh/02-threads.md", """
                ---
                title: 线程
                order: 3
                ---
                # 线程
                """));

        assertEquals(2, course.problems().size(), course.problems().toString());
        CourseFixture.assertProblem(course, "lessons/zh/02-threads.md:3", "`order` belongs to the English file");
        CourseFixture.assertProblem(course, "lessons/zh/02-threads.md:1", "missing `translated-from`");
        assertEquals("Threads", course.lesson("threads").orElseThrow().title());
    }

    @Test
    void anExerciseIsTranslatedFileByFileAndItsChecksKeepTheEnglishCode() {
        Course course = zh(CourseFixture.standard(root)
                .write("exercises/hello/zh/exercise.md", """
                        ---
                        title: 你好
                        translated-from: 0123456789ab
                        ---
                        写出来。
                        """)
                .write("exercises/hello/hints.md", "## one\nLook.\n\n## two\nLook harder.\n")
                .write("exercises/hello/zh/checks.md", CHECKS_ZH));

        assertNoProblems(course);
        Exercise hello = course.exercise("hello").orElseThrow();
        Exercise english = CourseLoader.load(root).exercise("hello").orElseThrow();
        assertEquals("你好", hello.title());
        assertEquals("写出来。\n", hello.statement());
        assertEquals(List.of("Look.", "Look harder."), hello.hints(), "no zh/hints.md: the English hints");
        Check check = hello.checks().getFirst();
        assertEquals("打印 hi", check.name());
        assertEquals("打个招呼。", check.failureMessage());
        Check original = english.checks().getFirst();
        assertEquals(original.code(), check.code());
        assertEquals(original.expectations(), check.expectations());
        assertEquals(original.file(), check.file(), "code lines point into the one English checks.md");
    }

    @Test
    void aChecksTranslationWithCodeIsReportedAndTheEnglishChecksKept() {
        Course course = zh(CourseFixture.standard(root).write("exercises/hello/zh/checks.md", CHECKS_ZH + """

                ```java
                main();
                ```
                """));

        assertOnlyProblem(course, "exercises/hello/zh/checks.md:7", "stay in the English checks.md");
        assertEquals("prints hi", course.exercise("hello").orElseThrow().checks().getFirst().name());
    }

    @Test
    void aChecksTranslationGivesItsCodesMessagesInAMessagesBlockThatIsNotProse() {
        Course course = zh(CourseFixture.standard(root).write("exercises/hello/zh/checks.md", CHECKS_ZH + """

                ```messages
                四次自增，但 get() 返回了 {0}

                {1} 个里有 {0} 个
                ```
                """));

        assertNoProblems(course);
        Check check = course.exercise("hello").orElseThrow().checks().getFirst();
        assertEquals("打个招呼。", check.failureMessage(), "the block is not part of what the learner reads");
        assertEquals(List.of("四次自增，但 get() 返回了 {0}", "{1} 个里有 {0} 个"), check.messages());
        assertEquals(List.of(), CourseLoader.load(root).exercise("hello").orElseThrow().checks().getFirst()
                .messages(), "the original's code says its own");
    }

    @Test
    void aCheckGivesItsMessagesInOneBlock() {
        Course course = zh(CourseFixture.standard(root).write("exercises/hello/zh/checks.md", CHECKS_ZH + """

                ```messages
                一
                ```

                ```messages
                二
                ```
                """));

        assertOnlyProblem(course, "exercises/hello/zh/checks.md:11", "in one `messages` block");
        assertEquals("prints hi", course.exercise("hello").orElseThrow().checks().getFirst().name());
    }

    @Test
    void aChecksTranslationWithAnotherNumberOfChecksIsReported() {
        Course course = zh(CourseFixture.standard(root).write("exercises/hello/zh/checks.md", CHECKS_ZH
                + "\n## 多一个\n多余。\n"));

        assertOnlyProblem(course, "exercises/hello/zh/checks.md:7", "a `##` heading that exercises/hello/checks.md"
                + " does not have");
    }

    @Test
    void hintsMustKeepTheirNumber() {
        Course course = zh(CourseFixture.standard(root)
                .write("exercises/hello/hints.md", "## one\nLook.\n\n## two\nLook harder.\n")
                .write("exercises/hello/zh/hints.md", "---\ntranslated-from: 0123456789ab\n---\n## 一\n看。\n"));

        assertOnlyProblem(course, "exercises/hello/zh/hints.md:4", "lacks a `##` heading of exercises/hello/hints.md:4");
        assertEquals(List.of("Look.", "Look harder."), course.exercise("hello").orElseThrow().hints());
    }

    @Test
    void aWrongVariantNamesTheTranslatedCheck() {
        Course course = zh(CourseFixture.standard(root)
                .write("exercises/hello/wrong/silent/Main.java", "void main() {}\n")
                .write("exercises/hello/wrong/silent/why.md", "---\nfails: prints hi\n---\nSays nothing.\n")
                .write("exercises/hello/zh/checks.md", CHECKS_ZH));

        assertNoProblems(course);
        assertEquals(Optional.of("打印 hi"),
                course.exercise("hello").orElseThrow().wrongVariants().getFirst().failsCheck());
    }

    @Test
    void languagesFromTagsAndPosixLocales() {
        assertEquals(Optional.of(Language.ZH), Language.ofPosixLocale("zh_CN.UTF-8"));
        assertEquals(Optional.of(Language.ZH), Language.ofTag("ZH"));
        assertEquals(Optional.of(Language.EN), Language.ofPosixLocale("en_US.UTF-8"));
        assertEquals(Optional.empty(), Language.ofPosixLocale("C.UTF-8"));
        assertEquals(Optional.empty(), Language.ofPosixLocale(""));
    }
}
